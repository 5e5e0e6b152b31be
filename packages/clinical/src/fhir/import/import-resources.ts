import { INSTRUMENTS } from '../../instruments/registry';
import type { InstrumentId, ScoreValue } from '../../instruments/types';
import { groupCheckIns } from './check-ins';
import type {
  FhirImportOptions,
  FhirImportResult,
  ImportedInstrumentResponse,
  SkippedResource,
} from './import-types';
import { type ImportIssue, importOutcome, issue, joinPath } from './issues';
import { questionnaireBases } from './lookup';
import { type ImportedObservation, importObservation } from './observation';
import { importQuestionnaireResponse } from './questionnaire-response';
import {
  bundleStructure,
  checkStructure,
  observationStructure,
  questionnaireResponseStructure,
} from './structure';

interface Entry {
  readonly resource: { readonly resourceType: string; readonly id?: unknown };
  readonly path: string;
  /** Ways other resources may refer to this one: its fullUrl and `Type/id`. */
  readonly keys: readonly string[];
}

type ScoreObservation = Extract<ImportedObservation, { kind: 'score' }>;
type CheckInObservation = Extract<ImportedObservation, { kind: 'check-in' }>;

function isResource(value: unknown): value is { readonly resourceType: string; readonly id?: unknown } {
  return (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as { resourceType?: unknown }).resourceType === 'string'
  );
}

function entryKeys(resource: Entry['resource'], fullUrl: string | undefined): string[] {
  const local = typeof resource.id === 'string' ? [`${resource.resourceType}/${resource.id}`] : [];
  return [...(fullUrl === undefined ? [] : [fullUrl]), ...local];
}

function entriesOf(input: unknown): { entries: Entry[]; bundle: boolean } | { issues: ImportIssue[] } {
  if (!isResource(input)) {
    return {
      issues: [issue('structure', null, 'Expected a FHIR resource: a JSON object with a resourceType')],
    };
  }
  if (input.resourceType === 'QuestionnaireResponse' || input.resourceType === 'Observation') {
    return {
      entries: [{ resource: input, path: input.resourceType, keys: entryKeys(input, undefined) }],
      bundle: false,
    };
  }
  if (input.resourceType !== 'Bundle') {
    return {
      issues: [
        issue(
          'not-supported',
          input.resourceType,
          `${input.resourceType} is not imported: send a Bundle, a QuestionnaireResponse or an Observation`,
        ),
      ],
    };
  }
  const parsed = checkStructure(bundleStructure, input, 'Bundle');
  if (!parsed.ok) return { issues: parsed.issues };
  const entries = (parsed.value.entry ?? []).flatMap((entry, index) =>
    entry.resource === undefined
      ? []
      : [
          {
            resource: entry.resource,
            path: joinPath('Bundle', 'entry', index, 'resource'),
            keys: entryKeys(entry.resource, entry.fullUrl),
          },
        ],
  );
  return { entries, bundle: true };
}

/** Score Observations received without their QuestionnaireResponse, one record per instrument and day. */
function scoreOnlyResponses(
  observations: readonly ScoreObservation[],
  issues: ImportIssue[],
): ImportedInstrumentResponse[] {
  const groups = new Map<string, ScoreObservation[]>();
  for (const observation of observations) {
    const key = `${observation.instrumentId}|${observation.day}`;
    groups.set(key, [...(groups.get(key) ?? []), observation]);
  }
  return [...groups.values()].flatMap((group) => {
    const [first] = group;
    if (first === undefined) return [];
    const instrumentId: InstrumentId = first.instrumentId;
    const { definition } = INSTRUMENTS[instrumentId];
    const scores: ScoreValue[] = [];
    for (const scoreDefinition of definition.scoreDefinitions) {
      const values = group.filter((observation) => observation.score.id === scoreDefinition.id);
      const [kept, duplicate] = values;
      if (duplicate !== undefined) {
        issues.push(
          issue(
            'duplicate',
            duplicate.path,
            `Two ${scoreDefinition.label} values on ${first.day}; send one per completed form`,
          ),
        );
      }
      if (kept !== undefined) scores.push({ ...scoreDefinition, value: kept.value });
    }
    const overall = scores.find((score) => score.id === 'startback-overall')?.value;
    const distress = group.find((observation) => observation.score.id === 'startback-distress');
    // The distress subscale is items 5–9 of the overall score (Keele; clinical.md §3.4).
    if (
      overall !== undefined &&
      distress !== undefined &&
      (distress.value > overall || overall - distress.value > 4)
    ) {
      issues.push(
        issue(
          'business-rule',
          distress.path,
          `STarT Back distress ${distress.value} cannot go with overall ${overall}`,
        ),
      );
    }
    return [
      {
        instrumentId,
        instrumentVersion: definition.version,
        answeredOn: first.day,
        answers: null,
        scores,
        primaryScore:
          scores[0]?.id === definition.scoreDefinitions[0]?.id ? (scores[0]?.value ?? null) : null,
        sourceIds: group.flatMap((observation) =>
          observation.sourceId === null ? [] : [observation.sourceId],
        ),
        location: first.path,
      },
    ];
  });
}

