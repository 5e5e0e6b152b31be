import { INSTRUMENTS, tryScoreInstrument } from '../../instruments/registry';
import type {
  InstrumentAnswerValue,
  InstrumentDefinition,
  InstrumentItem,
  ScoreDefinition,
} from '../../instruments/types';
import type { ImportedInstrumentResponse } from './import-types';
import { type ImportIssue, issue, joinPath } from './issues';
import { answerSystems, instrumentForCanonical, resolveLinkId } from './lookup';
import type {
  QuestionnaireResponseAnswerInput,
  QuestionnaireResponseInput,
  QuestionnaireResponseItemInput,
} from './structure';
import { calendarDay } from './values';

/** A QuestionnaireResponse for one of our instruments → answers, scored by BackPlan's own scorer. */

interface AnsweredItem {
  readonly item: InstrumentItem;
  readonly path: string;
  readonly values: readonly { readonly value: number; readonly path: string }[];
}

interface ClaimedScore {
  readonly score: ScoreDefinition;
  readonly value: number;
  readonly path: string;
}

/** Every item with answers, nested groups flattened, with its FHIRPath. */
function answeredItems(
  items: readonly QuestionnaireResponseItemInput[] | undefined,
  path: string,
): { item: QuestionnaireResponseItemInput; path: string }[] {
  return (items ?? []).flatMap((item, index) => {
    const itemPath = joinPath(path, 'item', index);
    const own = (item.answer ?? []).length > 0 ? [{ item, path: itemPath }] : [];
    const nested = answeredItems(item.item, itemPath);
    const underAnswers = (item.answer ?? []).flatMap((answer, answerIndex) =>
      answeredItems(answer.item, joinPath(itemPath, 'answer', answerIndex)),
    );
    return [...own, ...nested, ...underAnswers];
  });
}

type AnswerValue =
  | { readonly ok: true; readonly value: number; readonly path: string }
  | { readonly ok: false; readonly issue: ImportIssue };

/** One answer as the item's option value, or an issue naming the answer field. */
function answerValue(
  definition: InstrumentDefinition,
  item: InstrumentItem,
  answer: QuestionnaireResponseAnswerInput,
  path: string,
  systems: readonly string[],
): AnswerValue {
  const label = `${definition.title} item "${item.id}"`;
  if (answer.valueInteger !== undefined) {
    return { ok: true, value: answer.valueInteger, path: joinPath(path, 'valueInteger') };
  }
  if (answer.valueDecimal !== undefined && Number.isInteger(answer.valueDecimal)) {
    return { ok: true, value: answer.valueDecimal, path: joinPath(path, 'valueDecimal') };
  }
  if (answer.valueBoolean !== undefined && item.answerFormat === 'yes-no') {
    return { ok: true, value: answer.valueBoolean ? 1 : 0, path: joinPath(path, 'valueBoolean') };
  }
  if (answer.valueCoding !== undefined) {
    const { system, code } = answer.valueCoding;
    const option = item.options.find(
      (candidate) =>
        (candidate.loinc !== undefined &&
          code === candidate.loinc.code &&
          (system === undefined || system === 'http://loinc.org')) ||
        (system !== undefined && systems.includes(system) && code === String(candidate.value)),
    );
    if (option !== undefined)
      return { ok: true, value: option.value, path: joinPath(path, 'valueCoding', 'code') };
    const expected = item.options
      .map((candidate) => candidate.loinc?.code ?? String(candidate.value))
      .join(', ');
    return {
      ok: false,
      issue: issue(
        'code-invalid',
        joinPath(path, 'valueCoding', 'code'),
        `${system ?? '(no system)'}#${code ?? '(no code)'} is not an answer to ${label}; expected one of ${expected}`,
      ),
    };
  }
  const expected =
    item.answerFormat === 'yes-no'
      ? 'valueBoolean'
      : item.answerFormat === 'choice'
        ? 'valueCoding'
        : 'valueInteger';
  return { ok: false, issue: issue('value', path, `${label} needs a ${expected} answer`) };
}

export type QuestionnaireResponseImport =
  | { readonly ok: true; readonly response: ImportedInstrumentResponse }
  | { readonly ok: false; readonly issues: readonly ImportIssue[] };

