import { sourcedText as t } from '../claims';
import type { PainLesson } from './types';

/** Lesson 6: stress, mood and pain (yellow flags, clinical.md §4.2; CBT and MBSR, §5.7). */
export const STRESS_AND_MOOD_LESSON: PainLesson = {
  id: 'lesson-stress-and-mood',
  topic: 'stress-and-mood',
  title: 'Stress, mood and pain',
  estimatedMinutes: 5,
  summary: 'How stress and mood are linked to pain, and the skills that can help.',
  sections: [
    {
      heading: 'Pain and stress are linked',
      paragraphs: [
        t(
          'Living with pain can be stressful. Stress, worry and low mood are linked to pain that lasts longer.',
          'distress',
        ),
        t(
          'This does not mean the pain is imagined. It means your mind and body are linked. So caring for both makes sense.',
        ),
        t(
          'Fear of moving is common with back pain. But staying away from activity is linked to more trouble later.',
          'fear',
        ),
      ],
    },
    {
      heading: 'Skills that can help',
      paragraphs: [
        t(
          'In a large trial, adults with long-term back pain went to 8 weekly group classes. Some learned mindfulness. Others learned CBT, which teaches ways to change unhelpful thoughts and habits.',
          'trial-design',
        ),
        t(
          'After six months, about 44 in 100 people in each class had much less bother from pain. With usual care, it was about 27 in 100.',
          'trial-result',
        ),
        t(
          'Guidelines list mindfulness, CBT and relaxation among the first things to try for long-term back pain. NICE says these skills should come with exercise, not on their own.',
          'guidelines',
        ),
      ],
    },
    {
      heading: 'Try it today',
      paragraphs: [
        t(
          'The breathing and body scan practices in this app use ideas from mindfulness. Each takes only a few minutes.',
        ),
        t(
          'Notice one thought about your pain today. Ask yourself: is this thought helpful? What would I say to a friend who had it?',
        ),
      ],
    },
    {
      heading: 'If you feel very low',
      paragraphs: [
        t(
          'Feeling down most days, or losing interest in things you used to enjoy, can be signs of depression. Tell your doctor if this is you.',
          'low-mood-signs',
        ),
        t(
          'If you have thoughts of hurting yourself, get help now. Call your local emergency number or a crisis line.',
          'self-harm-safety',
        ),
      ],
    },
  ],
  keyTakeaways: [
    t('Stress and low mood are linked to pain lasting longer. Your pain is still real.', 'distress'),
    t('Mindfulness, CBT and relaxation are among the first things guidelines suggest.', 'guidelines'),
    t('Tell your doctor if you feel down most days.', 'low-mood-signs'),
  ],
  check: [
    {
      id: 'trial',
      question: 'What did a large trial find about mindfulness and CBT classes for back pain?',
      options: [
        { id: 'a', text: 'More people had less bother from pain than with usual care.', isCorrect: true },
        { id: 'b', text: 'The classes made pain worse.', isCorrect: false },
        { id: 'c', text: 'The classes only helped people whose pain was imagined.', isCorrect: false },
      ],
      explanation: t(
        'More people in the mindfulness and CBT classes had much less bother from pain than people with usual care.',
        'trial-result',
      ),
    },
    {
      id: 'meaning',
      question: 'Stress and low mood are linked to back pain lasting longer. What does this mean?',
      options: [
        { id: 'a', text: 'The pain is imagined.', isCorrect: false },
        { id: 'b', text: 'Mind and body are linked, so caring for both makes sense.', isCorrect: true },
        { id: 'c', text: 'Nothing can be done about it.', isCorrect: false },
      ],
      explanation: t(
        'Your pain is real. Mind and body are linked, and guidelines suggest care for both, like exercise with mindfulness or CBT.',
        'distress',
        'guidelines',
      ),
    },
  ],
  claims: [
    {
      id: 'distress',
      text: 'Psychological distress predicts persistent disabling low back pain; psychiatric comorbidity and maladaptive coping predict persistence; anxiety and low mood are yellow flags.',
      citations: [
        { source: 'HARTVIGSEN_2018', section: 'predictors of persistence (clinical.md §1.4)' },
        { source: 'CHOU_2010_PROGNOSIS', section: 'prognostic weights (clinical.md §4.2)' },
        { source: 'KENDALL_1997_YELLOW_FLAGS', section: 'emotions (clinical.md §4.2)' },
      ],
      verification: 'verified',
    },
    {
      id: 'fear',
      text: 'Fear of movement and avoiding activity are yellow flags; low fear-avoidance predicts recovery (LR 0.39).',
      citations: [
        { source: 'KENDALL_1997_YELLOW_FLAGS', section: 'emotions and behaviours (clinical.md §4.2)' },
        { source: 'CHOU_2010_PROGNOSIS', section: 'prognostic weights (clinical.md §4.2)' },
      ],
      verification: 'verified',
    },
    {
      id: 'trial-design',
      text: '342 adults with chronic low back pain were randomised to MBSR, CBT or usual care; MBSR and CBT were 8 weekly 2-hour group sessions.',
      citations: [{ source: 'CHERKIN_2016', section: 'design (clinical.md §5.7)' }],
      verification: 'verified',
    },
    {
      id: 'trial-result',
      text: 'At 26 weeks about 43.6% (MBSR) and 44.9% (CBT) had at least 30% improvement in pain bothersomeness, against about 26.6% with usual care.',
      citations: [{ source: 'CHERKIN_2016', section: 'co-primary outcomes (clinical.md §5.7)' }],
      verification: 'verified',
    },
    {
      id: 'guidelines',
      text: 'ACP 2017 lists MBSR (moderate-quality evidence), CBT and progressive relaxation among first treatments for chronic low back pain; NICE NG59 offers psychological therapy with a CBT approach only within a package that includes exercise.',
      citations: [
        { source: 'ACP_2017', section: 'Rec 2' },
        { source: 'NICE_NG59', section: 'care model (clinical.md §1.2)' },
      ],
      verification: 'verified',
    },
    {
      id: 'low-mood-signs',
      text: 'Feeling down, depressed or hopeless, and little interest or pleasure in doing things, are the two PHQ-2 depression screening items.',
      citations: [{ source: 'KROENKE_2003_PHQ2', section: 'items (clinical.md §3.3)' }],
      verification: 'verified',
    },
    {
      id: 'self-harm-safety',
      text: 'Any thought of self-harm (PHQ-9 item 9) must trigger a safety response, whatever the rest of the score.',
      citations: [
        { source: 'KROENKE_2001_PHQ9', section: 'item 9 (clinical.md §3.3)' },
        { source: 'KTC_QUESTIONNAIRE_STARTERS', section: 'PHQ-9 safety item (clinical.md §3.3)' },
      ],
      verification: 'verified',
    },
  ],
};
