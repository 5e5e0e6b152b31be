import type { Questionnaire, QuestionnaireItem, QuestionnaireItemAnswerOption } from '@medplum/fhirtypes';
import type { InstrumentDefinition, InstrumentItem } from '../types';
import {
  DEFAULT_QUESTIONNAIRE_BASE,
  loincCoding,
  MAX_VALUE_EXTENSION,
  MIN_VALUE_EXTENSION,
  optionCoding,
  ordinalValue,
  questionnaireUrl,
} from './coding';

export interface QuestionnaireOptions {
  /** Canonical base URL; defaults to `DEFAULT_QUESTIONNAIRE_BASE`. */
  readonly canonicalBase?: string;
}

function answerOptions(
  definition: InstrumentDefinition,
  item: InstrumentItem,
  base: string,
): QuestionnaireItemAnswerOption[] {
  return item.options.map((option) => {
    const coding = optionCoding(definition, option, base);
    // Options without a label (ODI without licensed text) are offered as their bare value.
    return coding === null
      ? { valueInteger: option.value, extension: [ordinalValue(option)] }
      : { valueCoding: coding, extension: [ordinalValue(option)] };
  });
}

function questionnaireItem(
  definition: InstrumentDefinition,
  item: InstrumentItem,
  base: string,
): QuestionnaireItem {
  const common: Omit<QuestionnaireItem, 'type'> = {
    linkId: item.id,
    prefix: String(item.position),
    // Our domain label stands in where the owner's wording may not ship (ODI, RMDQ; clinical.md §3.0).
    text: item.text ?? item.domain,
    ...(item.loinc === undefined ? {} : { code: [loincCoding(item.loinc)] }),
    required: definition.minimumAnsweredItems === definition.items.length,
    ...(definition.allowsMultipleMarksPerItem ? { repeats: true } : {}),
  };
  switch (item.answerFormat) {
    case 'numeric-rating': {
      const values = item.options.map((option) => option.value);
      return {
        ...common,
        type: 'integer',
        extension: [
          { url: MIN_VALUE_EXTENSION, valueInteger: Math.min(...values) },
          { url: MAX_VALUE_EXTENSION, valueInteger: Math.max(...values) },
        ],
      };
    }
    case 'yes-no':
      return { ...common, type: 'boolean' };
    case 'choice':
      return { ...common, type: 'choice', answerOption: answerOptions(definition, item, base) };
  }
}

/** Computable name: letters and digits only, starting with a capital (FHIR name invariant). */
function computableName(definition: InstrumentDefinition): string {
  const name = definition.id
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
  return `BackPlan${name}`;
}

/**
 * Renders an instrument as a FHIR R4 Questionnaire. Item wording appears only where the
 * definition carries it (public instruments, STarT Back under Keele's notice, or text a
 * deployment loaded under licence); otherwise the item shows our domain label.
 */
export function instrumentToQuestionnaire(
  definition: InstrumentDefinition,
  options: QuestionnaireOptions = {},
): Questionnaire {
  const base = options.canonicalBase ?? DEFAULT_QUESTIONNAIRE_BASE;
  const instructions: QuestionnaireItem[] =
    definition.instructions === undefined
      ? []
      : [{ linkId: 'instructions', type: 'display', text: definition.instructions }];
  return {
    resourceType: 'Questionnaire',
    id: `backplan-${definition.id}`,
    url: questionnaireUrl(definition, base),
    version: definition.version,
    name: computableName(definition),
    title: definition.title,
    status: 'active',
    subjectType: ['Patient'],
    ...(definition.panelLoinc === undefined ? {} : { code: [loincCoding(definition.panelLoinc)] }),
    description: `Recall period: ${definition.recallPeriod}.`,
    copyright: definition.licence.notice,
    item: [...instructions, ...definition.items.map((item) => questionnaireItem(definition, item, base))],
  };
}
