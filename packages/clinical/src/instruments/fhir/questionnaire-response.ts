import type {
  Patient,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  QuestionnaireResponseItemAnswer,
  Reference,
} from '@medplum/fhirtypes';
import { findAnswerIssues } from '../answers';
import { InstrumentAnswerError } from '../errors';
import type { InstrumentAnswers, InstrumentDefinition, InstrumentItem } from '../types';
import { DEFAULT_QUESTIONNAIRE_BASE, optionCoding, questionnaireUrl } from './coding';

export interface QuestionnaireResponseMeta {
  readonly subject: Reference<Patient>;
  /** When the answers were given: an ISO date or dateTime (the domain has no clock). */
  readonly authored: string;
  /** Resource id to assign, if the caller has one. */
  readonly id?: string;
  readonly canonicalBase?: string;
}

function marksOf(value: InstrumentAnswers[string] | undefined): readonly number[] {
  if (value === undefined || value === null) return [];
  return typeof value === 'number' ? [value] : value;
}

function answerFor(
  definition: InstrumentDefinition,
  item: InstrumentItem,
  mark: number,
  base: string,
): QuestionnaireResponseItemAnswer {
  if (item.answerFormat === 'numeric-rating') return { valueInteger: mark };
  if (item.answerFormat === 'yes-no') return { valueBoolean: mark === 1 };
  const option = item.options.find((candidate) => candidate.value === mark);
  const coding = option === undefined ? null : optionCoding(definition, option, base);
  return coding === null ? { valueInteger: mark } : { valueCoding: coding };
}

/**
 * Renders validated answers as a FHIR R4 QuestionnaireResponse against the Questionnaire made by
 * `instrumentToQuestionnaire`. Throws `InstrumentAnswerError` naming the item for unknown items
 * or impossible values. Unanswered items are left out; an ODI section marked twice keeps both
 * marks, as the respondent gave them (the scorer takes the higher).
 */
export function answersToQuestionnaireResponse(
  definition: InstrumentDefinition,
  answers: InstrumentAnswers,
  meta: QuestionnaireResponseMeta,
): QuestionnaireResponse {
  const [firstIssue, ...otherIssues] = findAnswerIssues(definition, answers);
  if (firstIssue !== undefined) throw new InstrumentAnswerError([firstIssue, ...otherIssues]);
  const base = meta.canonicalBase ?? DEFAULT_QUESTIONNAIRE_BASE;
  const items: QuestionnaireResponseItem[] = definition.items.flatMap((item) => {
    const marks = marksOf(answers[item.id]);
    if (marks.length === 0) return [];
    return [
      {
        linkId: item.id,
        text: item.text ?? item.domain,
        answer: marks.map((mark) => answerFor(definition, item, mark, base)),
      },
    ];
  });
  return {
    resourceType: 'QuestionnaireResponse',
    ...(meta.id === undefined ? {} : { id: meta.id }),
    questionnaire: `${questionnaireUrl(definition, base)}|${definition.version}`,
    status: 'completed',
    subject: meta.subject,
    authored: meta.authored,
    item: items,
  };
}
