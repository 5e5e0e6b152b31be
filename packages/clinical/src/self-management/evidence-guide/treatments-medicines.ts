import { acp, benefit, defineTreatment, nice, notInOurReference, stance, statement } from './types';

/**
 * Medicines: facts only. Nothing here tells anyone to start, stop or change a medicine;
 * the guide's screen adds "talk with your doctor or pharmacist" (see the content lint).
 */
const NICE_DRUGS_DO_NOT_OFFER = nice('drugs: do not offer (clinical.md §1.2)');
const NICE_SCIATICA_2020 = nice('sciatica, December 2020 update (clinical.md §1.2)');

export const MEDICINE_TREATMENTS = [
  defineTreatment({
    id: 'paracetamol',
    name: 'Paracetamol (acetaminophen)',
    category: 'medicine',
    summary:
      'A common pain medicine sold without a prescription. Good studies found it does not ease low back pain.',
    acp2017: stance(
      'not-recommended',
      'Not among the treatments it recommends. It found no benefit for new back pain.',
      [acp('Rec 1 (clinical.md §1.3)')],
    ),
    niceNg59: stance('not-recommended', 'Do not offer paracetamol on its own for low back pain.', [
      NICE_DRUGS_DO_NOT_OFFER,
    ]),
    benefit: benefit('none', 'No effect on pain, disability or quality of life in good-quality trials.', [
      { source: 'MACHADO_2015', section: 'low back pain trials (clinical.md §7.5)' },
    ]),
    harms: statement('In arthritis trials, abnormal liver blood tests were about four times as common.', [
      { source: 'MACHADO_2015', section: 'osteoarthritis trials (clinical.md §7.5)' },
    ]),
    guidelinesDisagree: false,
    agreementNote: 'Both guidelines leave it out.',
  }),
  defineTreatment({
    id: 'nsaids',
    name: 'Anti-inflammatory medicines (NSAIDs)',
    category: 'medicine',
    summary: 'Medicines that reduce inflammation and pain, taken as tablets.',
    acp2017: stance(
      'conditional',
      'The first medicine to consider when non-drug care has not helped enough for long-term pain. Also an option for new back pain.',
      [acp('Rec 3'), acp('Rec 1')],
    ),
    niceNg59: stance(
      'conditional',
      'Consider one, at the lowest dose for the shortest time, after weighing stomach, liver, heart and kidney risks.',
      [nice('drugs for low back pain (clinical.md §1.2)')],
    ),
    benefit: benefit(
      'small',
      'A small effect on pain, about 3 points on a 0 to 100 scale, from low-quality evidence.',
      [{ source: 'ENTHOVEN_2016', section: 'results vs placebo (clinical.md §7.1)' }],
    ),
    harms: statement(
      'Higher risk of heart attack and stroke, even in the first weeks. Stomach bleeding and ulcers, kidney problems and heart failure.',
      [
        { source: 'FDA_2015_NSAIDS', section: 'strengthened warning (clinical.md §7.1)' },
        { source: 'NSAID_US_LABELS', section: 'boxed warnings and warnings (clinical.md §7.1)' },
      ],
    ),
    guidelinesDisagree: false,
    agreementNote: 'Both allow them, with care about side effects.',
  }),
  defineTreatment({
    id: 'duloxetine',
    name: 'Duloxetine',
    category: 'medicine',
    summary: 'An antidepressant of the SNRI type that is also used for long-term pain.',
    acp2017: stance(
      'conditional',
      'A second choice, with tramadol, when non-drug care and NSAIDs have not helped enough for long-term pain.',
      [acp('Rec 3')],
    ),
    niceNg59: stance(
      'not-recommended',
      'Do not offer SSRIs, SNRIs or tricyclic antidepressants for low back pain.',
      [NICE_DRUGS_DO_NOT_OFFER],
    ),
    benefit: benefit(
      'small',
      'About 60 in 100 people on it had their pain drop by a third or more, against about 48 in 100 on dummy pills.',
      [{ source: 'ALEV_2017', section: 'responder analysis (clinical.md §7.2)' }],
    ),
    harms: statement(
      'Feeling sick in about 13 to 18 in 100 people, against about 3 in 100 on dummy pills. Dry mouth, sleepiness and poor sleep. About 15 in 100 stopped because of side effects, against about 5 in 100.',
      [
        { source: 'DULOXETINE_POOLED_AE_2012', section: 'table 3 (clinical.md §7.2)' },
        { source: 'SKLJAREVSKI_2010', section: 'discontinuation (clinical.md §7.2)' },
      ],
    ),
    guidelinesDisagree: true,
    agreementNote:
      'The guidelines clash. ACP lists duloxetine as a second-line medicine for long-term back pain. NICE says do not offer this type of antidepressant for low back pain. Trials show a small benefit over dummy pills.',
  }),
  defineTreatment({
    id: 'other-antidepressants',
    name: 'Other antidepressants (SSRIs and tricyclics)',
    category: 'medicine',
    summary: 'Other antidepressants sometimes used for pain.',
    acp2017: notInOurReference('ACP 2017'),
    niceNg59: stance(
      'not-recommended',
      'Do not offer SSRIs or tricyclic antidepressants for low back pain.',
      [NICE_DRUGS_DO_NOT_OFFER],
      'verified',
      statement(
        'For sciatica, NICE found no evidence on antidepressants, but noted they may help some people and cause less harm than long-term opioids.',
        [NICE_SCIATICA_2020],
      ),
    ),
    benefit: benefit('unclear', 'Our sources give no size of benefit for low back pain.', []),
    harms: 'not-recorded',
    guidelinesDisagree: false,
    agreementNote:
      'NICE says do not offer them for low back pain. Our reference records nothing from ACP on them.',
  }),
  defineTreatment({
    id: 'gabapentinoids',
    name: 'Gabapentin and pregabalin',
    category: 'medicine',
    summary:
      'Medicines for seizures and some nerve pain. Trials found they do not help low back pain or sciatica.',
    acp2017: stance(
      'not-recommended',
      'Not among the treatments it recommends for long-term back pain.',
      [acp('Rec 3 (clinical.md §1.3)')],
      'unverified-background',
    ),
    niceNg59: stance('not-recommended', 'Do not offer for low back pain or for sciatica (2020 update).', [
      NICE_DRUGS_DO_NOT_OFFER,
      NICE_SCIATICA_2020,
    ]),
    benefit: benefit(
      'none',
      'No better than dummy pills for back pain or sciatica in trials and a review of 9 trials.',
      [
        { source: 'MATHIESON_2017', section: 'PRECISE results (clinical.md §1.3)' },
        { source: 'ENKE_2018', section: 'meta-analysis (clinical.md §1.3)' },
      ],
    ),
    harms: statement(
      'More side effects, such as dizziness in about 40 in 100 people against 13 in 100 on dummy pills. Serious breathing problems can happen, mainly with opioids, lung disease or older age.',
      [
        { source: 'MATHIESON_2017', section: 'adverse events (clinical.md §1.3)' },
        { source: 'FDA_2019_GABAPENTINOIDS', section: 'respiratory depression (clinical.md §7.3)' },
      ],
    ),
    guidelinesDisagree: false,
    agreementNote:
      'Both leave them out. The clash is with common practice: many people are still told that nerve pain needs these medicines.',
    commonBelief: statement(
      'Many people were told that "nerve pain needs gabapentin". Older advice for nerve pain in general was applied to sciatica. NICE reversed this for sciatica in 2020, and a nerve-pain label should not lead to these medicines.',
      [NICE_SCIATICA_2020, nice('why the belief persists (clinical.md §1.3)')],
    ),
  }),
];
