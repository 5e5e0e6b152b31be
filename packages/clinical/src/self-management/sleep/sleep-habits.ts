import type { SelfManagementClaim, SourcedText } from '../claims';
import { sourcedText as t } from '../claims';
import { SLEEP_LESSON } from '../lessons/sleep';
import { type ContentLintIssue, lintSelfManagementContent } from '../lint';

/**
 * Sleep habits: plain tips, each backed by a fact recorded in clinical.md. Our reference has
 * no trial evidence on general sleep-hygiene advice (fixed bedtimes, caffeine, screens), so
 * those tips are deliberately left out rather than shown without a source.
 */
export interface SleepHabitTip {
  readonly id: string;
  readonly title: string;
  readonly body: SourcedText;
  /** `habit`: something to try; `tell-your-clinician`: a sign worth raising at a visit. */
  readonly kind: 'habit' | 'tell-your-clinician';
}

export const SLEEP_HABIT_TIPS: readonly SleepHabitTip[] = [
  {
    id: 'sleep-relax-before-bed',
    title: 'Wind down with a relaxation practice',
    body: t(
      'Try the slow breathing or the body scan in bed or just before. Relaxation is one of the non-drug options that guidelines list for long-term back pain.',
      'relaxation',
    ),
    kind: 'habit',
  },
  {
    id: 'sleep-stay-active-by-day',
    title: 'Keep your days active',
    body: t(
      'Try not to spend the day in bed, even after a bad night. Long rest is linked to back pain lasting longer.',
      'keep-active',
    ),
    kind: 'habit',
  },
  {
    id: 'sleep-pace-your-day',
    title: 'Pace your day',
    body: t(
      'Spread activity through the day and keep to your plan. Pacing aims to stop activity from setting off a flare.',
      'below-tolerance',
    ),
    kind: 'habit',
  },
  {
    id: 'sleep-keep-a-note',
    title: 'Keep a note of your sleep',
    body: t(
      'Note in your diary how you slept. Poor sleep is one of the things linked to back pain lasting longer, so it is worth keeping an eye on.',
      'poor-sleep',
    ),
    kind: 'habit',
  },
  {
    id: 'sleep-medicines',
    title: 'Medicines and sleep',
    body: t(
      'Some pain medicines can cause sleepiness or poor sleep. Talk with your doctor or pharmacist if you think a medicine is affecting your sleep.',
      'medicines-and-sleep',
    ),
    kind: 'tell-your-clinician',
  },
  {
    id: 'sleep-snoring-and-opioids',
    title: 'Snoring and opioids',
    body: t(
      'If you take an opioid and you snore loudly or stop breathing in your sleep, tell your doctor. Breathing problems in sleep raise the risks of opioids.',
      'opioids-and-sleep',
    ),
    kind: 'tell-your-clinician',
  },
  {
    id: 'sleep-and-mood',
    title: 'Sleep and mood',
    body: t(
      'Trouble sleeping can be a sign of low mood. If you feel down most days, tell your doctor.',
      'sleep-and-mood',
    ),
    kind: 'tell-your-clinician',
  },
  {
    id: 'sleep-night-pain',
    title: 'Night pain that needs a check',
    body: t(
      'Tell your doctor soon if pain at night does not ease in any position, or if pain wakes you late in the night and eases when you get up and move.',
      'night-pain',
      'inflammatory-pattern',
    ),
    kind: 'tell-your-clinician',
  },
];

/** The sleep lesson's claims that back the given tips: one definition of each fact. */
export function sleepHabitClaims(tips: readonly SleepHabitTip[] = SLEEP_HABIT_TIPS): SelfManagementClaim[] {
  return SLEEP_LESSON.claims.filter((claim) => tips.some((tip) => tip.body.claimIds.includes(claim.id)));
}

export function lintSleepHabitTips(tips: readonly SleepHabitTip[] = SLEEP_HABIT_TIPS): ContentLintIssue[] {
  return lintSelfManagementContent({
    id: 'sleep-habits',
    value: tips,
    allowEmptyListsFor: ['claimIds'],
    sourcedTexts: tips.map((tip) => tip.body),
    plainTexts: tips.map((tip) => tip.title),
    readingTexts: tips.map((tip) => tip.body.text),
    claims: sleepHabitClaims(tips),
  });
}
