import {
  ACP_SCOPE_NOT_ADDRESSED,
  benefit,
  defineTreatment,
  nice,
  notInOurReference,
  stance,
  statement,
} from './types';

const NO_SIZE = benefit('unclear', 'Our sources give no size of benefit.', []);

export const PROCEDURE_TREATMENTS = [
  defineTreatment({
    id: 'spinal-injections',
    name: 'Spinal injections',
    category: 'procedure',
    summary: 'Injections of medicine, such as a steroid or numbing medicine, into or near the spine.',
    acp2017: ACP_SCOPE_NOT_ADDRESSED,
    niceNg59: stance(
      'not-recommended',
      'Do not offer spinal injections for low back pain.',
      [nice('do not offer list (clinical.md §1.2)')],
      'verified',
      statement(
        'For new, severe sciatica, an epidural injection of numbing medicine and steroid may be considered.',
        [nice('epidural for acute severe sciatica (clinical.md §1.2, tagged [K])')],
        'unverified-background',
      ),
    ),
    benefit: NO_SIZE,
    harms: 'not-recorded',
    guidelinesDisagree: false,
    agreementNote: 'NICE says do not offer them for low back pain. ACP does not cover injections.',
  }),
  defineTreatment({
    id: 'radiofrequency-denervation',
    name: 'Radiofrequency denervation (ablation)',
    category: 'procedure',
    summary: 'Heat from a needle is used to turn off small nerves to the joints of the spine.',
    acp2017: ACP_SCOPE_NOT_ADDRESSED,
    niceNg59: stance(
      'conditional',
      'Consider only after a test injection to those nerves (a medial branch block) has given clear relief.',
      [nice('radiofrequency denervation (clinical.md §1.2)')],
    ),
    benefit: NO_SIZE,
    harms: 'not-recorded',
    guidelinesDisagree: false,
    agreementNote: 'NICE allows it for some people after a positive test injection. ACP does not cover it.',
  }),
  defineTreatment({
    id: 'spinal-cord-stimulation',
    name: 'Spinal cord stimulation',
    category: 'procedure',
    summary:
      'A device placed under the skin sends electrical signals to the spinal cord. Our reference file has no guideline advice or trial results for it in low back pain.',
    acp2017: ACP_SCOPE_NOT_ADDRESSED,
    niceNg59: notInOurReference('NICE NG59'),
    benefit: NO_SIZE,
    harms: 'not-recorded',
    guidelinesDisagree: false,
    agreementNote:
      'Neither guideline, as recorded in our reference, covers it. Ask a spine specialist about benefits and risks.',
  }),
  defineTreatment({
    id: 'spine-surgery',
    name: 'Spine surgery',
    category: 'procedure',
    summary:
      'An operation on the spine. Our reference file records no guideline advice on surgery for low back pain.',
    acp2017: ACP_SCOPE_NOT_ADDRESSED,
    niceNg59: notInOurReference('NICE NG59'),
    benefit: benefit(
      'unclear',
      'Our sources give no size of benefit. A 2018 review in The Lancet lists surgery among the low-value care often used for back pain.',
      [{ source: 'FOSTER_2018', section: 'low-value care (clinical.md §1.4, tagged [K])' }],
      'unverified-background',
    ),
    harms: 'not-recorded',
    guidelinesDisagree: false,
    agreementNote:
      'Neither guideline, as recorded in our reference, covers it. Ask a spine specialist about benefits and risks.',
  }),
];
