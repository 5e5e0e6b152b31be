import { sourcedText as t } from '../claims';
import { KEEP_ACTIVE_CLAIM, PACING_BELOW_TOLERANCE_CLAIM, RELAXATION_CLAIM } from './shared-claims';
import type { PainLesson } from './types';

/** Lesson 5: sleep and back pain (poor sleep is a yellow flag, clinical.md §4.2). */
export const SLEEP_LESSON: PainLesson = {
  id: 'lesson-sleep',
  topic: 'sleep',
  title: 'Sleep and back pain',
  estimatedMinutes: 4,
  summary: 'How sleep and pain are linked, and what can help your nights.',
  sections: [
    {
      heading: 'Sleep and pain are linked',
      paragraphs: [
        t(
          'Poor sleep is one of the things linked to back pain lasting longer. So it is worth working on.',
          'poor-sleep',
        ),
        t(
          'Trouble sleeping can also be a sign of low mood. If you feel down most days, tell your doctor.',
          'sleep-and-mood',
        ),
      ],
    },
    {
      heading: 'Ways to help your nights',
      paragraphs: [
        t(
          'Relaxation is one of the non-drug options that guidelines list for long-term back pain. Try the slow breathing or the body scan in this app before bed.',
          'relaxation',
        ),
        t(
          'Try not to spend the whole day in bed, even after a bad night. Long rest is linked to back pain lasting longer.',
          'keep-active',
        ),
        t(
          'Keep to your pacing plan in the day. Pacing aims to stop activity from setting off a flare.',
          'below-tolerance',
        ),
        t('Write down how you slept in your diary. Over time, you may see what makes a difference for you.'),
      ],
    },
    {
      heading: 'Medicines and sleep',
      paragraphs: [
        t(
          'Some pain medicines can affect sleep. In studies of duloxetine, some people slept badly and others felt sleepy. Gabapentin and pregabalin can cause strong sleepiness.',
          'medicines-and-sleep',
        ),
        t(
          'If you take an opioid and you snore loudly or stop breathing in your sleep, tell your doctor. Breathing problems in sleep raise the risks of opioids.',
          'opioids-and-sleep',
        ),
        t('Talk with your doctor or pharmacist if you think a medicine is affecting your sleep.'),
      ],
    },
    {
      heading: 'When night pain needs a check',
      paragraphs: [
        t(
          'Tell your doctor soon if pain at night does not ease in any position. This matters even more if you are losing weight or have had cancer.',
          'night-pain',
        ),
        t(
          'Also tell your doctor if pain wakes you late in the night and eases when you get up and move. This can be a sign of a kind of back pain that needs different care.',
          'inflammatory-pattern',
        ),
      ],
    },
  ],
  keyTakeaways: [
    t('Poor sleep is linked to pain lasting longer, so it is worth working on.', 'poor-sleep'),
    t(
      'Relaxation is one of the non-drug options for back pain. Bedtime is a good time to practise.',
      'relaxation',
    ),
    t('Tell your doctor about night pain that does not ease in any position.', 'night-pain'),
  ],
  check: [
    {
      id: 'linked',
      question: 'Which of these is linked to back pain lasting longer?',
      options: [
        { id: 'a', text: 'Poor sleep.', isCorrect: true },
        { id: 'b', text: 'Going for short walks.', isCorrect: false },
        { id: 'c', text: 'Learning about pain.', isCorrect: false },
      ],
      explanation: t('Poor sleep is one of the things linked to back pain lasting longer.', 'poor-sleep'),
    },
    {
      id: 'night-pain',
      question: 'Which night pain should you tell your doctor about soon?',
      options: [
        { id: 'a', text: 'Pain that does not ease in any position.', isCorrect: true },
        { id: 'b', text: 'Stiffness after a nap in a soft chair.', isCorrect: false },
        { id: 'c', text: 'A sore back the night after a long walk.', isCorrect: false },
      ],
      explanation: t(
        'Pain at night that does not ease in any position can be a sign of a rare but serious problem. Your doctor should check it.',
        'night-pain',
      ),
    },
  ],
  claims: [
    {
      id: 'poor-sleep',
      text: 'Poor sleep is listed among the behavioural yellow flags that raise the risk of long-term disability and work loss.',
      citations: [{ source: 'KENDALL_1997_YELLOW_FLAGS', section: 'behaviours (clinical.md §4.2)' }],
      verification: 'verified',
    },
    {
      id: 'sleep-and-mood',
      text: 'Trouble falling or staying asleep, or sleeping too much, is one of the nine PHQ-9 depression items.',
      citations: [{ source: 'KROENKE_2001_PHQ9', section: 'item 3 (clinical.md §3.3)' }],
      verification: 'verified',
    },
    RELAXATION_CLAIM,
    KEEP_ACTIVE_CLAIM,
    PACING_BELOW_TOLERANCE_CLAIM,
    {
      id: 'medicines-and-sleep',
      text: 'In duloxetine CLBP trials, insomnia (9–11% vs 3–5%) and somnolence (6–10% vs up to 1%) were more common than on placebo; extreme sleepiness is a warning symptom with gabapentinoids.',
      citations: [
        { source: 'DULOXETINE_POOLED_AE_2012', section: 'table 3 (clinical.md §7.2)' },
        { source: 'FDA_2019_GABAPENTINOIDS', section: 'warning symptoms (clinical.md §7.3)' },
      ],
      verification: 'verified',
    },
    {
      id: 'opioids-and-sleep',
      text: 'Sleep-disordered breathing is a risk factor for opioid-related harm for which CDC 2022 advises offering naloxone.',
      citations: [
        { source: 'CDC_2022', section: 'Rec 8' },
        { source: 'CQF_OPIOID_CDS_R4', section: 'opioid-related harms list (clinical.md §2.2)' },
      ],
      verification: 'verified',
    },
    {
      id: 'night-pain',
      text: 'Night pain that does not ease with position, unexplained weight loss and a history of cancer (the strongest flag) are red flags for spinal malignancy needing urgent review.',
      citations: [
        { source: 'AHCPR_1994_RED_FLAGS', section: 'red-flag table (clinical.md §4.1)' },
        { source: 'DOWNIE_2013_RED_FLAGS', section: 'history of cancer (clinical.md §4.1)' },
      ],
      verification: 'verified',
    },
    {
      id: 'inflammatory-pattern',
      text: 'Waking in the second half of the night because of back pain, and night pain that improves on getting up, are criteria for inflammatory back pain, which leads to rheumatology referral.',
      citations: [
        { source: 'SIEPER_2009_ASAS_IBP', section: 'ASAS and Berlin criteria (clinical.md §3.8)' },
        { source: 'NHS_BACK_PAIN_PATHWAY', section: 'inflammatory disorders (clinical.md §3.8)' },
      ],
      verification: 'verified',
    },
  ],
};
