import { sourcedText as t } from '../claims';
import type { PainLesson } from './types';

/** Lesson 1: how back pain works. Pain education is paired with exercise (clinical.md §5.6). */
export const HOW_PAIN_WORKS_LESSON: PainLesson = {
  id: 'lesson-how-pain-works',
  topic: 'how-pain-works',
  title: 'How back pain works',
  estimatedMinutes: 4,
  summary: 'Why back pain happens, and what it does and does not mean.',
  sections: [
    {
      heading: 'Your pain is real',
      paragraphs: [
        t(
          'Your pain is real. This lesson does not say it is all in your head. It explains what pain is, so you can feel more in charge.',
        ),
        t(
          'Pain is like an alarm. It tells you to protect a part of your body. But an alarm can be loud even when there is little danger.',
        ),
      ],
    },
    {
      heading: 'What causes back pain?',
      paragraphs: [
        t(
          'For most people, doctors cannot find one damaged part that causes the pain. Only a few people have a clear cause, like a broken bone, an infection or cancer.',
          'no-single-cause',
        ),
        t(
          'Many things can turn pain up or down. Poor sleep, stress, worry and low mood can all play a part. So can staying away from things you used to do.',
          'many-factors',
        ),
      ],
    },
    {
      heading: 'Will it get better?',
      paragraphs: [
        t(
          'Back pain is very common. It is the top cause of disability in the world. You are far from alone.',
          'common',
        ),
        t(
          'Most new bouts of back pain get better fast. Pain often comes back later, and for some people it lasts.',
          'course',
        ),
        t(
          'Studies that followed people over time found that most change came in the first six weeks. After that, change was slower. Many people still had some pain a year later.',
          'time-course',
        ),
      ],
    },
    {
      heading: 'Hurt does not always mean harm',
      paragraphs: [
        t(
          'Some beliefs make pain harder to live with. One is that pain always means harm. Another is that the pain will never get better. Both are linked to pain that lasts longer.',
          'beliefs',
        ),
        t(
          'Learning how pain works helps most when you also move more. That is why this app pairs each lesson with exercise.',
          'education-with-exercise',
        ),
      ],
    },
  ],
  keyTakeaways: [
    t('Your pain is real.'),
    t('For most people, no single damaged part causes back pain.', 'no-single-cause'),
    t('Sleep, stress, mood and activity can turn pain up or down.', 'many-factors'),
    t('Learning about pain works best when you also move.', 'education-with-exercise'),
  ],
  check: [
    {
      id: 'cause',
      question: 'For most people with back pain, can doctors find one damaged part that causes it?',
      options: [
        { id: 'a', text: 'Yes, almost always.', isCorrect: false },
        { id: 'b', text: 'No. For most people, no single cause is found.', isCorrect: true },
        { id: 'c', text: 'Only when the pain is very bad.', isCorrect: false },
      ],
      explanation: t(
        'For most people, no single damaged part can be found. A clear cause, like a broken bone or an infection, is rare.',
        'no-single-cause',
      ),
    },
    {
      id: 'belief',
      question: 'Which belief is linked to back pain that lasts longer?',
      options: [
        { id: 'a', text: 'Pain always means my back is being harmed.', isCorrect: true },
        { id: 'b', text: 'Pain can go up and down from day to day.', isCorrect: false },
        { id: 'c', text: 'Gentle movement can be good for my back.', isCorrect: false },
      ],
      explanation: t(
        'Thinking that pain always means harm is linked to pain that lasts longer. Hurt and harm are not the same thing.',
        'beliefs',
      ),
    },
    {
      id: 'pairing',
      question: 'When do lessons about pain help most?',
      options: [
        { id: 'a', text: 'When you read them instead of doing exercise.', isCorrect: false },
        { id: 'b', text: 'When you read them along with moving more.', isCorrect: true },
        { id: 'c', text: 'Only on days when the pain is bad.', isCorrect: false },
      ],
      explanation: t(
        'Studies found that learning about pain helps more when it comes with exercise. On its own, it did not clearly ease pain.',
        'education-with-exercise',
      ),
    },
  ],
  claims: [
    {
      id: 'no-single-cause',
      text: 'A specific cause cannot be found for nearly everyone with low back pain; only a small share have a well-understood cause such as vertebral fracture, malignancy or infection.',
      citations: [{ source: 'HARTVIGSEN_2018', section: 'key findings (clinical.md §1.4)' }],
      verification: 'verified',
    },
    {
      id: 'many-factors',
      text: 'Poor sleep, distress, low mood, worry and withdrawal from daily activity are psychosocial factors that raise the risk of long-term disability; distress predicts persistent disabling pain.',
      citations: [
        { source: 'KENDALL_1997_YELLOW_FLAGS', section: 'behaviours and emotions (clinical.md §4.2)' },
        { source: 'HARTVIGSEN_2018', section: 'predictors of persistence (clinical.md §1.4)' },
      ],
      verification: 'verified',
    },
    {
      id: 'common',
      text: 'Low back pain is the leading cause of disability worldwide.',
      citations: [{ source: 'HARTVIGSEN_2018', section: 'key findings (clinical.md §1.4)' }],
      verification: 'verified',
    },
    {
      id: 'course',
      text: 'Most new episodes of low back pain recover quickly, recurrence is common, and in a minority the pain becomes persistent and disabling.',
      citations: [{ source: 'HARTVIGSEN_2018', section: 'key findings (clinical.md §1.4)' }],
      verification: 'verified',
    },
    {
      id: 'time-course',
      text: 'In inception cohorts, most improvement in pain happened in the first 6 weeks and then slowed; low-to-moderate pain often remained at 1 year.',
      citations: [{ source: 'COSTA_2012', section: 'pooled course of pain (clinical.md §6.1)' }],
      verification: 'verified',
    },
    {
      id: 'beliefs',
      text: 'Believing that pain means harm is a yellow flag for long-term disability, and believing the back pain will persist predicted a poor outcome at 6 months.',
      citations: [
        { source: 'KENDALL_1997_YELLOW_FLAGS', section: 'beliefs (clinical.md §4.2)' },
        { source: 'CAMPBELL_2013', section: 'expectations (clinical.md §6.3)' },
      ],
      verification: 'verified',
    },
    {
      id: 'education-with-exercise',
      text: 'Pain neuroscience education added to exercise or multimodal care gives greater improvement; education alone did not clearly improve pain.',
      citations: [
        { source: 'PNE_UMBRELLA_2023', section: 'conclusions (clinical.md §5.6)' },
        { source: 'WOOD_HENDRICK_2019', section: 'short-term pain (clinical.md §5.6)' },
      ],
      verification: 'verified',
    },
  ],
};