/**
 * Reads FHIR from another system: a Bundle, or a single QuestionnaireResponse or Observation for
 * one of BackPlan's instruments or check-in values. Checks the structure and the meaning (a known
 * instrument, answers its scorer accepts, scores in range) and returns records to store, with
 * scores recomputed by BackPlan; or an OperationOutcome whose issues name the failing paths, in
 * which case nothing may be stored. Other resources in a Bundle are listed as skipped.
 */
export function importFhirResources(input: unknown, options: FhirImportOptions = {}): FhirImportResult {
  const bases = questionnaireBases(options.questionnaireBase);
  const found = entriesOf(input);
  if ('issues' in found) return { ok: false, outcome: importOutcome(found.issues) };

  const issues: ImportIssue[] = [];
  const skipped: SkippedResource[] = [];
  const responses: { response: ImportedInstrumentResponse; keys: readonly string[] }[] = [];
  const scores: ScoreObservation[] = [];
  const checkIns: CheckInObservation[] = [];
  const subjects: { reference: string; path: string }[] = [];

  for (const entry of found.entries) {
    const { resource, path } = entry;
    const sourceId = entry.keys[0] ?? null;
    const external = options.validateResource?.(resource) ?? [];
    issues.push(
      ...external.map((problem) => issue('structure', joinPath(path, ...problem.path), problem.message)),
    );
    if (resource.resourceType === 'QuestionnaireResponse') {
      const parsed = checkStructure(questionnaireResponseStructure, resource, path);
      if (!parsed.ok) {
        issues.push(...parsed.issues);
        continue;
      }
      const subject = parsed.value.subject?.reference;
      if (subject !== undefined)
        subjects.push({ reference: subject, path: joinPath(path, 'subject', 'reference') });
      const imported = importQuestionnaireResponse(parsed.value, path, sourceId, bases);
      if (imported.ok) responses.push({ response: imported.response, keys: entry.keys });
      else issues.push(...imported.issues);
    } else if (resource.resourceType === 'Observation') {
      const parsed = checkStructure(observationStructure, resource, path);
      if (!parsed.ok) {
        issues.push(...parsed.issues);
        continue;
      }
      const imported = importObservation(parsed.value, path, sourceId, bases);
      if (!imported.ok) {
        issues.push(...imported.issues);
        continue;
      }
      const observation = imported.observation;
      if (observation.kind === 'skip') {
        if (!found.bundle)
          issues.push(
            issue('not-supported', joinPath(path, 'code'), `Nothing to import: ${observation.reason}`),
          );
        skipped.push({ location: path, resourceType: 'Observation', reason: observation.reason });
        continue;
      }
      if (observation.subject !== null)
        subjects.push({ reference: observation.subject, path: joinPath(path, 'subject', 'reference') });
      if (observation.kind === 'score') scores.push(observation);
      else checkIns.push(observation);
    } else {
      skipped.push({
        location: path,
        resourceType: resource.resourceType,
        reason: 'only QuestionnaireResponse and Observation resources are imported',
      });
    }
  }

  const [firstSubject] = subjects;
  for (const other of subjects) {
    if (firstSubject !== undefined && other.reference !== firstSubject.reference) {
      issues.push(
        issue(
          'business-rule',
          other.path,
          `All resources must be about one patient: ${other.reference} differs from ${firstSubject.reference}`,
        ),
      );
    }
  }

  // A score derived from a QuestionnaireResponse in the same Bundle must agree with BackPlan's own
  // scoring of those answers; it is then redundant, since the response carries the answers.
  const standalone = scores.filter((observation) => {
    const source = responses.find(({ keys }) =>
      observation.derivedFrom.some((reference) => keys.includes(reference)),
    );
    if (source === undefined) return true;
    const recomputed = source.response.scores.find((score) => score.id === observation.score.id)?.value;
    if (recomputed !== observation.value) {
      issues.push(
        issue(
          'business-rule',
          observation.path,
          `${observation.score.label} is given as ${observation.value}, but its QuestionnaireResponse scores ${recomputed ?? 'no such score'}`,
        ),
      );
    } else {
      skipped.push({
        location: observation.path,
        resourceType: 'Observation',
        reason: `score of ${source.response.location}, recomputed from its answers`,
      });
    }
    return false;
  });
  const scoreOnly = scoreOnlyResponses(standalone, issues);

  if (issues.length > 0) return { ok: false, outcome: importOutcome(issues) };
  return {
    ok: true,
    records: {
      subject: firstSubject?.reference ?? null,
      instrumentResponses: [...responses.map(({ response }) => response), ...scoreOnly],
      checkIns: groupCheckIns(checkIns),
      skipped,
    },
  };
}
