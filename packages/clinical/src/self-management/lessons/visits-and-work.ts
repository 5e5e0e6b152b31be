import { sourcedText as t } from '../claims';
import { KEEP_ACTIVE_CLAIM, PACING_BELOW_TOLERANCE_CLAIM, WARNING_SIGNS_CLAIM } from './shared-claims';
import type { PainLesson } from './types';

/** Lesson 8: talking with clinicians (products.md §4 #1: patients want a report for their doctor). */
export const TALKING_WITH_CLINICIANS_LESSON: PainLesson = {
  id: 'lesson-talking-with-clinicians',
  topic: 'talking-with-clinicians',
  title: 'Getting the most from a visit',
  estimatedMinutes: 4,
  summary: 'What to tell your clinician, and good questions to ask.',
  sections: [
    {
      heading: 'Plan ahead',
      paragraphs: [
        t('Visits can be short. Plan ahead so you can say what matters most.'),
        t(
          'Use the visit planner in this app. It turns your notes into a one-page summary. You can print it or show it on your phone.',
        ),
      ],
    },
    {
      heading: 'What to tell your clinician',
      paragraphs: [
        t('Say where the pain is, how strong it is from 0 to 10, and what makes it better or worse.'),
        t(
          'Say what the pain stops you doing, like work, sleep or time with family. Pain scores used in clinics ask about this too, not just about how much it hurts.',
          'function',
        ),
        t(
          'Tell them how your pain has changed. A drop of 2 points out of 10, or about a third, counts as a real change.',
          'meaningful-change',
        ),
        t(
          'Always mention new warning signs, like bladder or bowel changes, numbness between your legs, or legs getting weaker.',
          'warning-signs',
        ),
      ],
    },
    {
      heading: 'Questions to ask',
      paragraphs: [
        t(
          'Good questions include: What do you think is causing my pain? What are the likely benefits and risks of this treatment for me? How long until I should see a change? What can I do myself?',
          'benefits-and-risks',
        ),
        t(
          'Before an opioid is started, your clinician should talk with you about its benefits and risks. You should also agree on goals and on a plan for stopping it if it does not help enough.',
          'opioid-talk',
        ),
        t(
          'Guidelines do not always agree. It is fair to ask which advice your clinician follows, and why.',
          'guidelines-differ',
        ),
      ],
    },
    {
      heading: 'Share the decisions',
      paragraphs: [
        t(
          'You are the expert on your life and your goals. Your clinician knows the treatments. Good decisions use both.',
        ),
      ],
    },
  ],
  keyTakeaways: [
    t('Say what pain stops you doing, not just how strong it is.', 'function'),
    t('Ask about the benefits and risks of any treatment for you.', 'benefits-and-risks'),
    t('Bring your visit summary.'),
  ],
  check: [
    {
      id: 'useful',
      question: 'Which is most useful to tell your clinician?',
      options: [
        { id: 'a', text: 'What the pain stops me doing, and what I want to get back to.', isCorrect: true },
        { id: 'b', text: 'Only that it hurts.', isCorrect: false },
        { id: 'c', text: 'Nothing. They will know what to do.', isCorrect: false },
      ],
      explanation: t(
        'How pain affects your life matters as much as how strong it is. Pain scores used in clinics ask about both.',
        'function',
      ),
    },
    {
      id: 'change',
      question: 'How big a drop in pain counts as a real change?',
      options: [
        { id: 'a', text: 'About 2 points out of 10, or about a third.', isCorrect: true },
        { id: 'b', text: 'Half a point.', isCorrect: false },
        { id: 'c', text: 'Only a drop all the way to 0.', isCorrect: false },
      ],
      explanation: t(
        'A drop of about 2 points out of 10, or about a third, counts as a real change.',
        'meaningful-change',
      ),
    },
  ],
  claims: [
    {
      id: 'function',
      text: 'The PEG scale rates pain intensity together with interference with enjoyment of life and general activity.',
      citations: [{ source: 'KREBS_2009_PEG', section: 'items (clinical.md §3.2)' }],
      verification: 'verified',
    },
    {
      id: 'meaningful-change',
      text: 'A fall of about 2 points on the 0–10 scale, or 30% from baseline, is a moderately important, minimal important change in pain.',
      citations: [
        { source: 'IMMPACT_2008', section: 'clinical importance (clinical.md §3.1)' },
        { source: 'OSTELO_2008', section: 'minimal important change (clinical.md §3.1)' },
      ],
      verification: 'verified',
    },
    WARNING_SIGNS_CLAIM,
    {
      id: 'benefits-and-risks',
      text: 'Guidelines ask clinicians to discuss known risks and realistic benefits with the patient before treatments such as opioids are chosen.',
      citations: [
        { source: 'ACP_2017', section: 'Rec 3' },
        { source: 'CDC_2022', section: 'Rec 1 and Rec 2' },
      ],
      verification: 'verified',
    },
    {
      id: 'opioid-talk',
      text: 'Before starting an opioid for subacute or chronic pain, clinicians should discuss benefits and risks, agree pain and function goals, and plan how to stop if benefit does not outweigh risk.',
      citations: [{ source: 'CDC_2022', section: 'Rec 2' }],
      verification: 'verified',
    },
    {
      id: 'guidelines-differ',
      text: 'ACP 2017 and NICE NG59 disagree on acupuncture and on duloxetine for low back pain.',
      citations: [
        { source: 'ACP_2017', section: 'Rec 2 and Rec 3' },
        { source: 'NICE_NG59', section: 'do not offer list (clinical.md §1.3)' },
      ],
      verification: 'verified',
    },
  ],
};

