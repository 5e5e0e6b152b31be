import type {
  CodeableConcept,
  Observation,
  Patient,
  Questionnaire,
  QuestionnaireResponse,
  Reference,
  RiskAssessment,
} from '@medplum/fhirtypes';
import { scoresToObservations } from '../instruments/fhir/observations';
import { instrumentToQuestionnaire } from '../instruments/fhir/questionnaire';
import { answersToQuestionnaireResponse } from '../instruments/fhir/questionnaire-response';
import { INSTRUMENTS, tryScoreInstrument } from '../instruments/registry';
import { startBackRiskGroup } from '../instruments/startback';
import type {
  InstrumentDefinition,
  InstrumentId,
  InstrumentScoreResult,
  ScoreValue,
} from '../instruments/types';
import { backplanCoding, backplanConcept, isBackplanCode } from './backplan-code-system';
import { findLoincCode } from './loinc-codes';
import { startBackRiskAssessment } from './map-risk';
import type { InstrumentResponseExport } from './record';
import { reference, resourceId } from './references';
import { LOINC_SYSTEM_URL } from './systems';

export interface InstrumentMappingContext {
  readonly subject: Reference<Patient>;
  readonly questionnaireBase?: string;
  readonly includeStartBackItemText: boolean;
}

export interface InstrumentResources {
  readonly questionnaireResponse: QuestionnaireResponse | null;
  readonly observations: readonly Observation[];
  readonly riskAssessment: RiskAssessment | null;
}

/**
 * The definition to render. STarT Back wording is Keele's (non-commercial use only, clinical.md
 * §3.4): unless the deployment opts in, items show our domain labels, as ODI and RMDQ always do.
 */
export function exportedDefinition(
  id: InstrumentId,
  includeStartBackItemText: boolean,
): InstrumentDefinition {
  const { definition } = INSTRUMENTS[id];
  if (id !== 'startback' || includeStartBackItemText) return definition;
  const { instructions: _instructions, ...rest } = definition;
  return { ...rest, items: definition.items.map(({ text: _text, ...item }) => item) };
}

export function instrumentQuestionnaire(id: InstrumentId, context: InstrumentMappingContext): Questionnaire {
  return instrumentToQuestionnaire(exportedDefinition(id, context.includeStartBackItemText), {
    ...(context.questionnaireBase === undefined ? {} : { canonicalBase: context.questionnaireBase }),
  });
}

/** Scores stored without answers (or whose answers no longer score) as a result the renderer accepts. */
function storedScoresResult(response: InstrumentResponseExport, reason: string): InstrumentScoreResult {
  const { definition } = INSTRUMENTS[response.instrumentId];
  const scores: ScoreValue[] = definition.scoreDefinitions.flatMap((scoreDefinition) => {
    const stored = response.scores.find((score) => score.id === scoreDefinition.id);
    if (stored === undefined) return [];
    if (!(stored.value >= scoreDefinition.min && stored.value <= scoreDefinition.max)) {
      throw new RangeError(
        `Instrument response ${response.id}: ${scoreDefinition.id} ${stored.value} is outside ${scoreDefinition.min}–${scoreDefinition.max}`,
      );
    }
    return [{ ...scoreDefinition, value: stored.value }];
  });
  return {
    instrumentId: response.instrumentId,
    instrumentVersion: response.instrumentVersion,
    scores,
    interpretation: { band: 'recorded-total', text: reason, citations: definition.citations },
    answeredItemCount: 0,
    notes: [],
  };
}

/**
 * Codes each score Observation from the tables of this module: a LOINC code verified in
 * clinical.md stays alone; a LOINC code seen only in products.md gets the BackPlan code beside
 * it; a score without LOINC gets the BackPlan code instead of the renderer's per-instrument one.
 */