export function importQuestionnaireResponse(
  resource: QuestionnaireResponseInput,
  path: string,
  sourceId: string | null,
  bases: readonly string[],
): QuestionnaireResponseImport {
  const issues: ImportIssue[] = [];
  if (resource.status !== 'completed' && resource.status !== 'amended') {
    issues.push(
      issue(
        'value',
        joinPath(path, 'status'),
        `status "${resource.status}": only completed or amended responses can be imported`,
      ),
    );
  }
  if (resource.questionnaire === undefined) {
    return {
      ok: false,
      issues: [
        ...issues,
        issue(
          'required',
          joinPath(path, 'questionnaire'),
          'questionnaire is required to know which instrument was answered',
        ),
      ],
    };
  }
  const match = instrumentForCanonical(resource.questionnaire, bases);
  if (match === null) {
    return {
      ok: false,
      issues: [
        ...issues,
        issue(
          'not-supported',
          joinPath(path, 'questionnaire'),
          `${resource.questionnaire} is not a BackPlan instrument (by canonical URL or LOINC panel)`,
        ),
      ],
    };
  }
  const { definition } = INSTRUMENTS[match.instrumentId];
  if (match.version !== null && match.version !== definition.version) {
    issues.push(
      issue(
        'not-supported',
        joinPath(path, 'questionnaire'),
        `${definition.title} version ${match.version} is not supported; BackPlan scores version ${definition.version}`,
      ),
    );
  }
  const day = calendarDay(resource.authored, joinPath(path, 'authored'), 'authored');
  if (!day.ok) issues.push(day.issue);

  const systems = answerSystems(definition, bases);
  const answered: AnsweredItem[] = [];
  const claimed: ClaimedScore[] = [];
  for (const found of answeredItems(resource.item, path)) {
    const link = resolveLinkId(definition, found.item.linkId);
    const answers = (found.item.answer ?? []).map((answer, index) => ({
      answer,
      path: joinPath(found.path, 'answer', index),
    }));
    if (link === null) {
      issues.push(
        issue(
          'not-supported',
          joinPath(found.path, 'linkId'),
          `linkId "${found.item.linkId}" is not an item of ${definition.title}`,
        ),
      );
      continue;
    }
    if (link.kind === 'score') {
      const first = answers[0];
      const value =
        first?.answer.valueDecimal ?? first?.answer.valueInteger ?? first?.answer.valueQuantity?.value;
      if (first !== undefined && typeof value === 'number')
        claimed.push({ score: link.score, value, path: first.path });
      continue;
    }
    if (answered.some((previous) => previous.item.id === link.item.id)) {
      issues.push(
        issue(
          'duplicate',
          joinPath(found.path, 'linkId'),
          `${definition.title} item "${link.item.id}" is answered twice`,
        ),
      );
      continue;
    }
    const values = answers.flatMap(({ answer, path: answerPath }) => {
      const converted = answerValue(definition, link.item, answer, answerPath, systems);
      if (!converted.ok) {
        issues.push(converted.issue);
        return [];
      }
      return [{ value: converted.value, path: converted.path }];
    });
    answered.push({ item: link.item, path: found.path, values });
  }
  if (issues.length > 0 || !day.ok) return { ok: false, issues };

  const answers: Record<string, InstrumentAnswerValue> = {};
  for (const { item, values } of answered) {
    if (values.length > 0)
      answers[item.id] = values.length === 1 ? (values[0]?.value ?? null) : values.map((v) => v.value);
  }
  const scored = tryScoreInstrument(match.instrumentId, answers);
  if (!scored.ok) {
    return {
      ok: false,
      issues: scored.issues.map((problem) => {
        const at = answered.find((entry) => entry.item.id === problem.itemId);
        const location = at === undefined ? joinPath(path, 'item') : (at.values[0]?.path ?? at.path);
        const code = problem.problem === 'too-few-answered' ? 'required' : 'value';
        return issue(code, location, problem.message);
      }),
    };
  }
  const mismatches = claimed.flatMap((claim) => {
    const recomputed = scored.result.scores.find((score) => score.id === claim.score.id)?.value;
    return recomputed === undefined || recomputed === claim.value
      ? []
      : [
          issue(
            'business-rule',
            claim.path,
            `${claim.score.label} is given as ${claim.value}, but the answers score ${recomputed}`,
          ),
        ];
  });
  if (mismatches.length > 0) return { ok: false, issues: mismatches };
  return {
    ok: true,
    response: {
      instrumentId: match.instrumentId,
      instrumentVersion: definition.version,
      answeredOn: day.value,
      answers,
      scores: scored.result.scores,
      primaryScore: scored.result.scores[0]?.value ?? null,
      sourceIds: sourceId === null ? [] : [sourceId],
      location: path,
    },
  };
}