/** Lesson 9: work and activity (yellow flags about work, clinical.md §4.2; graded activity, §5.4). */
export const WORK_AND_ACTIVITY_LESSON: PainLesson = {
  id: 'lesson-work-and-activity',
  topic: 'work-and-activity',
  title: 'Back to work and the things you enjoy',
  estimatedMinutes: 4,
  summary: 'How to get back to work, hobbies and time with others, step by step.',
  sections: [
    {
      heading: 'You do not need to wait for zero pain',
      paragraphs: [
        t('Keeping up your normal activities is one of the basics of back pain care.', 'keep-active'),
        t(
          'Many people think the pain must be gone before they go back to work. But this belief is linked to more time off and more disability.',
          'pain-free-belief',
        ),
        t(
          'Some things about work are linked to back pain lasting longer. Examples are dull, repeated tasks, heavy manual work, or a boss who does not support you.',
          'work-factors',
        ),
      ],
    },
    {
      heading: 'Plan your return',
      paragraphs: [
        t(
          'Talk with your employer about a step-by-step return. You might start with fewer hours or lighter tasks. Then build up a little at a time.',
          'step-by-step',
        ),
        t(
          'Use pacing at work too. Plan tasks and breaks, and stick to the plan on good days and bad days.',
          'below-tolerance',
        ),
      ],
    },
    {
      heading: 'Get back to what you enjoy',
      paragraphs: [
        t(
          'Doing things you enjoy matters. Giving them up is linked to low mood and to pain lasting longer.',
          'withdrawal',
        ),
        t(
          'Pick one thing you miss, like gardening, a hobby or time with friends. Break it into small steps. Then set a goal for this week with the goal planner.',
        ),
      ],
    },
  ],
  keyTakeaways: [
    t('You do not need to be pain-free to go back to work or hobbies.', 'pain-free-belief'),
    t('Build back up in small steps, with breaks planned ahead.', 'step-by-step'),
    t('Keep doing things you enjoy.', 'withdrawal'),
  ],
  check: [
    {
      id: 'pain-free',
      question: 'Do you need to be pain-free before going back to work?',
      options: [
        { id: 'a', text: 'Yes, always.', isCorrect: false },
        { id: 'b', text: 'No. Waiting for the pain to be gone is linked to more time off.', isCorrect: true },
        { id: 'c', text: 'Only if my job is easy.', isCorrect: false },
      ],
      explanation: t(
        'Believing the pain must be gone before going back to work is linked to more time off and more disability.',
        'pain-free-belief',
      ),
    },
    {
      id: 'return',
      question: 'What is a good way to get back to an activity?',
      options: [
        { id: 'a', text: 'Do all of it on the first day.', isCorrect: false },
        { id: 'b', text: 'Small steps that grow over time.', isCorrect: true },
        { id: 'c', text: 'Wait until the pain is zero.', isCorrect: false },
      ],
      explanation: t(
        'Building up step by step, with a plan you keep on good and bad days, is the idea behind graded activity.',
        'step-by-step',
      ),
    },
  ],
  claims: [
    KEEP_ACTIVE_CLAIM,
    {
      id: 'pain-free-belief',
      text: 'The belief that pain must go before returning to work is a yellow flag for long-term disability and work loss.',
      citations: [{ source: 'KENDALL_1997_YELLOW_FLAGS', section: 'beliefs (clinical.md §4.2)' }],
      verification: 'verified',
    },
    {
      id: 'work-factors',
      text: 'Manual work, monotonous work and an unsupportive employer are work yellow flags for long-term disability.',
      citations: [{ source: 'KENDALL_1997_YELLOW_FLAGS', section: 'work (clinical.md §4.2)' }],
      verification: 'verified',
    },
    {
      id: 'step-by-step',
      text: 'In graded activity, activity quotas are time- or quota-contingent and rise step by step.',
      citations: [{ source: 'SIEMONSMA_GRADED_ACTIVITY', section: 'operant approach (clinical.md §5.4)' }],
      verification: 'verified',
    },
    PACING_BELOW_TOLERANCE_CLAIM,
    {
      id: 'withdrawal',
      text: 'Withdrawal from daily activities, social withdrawal and loss of enjoyment are yellow flags for long-term disability.',
      citations: [
        { source: 'KENDALL_1997_YELLOW_FLAGS', section: 'behaviours and emotions (clinical.md §4.2)' },
      ],
      verification: 'verified',
    },
  ],
};
