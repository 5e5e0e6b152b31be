import { sourcedText as t } from '../claims';
import { KEEP_ACTIVE_CLAIM, RELAXATION_CLAIM, WARNING_SIGNS_CLAIM } from './shared-claims';
import type { PainLesson } from './types';

/** Lesson 4: flare-ups (recurrence is common, clinical.md §1.4 and §6.1). */
export const FLARE_UPS_LESSON: PainLesson = {
  id: 'lesson-flare-ups',
  topic: 'flare-ups',
  title: 'Handling a flare-up',
  estimatedMinutes: 4,
  summary: 'What a flare-up is, what to do, and when to get help.',
  sections: [
    {
      heading: 'Flare-ups are common',
      paragraphs: [
        t(
          'A flare-up is a time when pain is worse than usual. Most people with back pain have them now and then. In studies, about 3 in 4 people with a new bout of back pain had it come back within a year.',
          'recurrence',
        ),
        t(
          'A flare-up does not mean your plan has failed. It is a normal part of living with back pain.',
          'recurrence',
        ),
      ],
    },
    {
      heading: 'What to do during a flare-up',
      paragraphs: [
        t(
          'Try to stay gently active. Long spells of rest in bed are linked to back pain lasting longer.',
          'keep-active',
        ),
        t(
          'Do a bit less than usual for a few days, then build back up. This app moves your exercise back one step after a flare. That rule is our own setting, not a research finding.',
          'drop-back',
        ),
        t(
          'Guidelines list heat, like a warm pack, as an option for back pain that started in the last 12 weeks.',
          'heat',
        ),
        t(
          'Relaxation is one of the non-drug options that guidelines list for long-term back pain. Try the breathing or body scan practice in this app.',
          'relaxation',
        ),
        t(
          'If you use medicine for flare-ups, talk with your doctor or pharmacist about a plan ahead of time.',
        ),
      ],
    },
    {
      heading: 'When it is not just a flare-up',
      paragraphs: [
        t(
          'Get help right away if you have new bladder or bowel problems, numbness between your legs, or legs that are getting weaker.',
          'warning-signs',
        ),
        t(
          'Call your doctor the same day if you have back pain with a fever. Also call if you are losing weight without trying.',
          'other-red-flags',
        ),
      ],
    },
  ],
  keyTakeaways: [
    t('Flare-ups are common. They do not mean your plan has failed.', 'recurrence'),
    t('Stay gently active and do a bit less for a few days.', 'keep-active', 'drop-back'),
    t('Some warning signs need help right away.', 'warning-signs'),
  ],
  check: [
    {
      id: 'during',
      question: 'During a flare-up, what usually helps more?',
      options: [
        { id: 'a', text: 'Staying gently active.', isCorrect: true },
        { id: 'b', text: 'Staying in bed for days.', isCorrect: false },
        { id: 'c', text: 'Doing my hardest workout to push through.', isCorrect: false },
      ],
      explanation: t(
        'Long rest in bed is linked to pain lasting longer. Gentle activity, done a bit less than usual, is the better choice.',
        'keep-active',
      ),
    },
    {
      id: 'same-day',
      question: 'Which of these needs a call to your doctor the same day?',
      options: [
        { id: 'a', text: 'Back pain with a fever.', isCorrect: true },
        { id: 'b', text: 'Pain that is worse after a long car ride.', isCorrect: false },
        { id: 'c', text: 'Feeling stiff in the evening.', isCorrect: false },
      ],
      explanation: t(
        'Back pain with a fever can be a sign of an infection. It needs a check the same day.',
        'other-red-flags',
      ),
    },
    {
      id: 'common',
      question: 'How common are flare-ups?',
      options: [
        { id: 'a', text: 'Very rare.', isCorrect: false },
        { id: 'b', text: 'Common. Most people have them now and then.', isCorrect: true },
        { id: 'c', text: 'They only happen if I did something wrong.', isCorrect: false },
      ],
      explanation: t('Back pain often comes back. A flare-up is common and is not your fault.', 'recurrence'),
    },
  ],
  claims: [
    {
      id: 'recurrence',
      text: 'Recurrence of low back pain is common: 73% of people with acute low back pain had at least one recurrence within 12 months.',
      citations: [
        { source: 'PENGEL_2003', section: 'recurrence (clinical.md §6.1)' },
        { source: 'HARTVIGSEN_2018', section: 'key findings (clinical.md §1.4)' },
      ],
      verification: 'verified',
    },
    KEEP_ACTIVE_CLAIM,
    {
      id: 'drop-back',
      text: 'Pacing heuristic for software: drop back one step after a flare (not trial-derived; configurable).',
      citations: [
        { source: 'NIELSON_2013_PACING', section: 'software heuristics (clinical.md §5.4, tagged [K])' },
      ],
      verification: 'unverified-background',
    },
    {
      id: 'heat',
      text: 'For acute and subacute low back pain, ACP 2017 lists superficial heat as a first non-drug choice (moderate-quality evidence).',
      citations: [{ source: 'ACP_2017', section: 'Rec 1' }],
      verification: 'verified',
    },
    RELAXATION_CLAIM,
    WARNING_SIGNS_CLAIM,
    {
      id: 'other-red-flags',
      text: 'Fever or feeling systemically unwell with back pain suggests spinal infection (urgent, same day); unexplained weight loss is a flag for spinal malignancy (urgent review).',
      citations: [
        { source: 'GCARE_RED_FLAGS', section: 'infection and malignancy (clinical.md §4.1)' },
        { source: 'AHCPR_1994_RED_FLAGS', section: 'red-flag table (clinical.md §4.1)' },
      ],
      verification: 'verified',
    },
  ],
};
