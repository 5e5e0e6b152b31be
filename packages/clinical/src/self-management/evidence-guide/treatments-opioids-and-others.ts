import { acp, benefit, defineTreatment, nice, notInOurReference, stance, statement } from './types';

const NICE_DRUGS_DO_NOT_OFFER = nice('drugs: do not offer (clinical.md §1.2)');
const NICE_SCIATICA_2020 = nice('sciatica, December 2020 update (clinical.md §1.2)');
const OPIOID_RISKS = [
  { source: 'CDC_2022', section: 'Rec 8 and Rec 11' },
  { source: 'FDA_2019_GABAPENTINOIDS', section: 'opioids with gabapentinoids (clinical.md §7.3)' },
] as const;

export const OPIOID_AND_OTHER_MEDICINE_TREATMENTS = [
  defineTreatment({
    id: 'tramadol',
    name: 'Tramadol',
    category: 'medicine',
    summary: 'A weaker opioid pain medicine that also acts on serotonin.',
    acp2017: stance(
      'conditional',
      'A second choice, with duloxetine, when non-drug care and NSAIDs have not helped enough for long-term pain.',
      [acp('Rec 3')],
    ),
    niceNg59: stance(
      'not-recommended',
      'Do not offer opioids for long-term back pain. A weak opioid may be considered for new back pain only when NSAIDs cannot be used or have not worked.',
      [NICE_DRUGS_DO_NOT_OFFER],
    ),
    benefit: benefit('unclear', 'Our sources give no size of benefit.', []),
    harms: statement(
      'Seizures, and serotonin syndrome when mixed with some antidepressants such as duloxetine. Dependence and withdrawal, and breathing problems with other sedating medicines.',
      [
        { source: 'MEDSAFE_2007_TRAMADOL', section: 'seizures (clinical.md §7.6)' },
        { source: 'TRAMADOL_US_LABEL', section: 'serotonin syndrome and other warnings (clinical.md §7.6)' },
      ],
    ),
    guidelinesDisagree: true,
    agreementNote:
      'The guidelines clash. ACP lists tramadol as a second-line medicine for long-term back pain. NICE says do not offer opioids, including weak ones, for long-term back pain.',
  }),
  defineTreatment({
    id: 'opioids',
    name: 'Stronger opioids (such as codeine, morphine or oxycodone)',
    category: 'medicine',
    summary:
      'Strong pain medicines. Guidelines keep them as a last resort, or not at all, for long-term back pain.',
    acp2017: stance(
      'conditional',
      'Only after other treatments have failed, only if the benefit is likely to outweigh the risk, and only after talking through risks and realistic benefits.',
      [acp('Rec 3')],
    ),
    niceNg59: stance(
      'not-recommended',
      'Do not offer opioids for long-term low back pain or long-term sciatica.',
      [NICE_DRUGS_DO_NOT_OFFER, NICE_SCIATICA_2020],
    ),
    benefit: benefit(
      'small',
      'Short-term relief was modest and mostly too small to matter. Over 12 months, opioids were no better than other pain medicines for daily function.',
      [
        { source: 'ABDEL_SHAHEED_2016', section: 'meta-analysis (clinical.md §7.7, tagged [K])' },
        { source: 'KREBS_2018_SPACE', section: 'SPACE trial (clinical.md §7.7, tagged [K])' },
      ],
      'unverified-background',
    ),
    harms: statement(
      'Overdose, dependence and breathing problems. The risk is higher when they are mixed with sleeping pills, anxiety pills, gabapentin or pregabalin.',
      OPIOID_RISKS,
    ),
    guidelinesDisagree: true,
    agreementNote:
      'The guidelines clash. ACP allows opioids as a last resort after a full talk about risks. NICE says do not offer them for long-term back pain.',
  }),
  defineTreatment({
    id: 'muscle-relaxants',
    name: 'Muscle relaxants',
    category: 'medicine',
    summary: 'Medicines meant to ease muscle spasm. Studied mainly in new back pain.',
    acp2017: stance(
      'conditional',
      'An option for back pain of less than 12 weeks (moderate-quality evidence). Not on its list for long-term pain.',
      [acp('Rec 1'), acp('Rec 2 and Rec 3 (clinical.md §7.4)')],
    ),
    niceNg59: notInOurReference('NICE NG59', 'For sciatica, NICE says do not offer benzodiazepines.', [
      NICE_SCIATICA_2020,
    ]),
    benefit: benefit(
      'small',
      'For new back pain, a small short-term drop in pain, about 8 points on a 0 to 100 scale, from very low-certainty evidence. No better daily function.',
      [{ source: 'CASHIN_2021', section: 'acute low back pain (clinical.md §7.4)' }],
    ),
    harms: statement(
      'Side effects were about one and a half times as likely. They can make you sleepy, more so with opioids or gabapentin.',
      [{ source: 'CASHIN_2021', section: 'adverse events (clinical.md §7.4)' }, ...OPIOID_RISKS],
    ),
    guidelinesDisagree: false,
    agreementNote:
      'ACP allows them for newer pain only. Our reference records nothing from NICE on them for low back pain.',
  }),
  defineTreatment({
    id: 'benzodiazepines',
    name: 'Benzodiazepines (such as diazepam)',
    category: 'medicine',
    summary: 'Calming medicines sometimes given for muscle spasm or sciatica.',
    acp2017: notInOurReference('ACP 2017'),
    niceNg59: stance(
      'not-recommended',
      'Do not offer for sciatica. In studies they did worse than dummy pills on pain.',
      [NICE_SCIATICA_2020],
    ),
    benefit: benefit('none', 'Worse than dummy pills on pain in sciatica, in the evidence NICE reviewed.', [
      NICE_SCIATICA_2020,
    ]),
    harms: statement('Breathing problems and overdose risk when mixed with opioids.', [
      { source: 'CDC_2022', section: 'Rec 11' },
    ]),
    guidelinesDisagree: false,
    agreementNote:
      'NICE says do not offer them for sciatica. Our reference records nothing from ACP on them.',
  }),
  defineTreatment({
    id: 'systemic-steroids',
    name: 'Steroid tablets or injections into the body (systemic steroids)',
    category: 'medicine',
    summary: 'Strong anti-inflammatory medicines taken by mouth or by injection into a muscle or vein.',
    acp2017: stance('not-recommended', 'No benefit found, even with pain going down the leg.', [
      acp('Rec 1 (Clinical Advisor summary; clinical.md §1.1)'),
    ]),
    niceNg59: stance('not-recommended', 'Do not offer steroid tablets for sciatica.', [NICE_SCIATICA_2020]),
    benefit: benefit('none', 'No benefit, even with pain going down the leg.', [
      acp('Rec 1 (Clinical Advisor summary; clinical.md §1.1)'),
    ]),
    harms: statement(
      'In the evidence NICE reviewed for sciatica, they raised the risk of long-term side effects.',
      [NICE_SCIATICA_2020],
    ),
    guidelinesDisagree: false,
    agreementNote: 'Both guidelines leave them out.',
  }),
];
