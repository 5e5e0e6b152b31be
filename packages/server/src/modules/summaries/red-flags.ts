import { FLARE_SYMPTOMS } from '@backplan/clinical/exercise/flare-symptoms';
import type { TriageFacts } from './triage';
import type { StoredFlareLogEntry } from './windows';

/**
 * The most serious active red flag (clinical.md §4.1), from three places:
 * - the latest assessment's blocking action (emergency or urgent), until a clinician clears it;
 * - a "yes" to the weekly bladder/bowel/saddle question in a recent check-in (the §4.1
 *   product rule: recheck cauda equina in the diary) — an emergency;
 * - red-flag answers in the open flare's log, with each symptom's action from the flare rules;
 * - a cauda equina "yes" in an unfinished intake, where the wizard stopped (an emergency).
 * Check-in and flare reports dated on or before the day of the latest clearance no longer
 * count, except a check-in stored after the clearance on the clearance day itself (a new report
 * the clinician has not seen).
 */
const ACTION_RANK = { emergency: 2, urgent: 1 } as const;
type BlockingAction = keyof typeof ACTION_RANK;
const isBlocking = (action: unknown): action is BlockingAction =>
  action === 'emergency' || action === 'urgent';

export interface RedFlagSources {
  readonly assessment: {
    readonly kind: string;
    readonly assessedOn: string;
    readonly cleared: boolean;
    readonly eligible: boolean;
    readonly requiredAction: string | null;
  } | null;
  /** The day of the latest clinician clearance, or null. */
  readonly clearedOn: string | null;
  /** When the latest clearance was recorded (ISO instant), to order same-day check-ins. */
  readonly clearedAt?: string | null;
  readonly checkIns: readonly {
    day: string;
    newBladderBowelSaddleSymptoms: boolean | null;
    /** When the check-in was stored (ISO instant). */
    recordedAt?: string;
  }[];
  readonly openFlareLog: readonly StoredFlareLogEntry[];
  /**
   * An unfinished intake whose wizard stopped on a cauda equina answer (the draft is
   * deleted when the intake is submitted, so a draft means "not assessed yet").
   */
  readonly intakeDraft?: { readonly savedOn: string; readonly emergencyFeatures: readonly string[] } | null;
}

export function mostSeriousRedFlag(sources: RedFlagSources): TriageFacts['redFlag'] {
  const candidates: { action: BlockingAction; source: string }[] = [];
  const { assessment, clearedOn } = sources;
  if (assessment && !assessment.eligible && !assessment.cleared && isBlocking(assessment.requiredAction)) {
    candidates.push({
      action: assessment.requiredAction,
      source: `found at the ${assessment.kind} on ${assessment.assessedOn}`,
    });
  }
  const afterClearance = (day: string) => clearedOn === null || day > clearedOn;
  const { clearedAt } = sources;
  const storedAfterClearance = (c: RedFlagSources['checkIns'][number]) =>
    afterClearance(c.day) ||
    (c.day === clearedOn && !!clearedAt && c.recordedAt !== undefined && c.recordedAt > clearedAt);
  const bladder = sources.checkIns
    .filter((c) => c.newBladderBowelSaddleSymptoms === true && storedAfterClearance(c))
    .sort((a, b) => b.day.localeCompare(a.day))[0];
  if (bladder) {
    candidates.push({
      action: 'emergency',
      source: `new bladder, bowel or saddle symptoms reported in the check-in on ${bladder.day}`,
    });
  }
  for (const entry of sources.openFlareLog.filter(
    (e) => e.redFlagSymptoms.length > 0 && afterClearance(e.date),
  )) {
    const action = entry.redFlagSymptoms.some((s) => FLARE_SYMPTOMS[s]?.action === 'emergency')
      ? 'emergency'
      : 'urgent';
    candidates.push({
      action,
      source: `red-flag symptoms in the flare log on ${entry.date}: ${entry.redFlagSymptoms.join(', ')}`,
    });
  }
  const draft = sources.intakeDraft;
  if (draft && draft.emergencyFeatures.length > 0 && afterClearance(draft.savedOn)) {
    candidates.push({
      action: 'emergency',
      source: `reported in the unfinished intake on ${draft.savedOn}: ${draft.emergencyFeatures.join(', ')}`,
    });
  }
  candidates.sort((a, b) => ACTION_RANK[b.action] - ACTION_RANK[a.action]);
  return candidates[0] ?? null;
}
