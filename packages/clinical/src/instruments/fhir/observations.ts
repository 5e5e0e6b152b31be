import type {
  CodeableConcept,
  Observation,
  Patient,
  QuestionnaireResponse,
  Reference,
} from '@medplum/fhirtypes';
import type { InstrumentScoreResult, ScoreValue } from '../types';
import { DEFAULT_QUESTIONNAIRE_BASE, loincCoding, UCUM_SYSTEM } from './coding';

export interface ObservationMeta {
  readonly subject: Reference<Patient>;
  /** When the instrument was completed: an ISO date or dateTime. */
  readonly effective: string;
  /** The QuestionnaireResponse the scores were computed from, if it is stored. */
  readonly derivedFrom?: Reference<QuestionnaireResponse>;
  /** Prefix for resource ids; each Observation gets `<prefix>-<score id>`. */
  readonly idPrefix?: string;
  readonly canonicalBase?: string;
}

const SURVEY_CATEGORY: CodeableConcept = {
  coding: [
    {
      system: 'http://terminology.hl7.org/CodeSystem/observation-category',
      code: 'survey',
      display: 'Survey',
    },
  ],
};

/** LOINC where a code exists (clinical.md §3.0); otherwise BackPlan's own score code. */
function scoreCode(result: InstrumentScoreResult, score: ScoreValue, base: string): CodeableConcept {
  if (score.loinc !== undefined) return { coding: [loincCoding(score.loinc)], text: score.label };
  return {
    coding: [{ system: `${base}/${result.instrumentId}/scores`, code: score.id, display: score.label }],
    text: score.label,
  };
}

/**
 * One FHIR R4 Observation per score (e.g. STarT Back overall and distress subscale). The
 * primary score carries the interpretation as text, since the bands have no standard codes.
 */
export function scoresToObservations(result: InstrumentScoreResult, meta: ObservationMeta): Observation[] {
  const base = meta.canonicalBase ?? DEFAULT_QUESTIONNAIRE_BASE;
  return result.scores.map((score, index) => {
    const unit = score.unit ?? '{score}';
    return {
      resourceType: 'Observation',
      ...(meta.idPrefix === undefined ? {} : { id: `${meta.idPrefix}-${score.id}` }),
      status: 'final',
      category: [SURVEY_CATEGORY],
      code: scoreCode(result, score, base),
      subject: meta.subject,
      effectiveDateTime: meta.effective,
      valueQuantity: { value: score.value, unit, system: UCUM_SYSTEM, code: unit },
      ...(index === 0 ? { interpretation: [{ text: result.interpretation.text }] } : {}),
      ...(meta.derivedFrom === undefined ? {} : { derivedFrom: [meta.derivedFrom] }),
      ...(result.notes.length === 0 ? {} : { note: result.notes.map((text) => ({ text })) }),
    };
  });
}
