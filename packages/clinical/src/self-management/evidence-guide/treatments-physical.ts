import { acp, benefit, defineTreatment, nice, notInOurReference, stance, statement } from './types';

const NICE_DO_NOT_OFFER = nice('do not offer list (clinical.md §1.2)');
const NICE_MANUAL_PACKAGE = nice(
  'care model: manual therapy only within a package with exercise (clinical.md §1.2)',
);
const NO_SIZE = benefit('unclear', 'Our sources give no size of benefit.', []);
const ONLY_NICE_AGAINST =
  'NICE says do not offer it. Our reference records nothing from ACP on it, so there is no clash.';

export const PHYSICAL_TREATMENTS = [
  defineTreatment({
    id: 'spinal-manipulation',
    name: 'Spinal manipulation',
    category: 'hands-on-and-devices',
    summary: 'A clinician moves the joints of the spine with their hands, sometimes with a quick thrust.',
    acp2017: stance(
      'recommended',
      'Listed among the first treatments for long-term back pain (low-quality evidence), and as an option for new back pain.',
      [acp('Rec 2'), acp('Rec 1')],
    ),
    niceNg59: stance('conditional', 'Offer only as part of a package that includes exercise.', [
      NICE_MANUAL_PACKAGE,
    ]),
    benefit: NO_SIZE,
    harms: 'not-recorded',
    guidelinesDisagree: false,
    agreementNote: 'Both accept it. NICE adds that it should come with exercise, not on its own.',
  }),
  defineTreatment({
    id: 'acupuncture',
    name: 'Acupuncture',
    category: 'hands-on-and-devices',
    summary: 'Thin needles placed in the skin at chosen points.',
    acp2017: stance('recommended', 'A first treatment for long-term back pain (moderate-quality evidence).', [
      acp('Rec 2'),
    ]),
    niceNg59: stance('not-recommended', 'Do not offer for low back pain.', [NICE_DO_NOT_OFFER]),
    benefit: NO_SIZE,
    harms: 'not-recorded',
    guidelinesDisagree: true,
    agreementNote:
      'The guidelines clash. ACP recommends acupuncture for long-term back pain. NICE says do not offer it. Each clinic using this app chooses which guideline it follows, and the app shows which one.',
  }),
  defineTreatment({
    id: 'massage',
    name: 'Massage',
    category: 'hands-on-and-devices',
    summary: 'Hands-on work on the muscles and soft tissues.',
    acp2017: stance(
      'conditional',
      'An option for back pain of less than 12 weeks (low-quality evidence). Not on its list for long-term pain.',
      [acp('Rec 1'), acp('Rec 2')],
    ),
    niceNg59: stance('conditional', 'Soft-tissue work only as part of a package that includes exercise.', [
      NICE_MANUAL_PACKAGE,
    ]),
    benefit: NO_SIZE,
    harms: 'not-recorded',
    guidelinesDisagree: false,
    agreementNote: 'Both allow it in some cases: ACP for newer pain, NICE only with exercise.',
  }),
  defineTreatment({
    id: 'heat',
    name: 'Heat',
    category: 'hands-on-and-devices',
    summary: 'A warm pack, heat wrap or warm bath on the back.',
    acp2017: stance(
      'conditional',
      'A first choice for back pain of less than 12 weeks (moderate-quality evidence). Not on its list for long-term pain.',
      [acp('Rec 1'), acp('Rec 2')],
    ),
    niceNg59: notInOurReference('NICE NG59'),
    benefit: NO_SIZE,
    harms: 'not-recorded',
    guidelinesDisagree: false,
    agreementNote: 'ACP suggests it for newer pain. Our reference records nothing from NICE on it.',
  }),
  defineTreatment({
    id: 'tens',
    name: 'TENS (electrical nerve stimulation)',
    category: 'hands-on-and-devices',
    summary: 'A small device that sends mild electrical pulses through pads on the skin.',
    acp2017: notInOurReference('ACP 2017'),
    niceNg59: stance(
      'not-recommended',
      'Do not offer for low back pain. The same goes for PENS and interferential therapy.',
      [NICE_DO_NOT_OFFER],
    ),
    benefit: NO_SIZE,
    harms: 'not-recorded',
    guidelinesDisagree: false,
    agreementNote: ONLY_NICE_AGAINST,
  }),
  defineTreatment({
    id: 'therapeutic-ultrasound',
    name: 'Therapeutic ultrasound',
    category: 'hands-on-and-devices',
    summary: 'Sound waves passed into the back through a handheld device.',
    acp2017: notInOurReference('ACP 2017'),
    niceNg59: stance('not-recommended', 'Do not offer for low back pain.', [NICE_DO_NOT_OFFER]),
    benefit: NO_SIZE,
    harms: 'not-recorded',
    guidelinesDisagree: false,
    agreementNote: ONLY_NICE_AGAINST,
  }),
  defineTreatment({
    id: 'belts-and-braces',
    name: 'Back belts, braces and corsets',
    category: 'rest-and-supports',
    summary: 'Supports worn around the lower back.',
    acp2017: notInOurReference('ACP 2017'),
    niceNg59: stance('not-recommended', 'Do not offer belts or corsets for low back pain.', [
      NICE_DO_NOT_OFFER,
    ]),
    benefit: NO_SIZE,
    harms: 'not-recorded',
    guidelinesDisagree: false,
    agreementNote: ONLY_NICE_AGAINST,
  }),
  defineTreatment({
    id: 'foot-orthotics',
    name: 'Foot orthotics and rocker-sole shoes',
    category: 'rest-and-supports',
    summary: 'Shoe inserts or special shoes meant to change how you stand and walk.',
    acp2017: notInOurReference('ACP 2017'),
    niceNg59: stance(
      'not-recommended',
      'Do not offer foot orthotics or rocker-sole shoes for low back pain.',
      [NICE_DO_NOT_OFFER],
    ),
    benefit: NO_SIZE,
    harms: 'not-recorded',
    guidelinesDisagree: false,
    agreementNote: ONLY_NICE_AGAINST,
  }),
  defineTreatment({
    id: 'traction',
    name: 'Traction',
    category: 'rest-and-supports',
    summary: 'Pulling on the spine with weights or a machine to stretch it.',
    acp2017: notInOurReference('ACP 2017'),
    niceNg59: stance('not-recommended', 'Do not offer for low back pain.', [NICE_DO_NOT_OFFER]),
    benefit: NO_SIZE,
    harms: 'not-recorded',
    guidelinesDisagree: false,
    agreementNote: ONLY_NICE_AGAINST,
  }),
  defineTreatment({
    id: 'bed-rest',
    name: 'Bed rest',
    category: 'rest-and-supports',
    summary: 'Staying in bed for days to rest the back.',
    acp2017: notInOurReference('ACP 2017'),
    niceNg59: notInOurReference(
      'NICE NG59',
      'NICE makes keeping up normal activity part of the basis of care.',
      [nice('care model: keep up normal activity (clinical.md §1.2)')],
    ),
    benefit: benefit('unclear', 'Our sources give no benefit for bed rest.', []),
    harms: statement(
      'Long rest and pulling back from daily life are linked to a higher risk of long-term disability.',
      [{ source: 'KENDALL_1997_YELLOW_FLAGS', section: 'behaviours: extended rest (clinical.md §4.2)' }],
    ),
    guidelinesDisagree: false,
    agreementNote:
      'Neither guideline, as recorded in our reference, names bed rest. NICE advises staying active.',
  }),
];
