import type { IsoDate } from '../../core/vocabulary';
import type { InstrumentId, ScoreDefinition } from '../../instruments/types';
import { BACKPLAN_CODE_SYSTEM_URL } from '../systems';
import { type ImportIssue, issue, joinPath } from './issues';
import { type CheckInMeasure, classifyObservation } from './lookup';
import type { ObservationInput } from './structure';
import { calendarDay, decimalPlaces } from './values';

/** An Observation of a score of one of our instruments, or of a daily check-in value. */

/**
 * Scores reported to one decimal: the PEG mean (Krebs 2009, rounded half up) and the ODI
 * percentage (instruments/rounding.ts); every other score is a whole-number sum.
 */
const ONE_DECIMAL_SCORES: ReadonlySet<string> = new Set(['peg-mean', 'odi-percent']);

/** Check-in value ranges, as the check_ins table constrains them (0–10 ratings; minutes within a day). */
const CHECK_IN_RANGES: Readonly<
  Record<'pain' | 'sleepQuality' | 'mood' | 'activityMinutes', readonly [number, number]>
> = {
  pain: [0, 10],
  sleepQuality: [0, 10],
  mood: [0, 10],
  activityMinutes: [0, 1440],
};

interface ObservationCommon {
  readonly day: IsoDate;
  /** The effective dateTime as sent, to order two values of the same day. */
  readonly effective: string;
  readonly path: string;
  readonly sourceId: string | null;
  readonly subject: string | null;
}

export type ImportedObservation =
  | (ObservationCommon & {
      readonly kind: 'score';
      readonly instrumentId: InstrumentId;
      readonly score: ScoreDefinition;
      readonly value: number;
      readonly derivedFrom: readonly string[];
    })
  | (ObservationCommon & {
      readonly kind: 'check-in';
      readonly measure: CheckInMeasure;
      readonly value: number | boolean;
    })
  | { readonly kind: 'skip'; readonly reason: string };

export type ObservationImport =
  | { readonly ok: true; readonly observation: ImportedObservation }
  | { readonly ok: false; readonly issues: readonly ImportIssue[] };

function numericValue(resource: ObservationInput, path: string): { value: number; path: string } | null {
  if (resource.valueQuantity?.value !== undefined) {
    return { value: resource.valueQuantity.value, path: joinPath(path, 'valueQuantity', 'value') };
  }
  if (resource.valueInteger !== undefined)
    return { value: resource.valueInteger, path: joinPath(path, 'valueInteger') };
  return null;
}

function unitIssue(
  resource: ObservationInput,
  path: string,
  expected: string,
  what: string,
): ImportIssue | null {
  const code = resource.valueQuantity?.code;
  if (code === undefined || code === expected) return null;
  return issue('value', joinPath(path, 'valueQuantity', 'code'), `${what} is in ${expected}, not ${code}`);
}

function scoreIssues(score: ScoreDefinition, found: { value: number; path: string }): ImportIssue[] {
  const issues: ImportIssue[] = [];
  if (found.value < score.min || found.value > score.max) {
    issues.push(
      issue('value', found.path, `${score.label}: ${found.value} is outside ${score.min}–${score.max}`),
    );
  }
  const places = ONE_DECIMAL_SCORES.has(score.id) ? 1 : 0;
  if (decimalPlaces(found.value) > places) {
    issues.push(
      issue(
        'value',
        found.path,
        `${score.label}: ${found.value} has more than ${places === 0 ? 'no' : 'one'} decimal place${places === 0 ? 's' : ''}`,
      ),
    );
  }
  return issues;
}

