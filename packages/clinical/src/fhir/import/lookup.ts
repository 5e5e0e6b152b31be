import type { Coding } from '@medplum/fhirtypes';
import {
  answerCodeSystem,
  DEFAULT_QUESTIONNAIRE_BASE,
  questionnaireUrl,
} from '../../instruments/fhir/coding';
import { INSTRUMENT_IDS, INSTRUMENTS } from '../../instruments/registry';
import type {
  InstrumentDefinition,
  InstrumentId,
  InstrumentItem,
  ScoreDefinition,
} from '../../instruments/types';
import type { BackplanCode } from '../backplan-concepts';
import { BACKPLAN_CODE_SYSTEM_URL, LOINC_SYSTEM_URL } from '../systems';

/**
 * Recognising BackPlan's instruments and diary measures in FHIR from other systems: by our
 * canonical URLs, by LOINC panel, item and score codes (the LOINC table), and by BackPlan codes.
 */

export function questionnaireBases(extra: string | undefined): string[] {
  return extra === undefined || extra === DEFAULT_QUESTIONNAIRE_BASE
    ? [DEFAULT_QUESTIONNAIRE_BASE]
    : [DEFAULT_QUESTIONNAIRE_BASE, extra];
}

export interface InstrumentMatch {
  readonly instrumentId: InstrumentId;
  /** The version named after `|` in our canonical, when given. */
  readonly version: string | null;
}

/**
 * The instrument a `QuestionnaireResponse.questionnaire` canonical names: our own canonical
 * (`<base>/<instrument id>|<version>`), or a LOINC panel, as `http://loinc.org/q/<panel>` or any
 * URL whose last segment is the panel code.
 */
export function instrumentForCanonical(canonical: string, bases: readonly string[]): InstrumentMatch | null {
  const [url = '', version] = canonical.split('|');
  for (const id of INSTRUMENT_IDS) {
    const { definition } = INSTRUMENTS[id];
    if (bases.some((base) => questionnaireUrl(definition, base) === url))
      return { instrumentId: id, version: version ?? null };
  }
  const lastSegment = url.split('/').at(-1) ?? '';
  const byPanel = INSTRUMENT_IDS.find((id) => INSTRUMENTS[id].definition.panelLoinc?.code === lastSegment);
  return byPanel === undefined ? null : { instrumentId: byPanel, version: null };
}

function linkIdNames(linkId: string, code: string | undefined): boolean {
  return code !== undefined && (linkId === code || linkId.endsWith(`/${code}`));
}

export type LinkIdMatch =
  | { readonly kind: 'item'; readonly item: InstrumentItem }
  | { readonly kind: 'score'; readonly score: ScoreDefinition }
  | null;

/** The item (or computed score) a linkId names: our item id, or the item's LOINC code (`/panel/item` too). */
export function resolveLinkId(definition: InstrumentDefinition, linkId: string): LinkIdMatch {
  const item = definition.items.find(
    (candidate) => candidate.id === linkId || linkIdNames(linkId, candidate.loinc?.code),
  );
  if (item !== undefined) return { kind: 'item', item };
  const score = definition.scoreDefinitions.find(
    (candidate) => candidate.id === linkId || linkIdNames(linkId, candidate.loinc?.code),
  );
  return score === undefined ? null : { kind: 'score', score };
}

/** The answer-code systems an option coding may use: LOINC answer codes or our per-instrument system. */
export function answerSystems(definition: InstrumentDefinition, bases: readonly string[]): string[] {
  return bases.map((base) => answerCodeSystem(definition, base));
}

export type CheckInMeasure =
  | 'pain'
  | 'sleepQuality'
  | 'mood'
  | 'activityMinutes'
  | 'flare'
  | 'newBladderBowelSaddleSymptoms';

const CHECK_IN_CODES: ReadonlyMap<string, CheckInMeasure> = new Map<BackplanCode, CheckInMeasure>([
  ['sleep-quality', 'sleepQuality'],
  ['mood', 'mood'],
  ['activity-minutes', 'activityMinutes'],
  ['flare', 'flare'],
  ['bladder-bowel-saddle-screen', 'newBladderBowelSaddleSymptoms'],
]);

/** BackPlan codes that are exported but not imported: they describe BackPlan's own programme. */
const EXPORT_ONLY_CODES: ReadonlySet<string> = new Set<BackplanCode>([
  'side-effects-reported',
  'flare-episode',
  'exercise-adherence',
]);

export type ObservationKind =
  | { readonly kind: 'score'; readonly instrumentId: InstrumentId; readonly score: ScoreDefinition }
  | { readonly kind: 'check-in'; readonly measure: CheckInMeasure }
  | { readonly kind: 'export-only'; readonly code: string }
  | { readonly kind: 'unknown' };

function scoreByLoinc(code: string): { instrumentId: InstrumentId; score: ScoreDefinition } | null {
  for (const instrumentId of INSTRUMENT_IDS) {
    const score = INSTRUMENTS[instrumentId].definition.scoreDefinitions.find(
      (candidate) => candidate.loinc?.code === code,
    );
    if (score !== undefined) return { instrumentId, score };
  }
  return null;
}

function scoreById(id: string): { instrumentId: InstrumentId; score: ScoreDefinition } | null {
  for (const instrumentId of INSTRUMENT_IDS) {
    const score = INSTRUMENTS[instrumentId].definition.scoreDefinitions.find(
      (candidate) => candidate.id === id,
    );
    if (score !== undefined) return { instrumentId, score };
  }
  return null;
}

/**
 * What an Observation records, from its codings. Pain 72514-3 is a diary value unless the
 * Observation is categorised as a questionnaire score (BackPlan's `instrument-score`).
 */
export function classifyObservation(
  codings: readonly Coding[],
  isInstrumentScore: boolean,
  bases: readonly string[],
): ObservationKind {
  for (const coding of codings) {
    const code = coding.code ?? '';
    if (coding.system === LOINC_SYSTEM_URL) {
      if (code === '72514-3' && !isInstrumentScore) return { kind: 'check-in', measure: 'pain' };
      const match = scoreByLoinc(code);
      if (match !== null) return { kind: 'score', ...match };
    }
    if (coding.system === BACKPLAN_CODE_SYSTEM_URL) {
      const measure = CHECK_IN_CODES.get(code);
      if (measure !== undefined) return { kind: 'check-in', measure };
      const match = scoreById(code);
      if (match !== null) return { kind: 'score', ...match };
      if (EXPORT_ONLY_CODES.has(code)) return { kind: 'export-only', code };
    }
    // The instruments module's own score systems, `<base>/<instrument id>/scores`.
    for (const instrumentId of INSTRUMENT_IDS) {
      const { definition } = INSTRUMENTS[instrumentId];
      if (!bases.some((base) => coding.system === `${questionnaireUrl(definition, base)}/scores`)) continue;
      const score = definition.scoreDefinitions.find((candidate) => candidate.id === code);
      if (score !== undefined) return { kind: 'score', instrumentId, score };
    }
  }
  return { kind: 'unknown' };
}
