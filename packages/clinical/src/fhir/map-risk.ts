import type {
  Observation,
  Patient,
  QuestionnaireResponse,
  Reference,
  RiskAssessment,
} from '@medplum/fhirtypes';
import type { StartBackRiskGroup } from '../core/vocabulary';
import { STARTBACK_CUT_OFFS } from '../instruments/startback';
import { backplanConcept, STARTBACK_RISK_CODES } from './backplan-code-system';
import { HL7_SYSTEMS } from './systems';

/** HL7 risk-probability codes for the Keele groups: a STarT Back "medium" is a moderate likelihood. */
const RISK_PROBABILITY: Readonly<Record<StartBackRiskGroup, { code: string; display: string }>> = {
  low: { code: 'low', display: 'Low likelihood' },
  medium: { code: 'moderate', display: 'Moderate likelihood' },
  high: { code: 'high', display: 'High likelihood' },
};

export interface StartBackRiskInput {
  readonly id: string;
  readonly subject: Reference<Patient>;
  readonly date: string;
  readonly group: StartBackRiskGroup;
  /** The scores behind the group, when known. */
  readonly scores: { readonly overall: number; readonly distress: number } | null;
  readonly basis: readonly Reference<QuestionnaireResponse | Observation>[];
}

/**
 * The STarT Back risk group as a RiskAssessment of persistent disabling back pain (Keele
 * cut-offs: overall ≤3 low; otherwise distress ≤3 medium, 4–5 high; clinical.md §3.4).
 */
export function startBackRiskAssessment(input: StartBackRiskInput): RiskAssessment {
  const concept = backplanConcept(STARTBACK_RISK_CODES[input.group]);
  const cutOffs = `Keele cut-offs: overall ≤${STARTBACK_CUT_OFFS.lowRiskMaxOverall} low; otherwise distress ≤${STARTBACK_CUT_OFFS.mediumRiskMaxDistress} medium, 4–5 high.`;
  return {
    resourceType: 'RiskAssessment',
    id: input.id,
    status: 'final',
    code: backplanConcept('startback-risk-group'),
    subject: input.subject,
    occurrenceDateTime: input.date,
    method: { text: 'Keele STarT Back Screening Tool, 9-item version' },
    ...(input.basis.length === 0 ? {} : { basis: [...input.basis] }),
    prediction: [
      {
        outcome: backplanConcept('persistent-disabling-back-pain'),
        qualitativeRisk: {
          coding: [
            { system: HL7_SYSTEMS.riskProbability, ...RISK_PROBABILITY[input.group] },
            ...(concept.coding ?? []),
          ],
          text: concept.text,
        },
        rationale:
          input.scores === null
            ? `Risk group recorded by the assessment. ${cutOffs}`
            : `Overall ${input.scores.overall}, distress ${input.scores.distress}. ${cutOffs}`,
      },
    ],
  };
}