function checkInIssues(
  measure: CheckInMeasure,
  resource: ObservationInput,
  path: string,
): { issues: ImportIssue[]; value: number | boolean | null } {
  if (measure === 'flare' || measure === 'newBladderBowelSaddleSymptoms') {
    return resource.valueBoolean === undefined
      ? {
          issues: [issue('required', joinPath(path, 'valueBoolean'), `${measure} needs a valueBoolean`)],
          value: null,
        }
      : { issues: [], value: resource.valueBoolean };
  }
  const found = numericValue(resource, path);
  if (found === null) {
    return {
      issues: [
        issue(
          'required',
          joinPath(path, 'valueQuantity'),
          `${measure} needs a valueQuantity or valueInteger`,
        ),
      ],
      value: null,
    };
  }
  const [min, max] = CHECK_IN_RANGES[measure];
  const issues: ImportIssue[] = [];
  if (!Number.isInteger(found.value) || found.value < min || found.value > max) {
    issues.push(
      issue('value', found.path, `${measure}: ${found.value} must be a whole number from ${min} to ${max}`),
    );
  }
  const unit = unitIssue(resource, path, measure === 'activityMinutes' ? 'min' : '{score}', measure);
  if (unit !== null) issues.push(unit);
  return { issues, value: found.value };
}

export function importObservation(
  resource: ObservationInput,
  path: string,
  sourceId: string | null,
  bases: readonly string[],
): ObservationImport {
  const codings = resource.code.coding ?? [];
  const isInstrumentScore = (resource.category ?? []).some((category) =>
    (category.coding ?? []).some(
      (coding) => coding.system === BACKPLAN_CODE_SYSTEM_URL && coding.code === 'instrument-score',
    ),
  );
  const kind = classifyObservation(codings, isInstrumentScore, bases);
  if (kind.kind === 'unknown') {
    const named =
      codings.map((coding) => `${coding.system ?? '?'}#${coding.code ?? '?'}`).join(', ') ||
      (resource.code.text ?? 'no code');
    return {
      ok: true,
      observation: { kind: 'skip', reason: `not a BackPlan instrument score or check-in value (${named})` },
    };
  }
  if (kind.kind === 'export-only') {
    return {
      ok: true,
      observation: { kind: 'skip', reason: `${kind.code} is exported by BackPlan but not imported` },
    };
  }
  const issues: ImportIssue[] = [];
  if (!['final', 'amended', 'corrected'].includes(resource.status)) {
    issues.push(
      issue(
        'value',
        joinPath(path, 'status'),
        `status "${resource.status}": only final, amended or corrected values can be imported`,
      ),
    );
  }
  const effective = resource.effectiveDateTime ?? resource.effectivePeriod?.start;
  const effectivePath = joinPath(
    path,
    resource.effectiveDateTime === undefined && resource.effectivePeriod !== undefined
      ? 'effectivePeriod.start'
      : 'effectiveDateTime',
  );
  const day = calendarDay(effective, effectivePath, 'effective[x]');
  if (!day.ok) issues.push(day.issue);
  const common = { path, sourceId, subject: resource.subject?.reference ?? null };

  if (kind.kind === 'score') {
    const found = numericValue(resource, path);
    if (found === null) {
      issues.push(
        issue('required', joinPath(path, 'valueQuantity'), `${kind.score.label} needs a valueQuantity`),
      );
    } else {
      issues.push(...scoreIssues(kind.score, found));
      const unit = unitIssue(resource, path, kind.score.unit ?? '{score}', kind.score.label);
      if (unit !== null) issues.push(unit);
    }
    if (issues.length > 0 || found === null || !day.ok) return { ok: false, issues };
    const derivedFrom = (resource.derivedFrom ?? []).flatMap((ref) =>
      ref.reference === undefined ? [] : [ref.reference],
    );
    return {
      ok: true,
      observation: {
        kind: 'score',
        instrumentId: kind.instrumentId,
        score: kind.score,
        value: found.value,
        derivedFrom,
        day: day.value,
        effective: effective ?? '',
        ...common,
      },
    };
  }
  const checked = checkInIssues(kind.measure, resource, path);
  issues.push(...checked.issues);
  if (issues.length > 0 || checked.value === null || !day.ok) return { ok: false, issues };
  return {
    ok: true,
    observation: {
      kind: 'check-in',
      measure: kind.measure,
      value: checked.value,
      day: day.value,
      effective: effective ?? '',
      ...common,
    },
  };
}
