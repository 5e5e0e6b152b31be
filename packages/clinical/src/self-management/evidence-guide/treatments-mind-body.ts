import type { Citation } from '../../core/sources';
import { acp, benefit, defineTreatment, nice, notInOurReference, stance, statement } from './types';

const CHERKIN_RESULTS: Citation = {
  source: 'CHERKIN_2016',
  section: 'co-primary outcomes at 26 weeks (clinical.md §5.7)',
};
const NICE_PACKAGE = nice('care model: CBT approach only within a package with exercise (clinical.md §1.2)');

export const MIND_BODY_TREATMENTS = [
  defineTreatment({
    id: 'pain-education',
    name: 'Pain education',
    category: 'psychological-and-mind-body',
    summary: 'Learning how pain works, usually in short lessons or sessions.',
    acp2017: notInOurReference('ACP 2017'),
    niceNg59: stance('recommended', 'Advice and self-management are the basis of care.', [
      nice('care model: self-management and advice (clinical.md §1.2)'),
    ]),
    benefit: benefit(
      'unclear',
      'On its own, it did not clearly ease pain. Added to exercise, it gave greater improvement, mostly in how people think and feel about pain. The studies were of low quality.',
      [
        { source: 'WOOD_HENDRICK_2019', section: 'short-term pain (clinical.md §5.6)' },
        { source: 'PNE_UMBRELLA_2023', section: 'conclusions (clinical.md §5.6)' },
      ],
    ),
    harms: 'not-recorded',
    guidelinesDisagree: false,
    agreementNote:
      'NICE makes advice and self-management the basis of care. Our reference records nothing from ACP on it.',
  }),
  defineTreatment({
    id: 'cbt',
    name: 'Cognitive behavioural therapy (CBT)',
    category: 'psychological-and-mind-body',
    summary: 'Sessions that teach ways to change unhelpful thoughts and habits about pain.',
    acp2017: stance(
      'recommended',
      'Listed among the first treatments for long-term back pain (low-quality evidence).',
      [acp('Rec 2')],
    ),
    niceNg59: stance('conditional', 'Offer only as part of a package that includes exercise.', [
      NICE_PACKAGE,
    ]),
    benefit: benefit(
      'moderate',
      'In a large trial, about 45 in 100 people had much less bother from pain at six months, against about 27 in 100 with usual care.',
      [CHERKIN_RESULTS],
    ),
    harms: 'not-recorded',
    guidelinesDisagree: false,
    agreementNote: 'Both support it. NICE adds that it should come with exercise.',
  }),
  defineTreatment({
    id: 'mbsr',
    name: 'Mindfulness-based stress reduction (MBSR)',
    category: 'psychological-and-mind-body',
    summary:
      'An 8-week course in mindfulness: paying attention to the present moment, including to pain, without judging.',
    acp2017: stance('recommended', 'A first treatment for long-term back pain (moderate-quality evidence).', [
      acp('Rec 2'),
    ]),
    niceNg59: notInOurReference('NICE NG59'),
    benefit: benefit(
      'moderate',
      'In a large trial, about 44 in 100 people had much less bother from pain at six months, against about 27 in 100 with usual care. Results were close to CBT.',
      [CHERKIN_RESULTS, { source: 'CHERKIN_2016', section: 'MBSR vs CBT (clinical.md §5.7)' }],
    ),
    harms: 'not-recorded',
    guidelinesDisagree: false,
    agreementNote: 'ACP recommends it. Our reference records nothing from NICE on it.',
  }),
  defineTreatment({
    id: 'progressive-relaxation',
    name: 'Progressive relaxation',
    category: 'psychological-and-mind-body',
    summary: 'Tensing and then letting go of muscle groups, one at a time.',
    acp2017: stance(
      'recommended',
      'Listed among the first treatments for long-term back pain (low-quality evidence).',
      [acp('Rec 2')],
    ),
    niceNg59: notInOurReference('NICE NG59'),
    benefit: benefit('unclear', 'Our sources give no size of benefit.', []),
    harms: 'not-recorded',
    guidelinesDisagree: false,
    agreementNote: 'ACP lists it. Our reference records nothing from NICE on it.',
  }),
  defineTreatment({
    id: 'yoga',
    name: 'Yoga',
    category: 'psychological-and-mind-body',
    summary: 'Poses, breathing and relaxation done together.',
    acp2017: stance(
      'recommended',
      'Listed among the first treatments for long-term back pain (low-quality evidence).',
      [acp('Rec 2')],
    ),
    niceNg59: notInOurReference('NICE NG59'),
    benefit: benefit(
      'small',
      'Small gains in pain and function compared with no exercise, mostly too small to notice. About the same as other back exercise.',
      [{ source: 'WIELAND_2022', section: 'main results (clinical.md §5.8)' }],
    ),
    harms: statement(
      'Side effects were about the same as with other exercise. A short rise in pain can happen.',
      [
        { source: 'WIELAND_2022', section: 'adverse events (clinical.md §5.8)' },
        { source: 'WHO_2023_EXERCISE_REVIEW', section: 'adverse events (clinical.md §5.1)' },
      ],
    ),
    guidelinesDisagree: false,
    agreementNote: 'ACP lists it. Our reference records nothing from NICE on it.',
  }),
  defineTreatment({
    id: 'tai-chi',
    name: 'Tai chi',
    category: 'psychological-and-mind-body',
    summary: 'Slow, flowing movements with steady breathing and focus.',
    acp2017: stance(
      'recommended',
      'Listed among the first treatments for long-term back pain (low-quality evidence).',
      [acp('Rec 2')],
    ),
    niceNg59: notInOurReference('NICE NG59'),
    benefit: benefit(
      'moderate',
      'Had the largest effect on pain of the mindful exercises studied: a moderate effect compared with control groups.',
      [{ source: 'ZOU_2019', section: 'tai chi (clinical.md §5.8)' }],
    ),
    harms: 'not-recorded',
    guidelinesDisagree: false,
    agreementNote: 'ACP lists it. Our reference records nothing from NICE on it.',
  }),
];
