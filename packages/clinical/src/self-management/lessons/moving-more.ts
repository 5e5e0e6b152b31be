import { sourcedText as t } from '../claims';
import { PACING_BELOW_TOLERANCE_CLAIM, WARNING_SIGNS_CLAIM } from './shared-claims';
import type { PainLesson } from './types';

/** Lesson 2: why movement helps (ACP 2017 Rec 2; NICE NG59; clinical.md §5.1). */
export const WHY_MOVEMENT_HELPS_LESSON: PainLesson = {
  id: 'lesson-why-movement-helps',
  topic: 'why-movement-helps',
  title: 'Why movement helps',
  estimatedMinutes: 4,
  summary: 'How exercise fits into your plan, and what to expect when you start.',
  sections: [
    {
      heading: 'Movement comes first',
      paragraphs: [
        t(
          'Guidelines for long-term back pain put exercise near the top of the list. They suggest trying it before medicines.',
          'guidelines-first',
        ),
        t(
          'In many studies, people who exercised had less pain and could do a bit more than people who did not. The gain was modest, but real.',
          'exercise-effect',
        ),
      ],
    },
    {
      heading: 'Which exercise is best?',
      paragraphs: [
        t(
          'There is no single best type. In one large review, strength work, Pilates and core control did well. Yoga and tai chi helped in other studies.',
          'types',
        ),
        t('So the best exercise is one you like and will keep doing.'),
      ],
    },
    {
      heading: 'Is it okay if it feels sore?',
      paragraphs: [
        t(
          'A short rise in pain can happen when you start a new exercise. It is common and it does not last.',
          'soreness',
        ),
        t('Start small and build up slowly. The pacing lesson shows you how.'),
        t(
          'Get help right away if you have new bladder or bowel problems, numbness between your legs, or legs that are getting weaker.',
          'warning-signs',
        ),
      ],
    },
    {
      heading: 'Keeping going',
      paragraphs: [
        t(
          'Many people find it hard to keep up home exercise. You are not alone if you miss days. Short, simple plans are easier to stick with.',
          'adherence',
        ),
        t('Missing a day is not failing. Pick up again the next day.'),
      ],
    },
  ],
  keyTakeaways: [
    t('Exercise is one of the first things to try for long-term back pain.', 'guidelines-first'),
    t('No one type of exercise is best. Pick one you will keep doing.', 'types'),
    t('A little extra soreness at the start is common.', 'soreness'),
    t('Some warning signs need help right away.', 'warning-signs'),
  ],
  check: [
    {
      id: 'first',
      question: 'What do guidelines suggest first for long-term back pain?',
      options: [
        { id: 'a', text: 'Exercise and other care without medicines.', isCorrect: true },
        { id: 'b', text: 'Rest in bed until the pain is gone.', isCorrect: false },
        { id: 'c', text: 'Strong pain medicines.', isCorrect: false },
      ],
      explanation: t(
        'Guidelines put exercise and other care without medicines first for long-term back pain.',
        'guidelines-first',
      ),
    },
    {
      id: 'soreness',
      question: 'You feel a bit more sore after a new exercise. What does this usually mean?',
      options: [
        { id: 'a', text: 'My back is damaged.', isCorrect: false },
        { id: 'b', text: 'A short rise in soreness is common when I start.', isCorrect: true },
        { id: 'c', text: 'I should never exercise again.', isCorrect: false },
      ],
      explanation: t(
        'A short rise in pain is common with new exercise. Start small and build up slowly.',
        'soreness',
      ),
    },
    {
      id: 'warning',
      question: 'Which of these needs help right away?',
      options: [
        { id: 'a', text: 'New trouble controlling your bladder.', isCorrect: true },
        { id: 'b', text: 'Feeling stiff after sitting for a long time.', isCorrect: false },
        { id: 'c', text: 'Tired muscles after a walk.', isCorrect: false },
      ],
      explanation: t(
        'New bladder or bowel problems can be a sign of a rare but serious nerve problem. Get help right away.',
        'warning-signs',
      ),
    },
  ],
  claims: [
    {
      id: 'guidelines-first',
      text: 'For chronic low back pain, ACP 2017 recommends starting with non-drug care, with moderate-quality evidence for exercise; NICE NG59 makes self-management, advice to stay active and exercise the basis of care.',
      citations: [
        { source: 'ACP_2017', section: 'Rec 2' },
        { source: 'NICE_NG59', section: 'care model (clinical.md §1.2)' },
      ],
      verification: 'verified',
    },
    {
      id: 'exercise-effect',
      text: 'Against no treatment, usual care or placebo, exercise improved pain by about 15/100 and function by about 7/100 (moderate certainty); pooled exercise probably reduces pain and functional limitation.',
      citations: [
        { source: 'HAYDEN_2021', section: 'main results (clinical.md §5.1)' },
        { source: 'WHO_2023_EXERCISE_REVIEW', section: 'pooled results (clinical.md §5.1)' },
      ],
      verification: 'verified',
    },
    {
      id: 'types',
      text: 'Pilates ranked best for pain and resistance and motor-control exercise best for function in a network meta-analysis; evidence for single exercise types is mostly very low certainty; tai chi and yoga reduced pain compared with controls.',
      citations: [
        { source: 'OWEN_2020', section: 'rankings (clinical.md §5.1)' },
        { source: 'WHO_2023_EXERCISE_REVIEW', section: 'exercise types (clinical.md §5.1)' },
        { source: 'ZOU_2019', section: 'mindful exercise (clinical.md §5.8)' },
      ],
      verification: 'verified',
    },
    {
      id: 'soreness',
      text: 'A temporary minor increase in pain can occur with mixed exercise and yoga.',
      citations: [{ source: 'WHO_2023_EXERCISE_REVIEW', section: 'adverse events (clinical.md §5.1)' }],
      verification: 'verified',
    },
    WARNING_SIGNS_CLAIM,
    {
      id: 'adherence',
      text: 'Up to 70% of people with chronic low back pain do not do their prescribed home exercise; the number of exercises prescribed predicted how often people did them.',
      citations: [
        { source: 'BEINART_2013', section: 'non-adherence (clinical.md §6.2)' },
        { source: 'MEDINA_MIRAPEIX_2009', section: 'predictors (clinical.md §6.2)' },
      ],
      verification: 'verified',
    },
  ],
};

