import type {
  CodeableConcept,
  Condition,
  Flag,
  Patient,
  Reference,
  RiskAssessment,
} from '@medplum/fhirtypes';
import type { RedFlagFinding } from '../core/assessment-contract';
import type { Chronicity } from '../core/vocabulary';
import {
  backplanCoding,
  backplanConcept,
  findBackplanConcept,
  PHENOTYPE_CODES,
  RED_FLAG_ACTION_CODES,
  RED_FLAG_CODES,
} from './backplan-code-system';
import type { BackplanCode } from './backplan-concepts';
import { startBackRiskAssessment } from './map-risk';
import type { AssessmentExport } from './record';
import { resourceId } from './references';
import { HL7_SYSTEMS } from './systems';

/**
 * What the assessments say about the patient: low back pain by duration and its phenotype (two
 * Conditions, from the latest assessment), and one Flag per red flag and per positive PHQ-9 item 9.
 *
 * The low back pain Condition carries a BackPlan code and text only. SNOMED CT 279039007 "Low back
 * pain" is widely used, but clinical.md records no SNOMED CT code and its use needs a SNOMED
 * licence in non-member countries; docs/fhir.md explains how a deployment can add it.
 */

const CHRONICITY_CODES: Readonly<Record<Chronicity, BackplanCode>> = {
  acute: 'acute-low-back-pain',
  subacute: 'subacute-low-back-pain',
  chronic: 'chronic-low-back-pain',
};

function hl7(system: string, code: string): CodeableConcept {
  return { coding: [{ system, code }] };
}

const PROBLEM_LIST = hl7(HL7_SYSTEMS.conditionCategory, 'problem-list-item');
const ACTIVE = hl7(HL7_SYSTEMS.conditionClinical, 'active');
const CLINICAL_FLAG = hl7(HL7_SYSTEMS.flagCategory, 'clinical');

export function byAssessmentDate(assessments: readonly AssessmentExport[]): AssessmentExport[] {
  return [...assessments].sort(
    (a, b) => a.assessedOn.localeCompare(b.assessedOn) || a.id.localeCompare(b.id),
  );
}

export function lowBackPainConditionId(patientId: string): string {
  return resourceId(patientId, 'low-back-pain');
}

/** Low back pain (coded by duration) and the pain phenotype, from the latest assessment. */
export function assessmentConditions(
  patientId: string,
  assessments: readonly AssessmentExport[],
  subject: Reference<Patient>,
): Condition[] {
  const ordered = byAssessmentDate(assessments);
  const first = ordered[0];
  const latest = ordered.at(-1);
  if (first === undefined || latest === undefined) return [];
  const { chronicity, phenotype, directionalPreference } = latest.result;
  const lowBackPain: Condition = {
    resourceType: 'Condition',
    id: lowBackPainConditionId(patientId),
    clinicalStatus: ACTIVE,
    verificationStatus: hl7(HL7_SYSTEMS.conditionVerification, 'confirmed'),
    category: [PROBLEM_LIST],
    code: backplanConcept(CHRONICITY_CODES[chronicity]),
    bodySite: [{ text: 'Lower back' }],
    subject,
    recordedDate: first.assessedOn,
    note: [
      {
        text: `Duration category from the assessment of ${latest.assessedOn} (ACP 2017: acute under 4 weeks, subacute 4–12, chronic over 12).`,
      },
    ],
  };
  const phenotypeCondition: Condition = {
    resourceType: 'Condition',
    id: resourceId(patientId, 'phenotype'),
    clinicalStatus: ACTIVE,
    // A rule-based classification, not a diagnosis: inflammatory means "suspected" (vocabulary.ts).
    verificationStatus: hl7(HL7_SYSTEMS.conditionVerification, 'provisional'),
    category: [PROBLEM_LIST],
    code: backplanConcept(PHENOTYPE_CODES[phenotype]),
    subject,
    recordedDate: latest.assessedOn,
    ...(directionalPreference === null || directionalPreference === 'none'
      ? {}
      : { note: [{ text: `Directional preference: ${directionalPreference}.` }] }),
  };
  return [lowBackPain, phenotypeCondition];
}

function redFlagToFhir(
  finding: RedFlagFinding,
  index: number,
  assessment: AssessmentExport,
  end: string | null,
  subject: Reference<Patient>,
): Flag {
  const code = RED_FLAG_CODES[finding.condition];
  return {
    resourceType: 'Flag',
    id: resourceId(assessment.id, `red-flag-${index + 1}`),
    status: end === null ? 'active' : 'inactive',
    category: [CLINICAL_FLAG, backplanConcept(RED_FLAG_ACTION_CODES[finding.action])],
    code: {
      coding: [backplanCoding(code)],
      text: `${findBackplanConcept(code)?.display ?? code}. ${finding.clinicianAction}`,
    },
    subject,
    period: { start: assessment.assessedOn, ...(end === null ? {} : { end }) },
  };
}

/**
 * One Flag per red flag of every assessment. A flag is active while its assessment is the latest
 * and no clinician has cleared it; otherwise it ends at the clearance or at the next assessment.
 * The PHQ-9 item 9 safety flag ends only when a later assessment replaces it.
 */
export function assessmentFlags(
  assessments: readonly AssessmentExport[],
  subject: Reference<Patient>,
): Flag[] {
  const ordered = byAssessmentDate(assessments);
  return ordered.flatMap((assessment, position) => {
    const next = ordered[position + 1];
    const supersededOn = next === undefined ? null : next.assessedOn;
    const clearedAt = assessment.clearedAt ?? null;
    const redFlagEnd = clearedAt ?? supersededOn;
    const flags = assessment.result.redFlags.map((finding, index) =>
      redFlagToFhir(finding, index, assessment, redFlagEnd, subject),
    );
    if (assessment.result.mood.selfHarmSafetyFlag) {
      flags.push({
        resourceType: 'Flag',
        id: resourceId(assessment.id, 'self-harm'),
        status: supersededOn === null ? 'active' : 'inactive',
        category: [CLINICAL_FLAG],
        code: backplanConcept('self-harm-safety-flag'),
        subject,
        period: { start: assessment.assessedOn, ...(supersededOn === null ? {} : { end: supersededOn }) },
      });
    }
    return flags;
  });
}

/**
 * The STarT Back risk group an assessment recorded, for days with no STarT Back form in the
 * export (the form's own RiskAssessment carries it otherwise). The intake's baseline scores are
 * the scores behind the group.
 */
export function assessmentRiskAssessments(
  assessments: readonly AssessmentExport[],
  startBackFormDays: ReadonlySet<string>,
  subject: Reference<Patient>,
): RiskAssessment[] {
  return byAssessmentDate(assessments).flatMap((assessment) => {
    const group = assessment.result.riskGroup;
    if (group === null || startBackFormDays.has(assessment.assessedOn)) return [];
    const { startBackTotal, startBackDistress } = assessment.result.baseline;
    const scores =
      assessment.kind === 'intake' && startBackTotal !== undefined && startBackDistress !== undefined
        ? { overall: startBackTotal, distress: startBackDistress }
        : null;
    return [
      startBackRiskAssessment({
        id: resourceId(assessment.id, 'risk'),
        subject,
        date: assessment.assessedOn,
        group,
        scores,
        basis: [],
      }),
    ];
  });
}
