import type { Citation } from '../../core/sources';
import { acp, benefit, defineTreatment, nice, stance, statement } from './types';

const HAYDEN: Citation = { source: 'HAYDEN_2021', section: 'main results (clinical.md §5.1)' };
const OWEN: Citation = { source: 'OWEN_2020', section: 'network meta-analysis rankings (clinical.md §5.1)' };
const WHO_POOLED: Citation = {
  source: 'WHO_2023_EXERCISE_REVIEW',
  section: 'pooled results (clinical.md §5.1)',
};
const WHO_TYPES: Citation = {
  source: 'WHO_2023_EXERCISE_REVIEW',
  section: 'exercise types (clinical.md §5.1)',
};
const WHO_HARMS: Citation = {
  source: 'WHO_2023_EXERCISE_REVIEW',
  section: 'adverse events (clinical.md §5.1)',
};
const NICE_CARE = nice('care model: self-management, stay active, group exercise (clinical.md §1.2)');
const EXERCISE_IN_GENERAL =
  'Not named on its own. NICE suggests a group exercise programme, with advice to stay active.';

export const EXERCISE_TREATMENTS = [
  defineTreatment({
    id: 'exercise-therapy',
    name: 'Exercise therapy',
    category: 'exercise',
    summary: 'Regular, planned exercise that builds up over time. One of the best-supported treatments.',
    acp2017: stance('recommended', 'A first treatment for long-term back pain (moderate-quality evidence).', [
      acp('Rec 2'),
    ]),
    niceNg59: stance(
      'conditional',
      'Suggests a group exercise programme, with advice to stay active as the basis of care.',
      [NICE_CARE],
    ),
    benefit: benefit(
      'small',
      'Small but real. Compared with no treatment or usual care, pain fell by about 15 points on a 0 to 100 scale, and daily function by about 7 points.',
      [HAYDEN, WHO_POOLED],
    ),
    harms: statement('A short rise in pain can happen at the start.', [WHO_HARMS]),
    guidelinesDisagree: false,
    agreementNote: 'Both guidelines support exercise.',
  }),
  defineTreatment({
    id: 'motor-control-exercise',
    name: 'Motor-control (core) exercise',
    category: 'exercise',
    summary: 'Training of the deep trunk muscles, then building up to everyday tasks.',
    acp2017: stance(
      'recommended',
      'Listed among the first treatments for long-term back pain (low-quality evidence).',
      [acp('Rec 2')],
    ),
    niceNg59: stance('not-addressed', EXERCISE_IN_GENERAL, [NICE_CARE]),
    benefit: benefit(
      'moderate',
      'Among the best types for daily function in one large comparison of exercise types. Certainty for single exercise types is mostly very low.',
      [OWEN, WHO_TYPES],
    ),
    harms: 'not-recorded',
    guidelinesDisagree: false,
    agreementNote: 'ACP names it. NICE supports exercise in general without naming types.',
  }),
  defineTreatment({
    id: 'pilates',
    name: 'Pilates',
    category: 'exercise',
    summary: 'Slow, controlled exercise focused on the trunk, posture and breathing.',
    acp2017: stance('not-addressed', 'Not named on its own. ACP recommends exercise in general.', [
      acp('Rec 2'),
    ]),
    niceNg59: stance('not-addressed', EXERCISE_IN_GENERAL, [NICE_CARE]),
    benefit: benefit(
      'moderate',
      'Ranked most likely to be best for pain in one large comparison of exercise types. Certainty for single exercise types is mostly very low.',
      [OWEN, WHO_TYPES],
    ),
    harms: 'not-recorded',
    guidelinesDisagree: false,
    agreementNote: 'Neither guideline names it. Both support exercise.',
  }),
  defineTreatment({
    id: 'strength-training',
    name: 'Strength (resistance) training',
    category: 'exercise',
    summary: 'Exercise against resistance, like weights, bands or body weight.',
    acp2017: stance('not-addressed', 'Not named on its own. ACP recommends exercise in general.', [
      acp('Rec 2'),
    ]),
    niceNg59: stance('not-addressed', EXERCISE_IN_GENERAL, [NICE_CARE]),
    benefit: benefit(
      'moderate',
      'Among the best types for daily function and for mental health in one large comparison. Certainty for single exercise types is mostly very low.',
      [OWEN, WHO_TYPES],
    ),
    harms: 'not-recorded',
    guidelinesDisagree: false,
    agreementNote: 'Neither guideline names it. Both support exercise.',
  }),
  defineTreatment({
    id: 'walking-aerobic',
    name: 'Walking and other aerobic exercise',
    category: 'exercise',
    summary: 'Walking, cycling, swimming and other exercise that raises your heart rate.',
    acp2017: stance('not-addressed', 'Not named on its own. ACP recommends exercise in general.', [
      acp('Rec 2'),
    ]),
    niceNg59: stance('not-addressed', EXERCISE_IN_GENERAL, [NICE_CARE]),
    benefit: benefit(
      'unclear',
      'Among the best types for mental health in one large comparison. Our sources give no separate size of benefit for pain.',
      [OWEN],
    ),
    harms: 'not-recorded',
    guidelinesDisagree: false,
    agreementNote: 'Neither guideline names it. Both support exercise.',
  }),
  defineTreatment({
    id: 'mckenzie-directional-preference',
    name: 'McKenzie (directional-preference) exercise',
    category: 'exercise',
    summary: 'Repeated movements in the one direction that eases your pain, found by a trained clinician.',
    acp2017: stance('not-addressed', 'Not named on its own. ACP recommends exercise in general.', [
      acp('Rec 2'),
    ]),
    niceNg59: stance('not-addressed', EXERCISE_IN_GENERAL, [NICE_CARE]),
    benefit: benefit(
      'unclear',
      'Mixed results. People given exercise in their own eased direction did better than people given other exercise. But in one large comparison, McKenzie was no better than no exercise.',
      [{ source: 'LONG_2004_DIRECTIONAL_PREFERENCE', section: 'results (clinical.md §5.3)' }, OWEN],
    ),
    harms: statement(
      'In one trial, about 1 in 3 people given exercise in the other direction, or no set direction, dropped out within 2 weeks. Most were not improving or were getting worse.',
      [{ source: 'LONG_2004_DIRECTIONAL_PREFERENCE', section: 'withdrawals (clinical.md §5.3)' }],
    ),
    guidelinesDisagree: false,
    agreementNote: 'Neither guideline names it. Both support exercise.',
  }),
  defineTreatment({
    id: 'stretching',
    name: 'Stretching on its own',
    category: 'exercise',
    summary: 'Exercise made up only of stretches.',
    acp2017: stance('not-addressed', 'Not named on its own. ACP recommends exercise in general.', [
      acp('Rec 2'),
    ]),
    niceNg59: stance('not-addressed', EXERCISE_IN_GENERAL, [NICE_CARE]),
    benefit: benefit('none', 'No better than no exercise in one large comparison of exercise types.', [OWEN]),
    harms: 'not-recorded',
    guidelinesDisagree: false,
    agreementNote: 'Neither guideline names it. Both support exercise in general.',
  }),
  defineTreatment({
    id: 'multidisciplinary-rehabilitation',
    name: 'Combined physical and psychological programme',
    category: 'exercise',
    summary: 'A programme that combines exercise with help for thoughts, feelings and habits, run by a team.',
    acp2017: stance('recommended', 'A first treatment for long-term back pain (moderate-quality evidence).', [
      acp('Rec 2'),
    ]),
    niceNg59: stance(
      'conditional',
      'Suggests it for people with big obstacles to recovery, or when other care has not worked.',
      [nice('care model: combined physical and psychological programme (clinical.md §1.2)')],
    ),
    benefit: benefit('unclear', 'Our sources give no size of benefit.', []),
    harms: 'not-recorded',
    guidelinesDisagree: false,
    agreementNote: 'Both support it. NICE keeps it for people who need more help.',
  }),
];