function scoreCode(score: ScoreValue): CodeableConcept {
  const loinc = score.loinc === undefined ? undefined : findLoincCode(score.loinc.code);
  const localCoding = isBackplanCode(score.id) ? [backplanCoding(score.id)] : [];
  if (score.loinc !== undefined && loinc?.verification === 'clinical-md') {
    return {
      coding: [{ system: LOINC_SYSTEM_URL, code: score.loinc.code, display: score.loinc.display }],
      text: score.label,
    };
  }
  const loincCoding =
    score.loinc === undefined
      ? []
      : [{ system: LOINC_SYSTEM_URL, code: score.loinc.code, display: score.loinc.display }];
  if (loincCoding.length + localCoding.length === 0) {
    throw new RangeError(`Score ${score.id} has neither a LOINC nor a BackPlan code`);
  }
  return { coding: [...loincCoding, ...localCoding], text: score.label };
}

function scoreObservations(
  result: InstrumentScoreResult,
  response: InstrumentResponseExport,
  context: InstrumentMappingContext,
  derivedFrom: QuestionnaireResponse | null,
): Observation[] {
  const rendered = scoresToObservations(result, {
    subject: context.subject,
    effective: response.answeredOn,
    idPrefix: resourceId(response.id),
    ...(derivedFrom === null ? {} : { derivedFrom: reference(derivedFrom) }),
    ...(context.questionnaireBase === undefined ? {} : { canonicalBase: context.questionnaireBase }),
  });
  return rendered.map((observation, index) => {
    const score = result.scores[index];
    if (score === undefined) throw new RangeError(`No score for Observation ${observation.id ?? index}`);
    return {
      ...observation,
      id: resourceId(response.id, score.id),
      category: [...(observation.category ?? []), backplanConcept('instrument-score')],
      code: scoreCode(score),
    };
  });
}

/** The STarT Back risk group of one completed form (Keele cut-offs, clinical.md §3.4). */
function formRiskAssessment(
  response: InstrumentResponseExport,
  result: InstrumentScoreResult,
  context: InstrumentMappingContext,
  basis: readonly (QuestionnaireResponse | Observation)[],
): RiskAssessment | null {
  const overall = result.scores.find((score) => score.id === 'startback-overall')?.value;
  const distress = result.scores.find((score) => score.id === 'startback-distress')?.value;
  if (overall === undefined || distress === undefined) return null;
  return startBackRiskAssessment({
    id: resourceId(response.id, 'risk'),
    subject: context.subject,
    date: response.answeredOn,
    group: startBackRiskGroup(overall, distress),
    scores: { overall, distress },
    basis: basis.map((resource) => reference(resource)),
  });
}

/**
 * One completed form: a QuestionnaireResponse when the answers score, one Observation per score
 * (recomputed from the answers, so the two always agree), and for STarT Back a RiskAssessment.
 * A total recorded without answers, or answers that no longer score, export the stored scores.
 */
export function instrumentResponseToFhir(
  response: InstrumentResponseExport,
  context: InstrumentMappingContext,
): InstrumentResources {
  const answers = response.answers ?? {};
  const scored =
    Object.keys(answers).length === 0
      ? { ok: false as const, reason: 'Total recorded without item answers.' }
      : (() => {
          const outcome = tryScoreInstrument(response.instrumentId, answers);
          return outcome.ok
            ? outcome
            : {
                ok: false as const,
                reason: `Item answers not exported: ${outcome.issues.map((issue) => issue.message).join('; ')}. Stored total shown.`,
              };
        })();
  const definition = exportedDefinition(response.instrumentId, context.includeStartBackItemText);
  const questionnaireResponse = scored.ok
    ? answersToQuestionnaireResponse(definition, answers, {
        subject: context.subject,
        authored: response.answeredOn,
        id: resourceId(response.id),
        ...(context.questionnaireBase === undefined ? {} : { canonicalBase: context.questionnaireBase }),
      })
    : null;
  const result = scored.ok ? scored.result : storedScoresResult(response, scored.reason);
  const observations = scoreObservations(result, response, context, questionnaireResponse);
  const riskAssessment =
    response.instrumentId === 'startback'
      ? formRiskAssessment(response, result, context, [
          ...(questionnaireResponse === null ? [] : [questionnaireResponse]),
          ...observations,
        ])
      : null;
  return { questionnaireResponse, observations, riskAssessment };
}