/** Lesson 3: pacing and graded activity (clinical.md §5.4). */
export const PACING_LESSON: PainLesson = {
  id: 'lesson-pacing',
  topic: 'pacing',
  title: 'Pacing: steady steps instead of boom and bust',
  estimatedMinutes: 4,
  summary: 'How to plan activity so good days do not lead to bad days.',
  sections: [
    {
      heading: 'Boom and bust',
      paragraphs: [
        t(
          'On a good day, it is tempting to do a lot. Then pain flares up, and you rest for days. This is called boom and bust.',
        ),
        t(
          'Pacing breaks this cycle. You plan how much to do, and you keep to it on good days and bad days. You set the amount a bit below what you can manage, so activity does not set off a flare.',
          'below-tolerance',
        ),
      ],
    },
    {
      heading: 'Find your starting point',
      paragraphs: [
        t(
          'Pick one activity, like walking. Think of how long you can do it on a good day, and on a bad day.',
        ),
        t(
          'Start at about halfway between the two. Say you can walk 20 minutes on a good day and 5 minutes on a bad day. Then start at about 12 minutes.',
          'starting-point',
        ),
      ],
    },
    {
      heading: 'Stop at your plan, not at your pain',
      paragraphs: [
        t(
          'Stop when you reach your planned amount, even if you feel you could do more. This is the key step.',
          'plan-not-pain',
        ),
        t('Then build up in small steps from week to week.', 'step-by-step'),
      ],
    },
    {
      heading: 'Keep track',
      paragraphs: [
        t(
          'Write down what you did each day. Seeing your progress on a chart can help keep you going.',
          'charts',
        ),
        t(
          'Your plan is about what you do, not about how much it hurts. You do not need to wait for the pain to go.',
          'plan-not-pain',
        ),
      ],
    },
  ],
  keyTakeaways: [
    t('Plan how much to do, and keep to it on good and bad days.', 'below-tolerance'),
    t('Start at about halfway between a good day and a bad day.', 'starting-point'),
    t('Stop at your planned amount, then build up slowly.', 'plan-not-pain', 'step-by-step'),
  ],
  check: [
    {
      id: 'start',
      question: 'On a good day you can walk for 20 minutes. On a bad day, 5 minutes. Where could you start?',
      options: [
        { id: 'a', text: 'About 12 minutes.', isCorrect: true },
        { id: 'b', text: '20 minutes.', isCorrect: false },
        { id: 'c', text: '30 minutes.', isCorrect: false },
      ],
      explanation: t(
        'Start at about halfway between a good day and a bad day. Then build up slowly.',
        'starting-point',
      ),
    },
    {
      id: 'stop',
      question: 'With pacing, when do you stop?',
      options: [
        { id: 'a', text: 'When I reach my planned amount.', isCorrect: true },
        { id: 'b', text: 'Only when the pain gets too bad.', isCorrect: false },
        { id: 'c', text: 'Never. I push through.', isCorrect: false },
      ],
      explanation: t(
        'You stop at your planned amount, even if you could do more. That way good days do not turn into bad days.',
        'plan-not-pain',
      ),
    },
  ],
  claims: [
    PACING_BELOW_TOLERANCE_CLAIM,
    {
      id: 'starting-point',
      text: 'A pacing baseline can average the tolerated duration on a good and a bad day: walking 20 and 5 minutes gives a start of about 12.5 minutes.',
      citations: [{ source: 'NIELSON_2013_PACING', section: 'example baseline (clinical.md §5.4)' }],
      verification: 'verified',
    },
    {
      id: 'plan-not-pain',
      text: 'In graded activity, exercise and activity are time- or quota-contingent, not pain-contingent: the patient stops at the preset quota even if able to continue.',
      citations: [{ source: 'SIEMONSMA_GRADED_ACTIVITY', section: 'operant approach (clinical.md §5.4)' }],
      verification: 'verified',
    },
    {
      id: 'step-by-step',
      text: 'In graded activity, quotas rise step by step.',
      citations: [{ source: 'SIEMONSMA_GRADED_ACTIVITY', section: 'operant approach (clinical.md §5.4)' }],
      verification: 'verified',
    },
    {
      id: 'charts',
      text: 'In graded activity, progress is reinforced, for example with charts and praise.',
      citations: [{ source: 'SIEMONSMA_GRADED_ACTIVITY', section: 'operant approach (clinical.md §5.4)' }],
      verification: 'verified',
    },
  ],
};
