import type { Coding, Extension } from '@medplum/fhirtypes';
import type { AnswerOption, InstrumentDefinition, LoincCode } from '../types';

export const LOINC_SYSTEM = 'http://loinc.org';
export const UCUM_SYSTEM = 'http://unitsofmeasure.org';
/** Carries an answer's score on the option, as the LOINC starter Questionnaires do (clinical.md §9.4). */
export const ORDINAL_VALUE_EXTENSION = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';
export const MIN_VALUE_EXTENSION = 'http://hl7.org/fhir/StructureDefinition/minValue';
export const MAX_VALUE_EXTENSION = 'http://hl7.org/fhir/StructureDefinition/maxValue';

/**
 * Canonical base for BackPlan's Questionnaires. A deployment that publishes its own
 * Questionnaires passes its base instead.
 */
export const DEFAULT_QUESTIONNAIRE_BASE = 'https://backplan.org/fhir/Questionnaire';

export function loincCoding(code: LoincCode): Coding {
  return { system: LOINC_SYSTEM, code: code.code, display: code.display };
}

export function questionnaireUrl(
  definition: InstrumentDefinition,
  base = DEFAULT_QUESTIONNAIRE_BASE,
): string {
  return `${base}/${definition.id}`;
}

/** Code system for answers that have a label but no LOINC answer code (STarT Back, NRS anchors). */
export function answerCodeSystem(
  definition: InstrumentDefinition,
  base = DEFAULT_QUESTIONNAIRE_BASE,
): string {
  return `${questionnaireUrl(definition, base)}/answers`;
}

/** The coding for a labelled option: LOINC when it has an answer code, otherwise our own answer system. */
export function optionCoding(
  definition: InstrumentDefinition,
  option: AnswerOption,
  base: string,
): Coding | null {
  if (option.loinc !== undefined) return loincCoding(option.loinc);
  if (option.label === undefined) return null;
  return { system: answerCodeSystem(definition, base), code: String(option.value), display: option.label };
}

export function ordinalValue(option: AnswerOption): Extension {
  return { url: ORDINAL_VALUE_EXTENSION, valueDecimal: option.score };
}
