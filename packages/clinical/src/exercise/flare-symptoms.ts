import type { Citation } from '../core/sources';
import type { RedFlagAction, RedFlagCondition } from '../core/vocabulary';

/**
 * Red-flag questions asked in the flare log (clinical.md §4.1). A flare is the time people
 * are most likely to wonder "is this serious?", and cauda equina must be rechecked in the
 * diary (§4.1 product rule). Any "yes" sends the patient down the urgent path instead of
 * giving flare advice.
 */
export const FLARE_RED_FLAG_SYMPTOMS = [
  'new-bladder-problem',
  'new-bowel-problem',
  'saddle-numbness',
  'pain-in-both-legs',
  'new-sexual-problem',
  'new-leg-weakness',
  'fever-or-feeling-unwell',
] as const;
export type FlareRedFlagSymptom = (typeof FLARE_RED_FLAG_SYMPTOMS)[number];

export interface FlareSymptomDefinition {
  /** The question, in plain words. */
  readonly question: string;
  readonly condition: RedFlagCondition;
  readonly action: RedFlagAction;
  readonly citations: readonly Citation[];
}

const CES: readonly Citation[] = [
  { source: 'BASS_2018_CES', section: 'CES definition' },
  { source: 'AHCPR_1994_RED_FLAGS', section: 'cauda equina' },
];

export const FLARE_SYMPTOMS: Readonly<Record<FlareRedFlagSymptom, FlareSymptomDefinition>> = {
  'new-bladder-problem': {
    question: 'Is it newly hard to pass urine, or have you leaked urine without meaning to?',
    condition: 'cauda-equina',
    action: 'emergency',
    citations: CES,
  },
  'new-bowel-problem': {
    question: 'Have you lost control of your bowels, or lost the feeling that you need to go?',
    condition: 'cauda-equina',
    action: 'emergency',
    citations: CES,
  },
  'saddle-numbness': {
    question: 'Is there new numbness or tingling between your legs or around your bottom?',
    condition: 'cauda-equina',
    action: 'emergency',
    citations: CES,
  },
  'pain-in-both-legs': {
    question: 'Has leg pain started in both legs, or spread from one leg to both?',
    condition: 'cauda-equina',
    action: 'emergency',
    citations: CES,
  },
  'new-sexual-problem': {
    question: 'Have you noticed a new change in sexual function, such as numbness?',
    condition: 'cauda-equina',
    action: 'emergency',
    citations: CES,
  },
  'new-leg-weakness': {
    question: 'Is a leg or foot newly weak, or does your foot drag or slap when you walk?',
    condition: 'progressive-neurological-deficit',
    action: 'urgent',
    citations: [{ source: 'AHCPR_1994_RED_FLAGS', section: 'progressive neurological deficit' }],
  },
  'fever-or-feeling-unwell': {
    question: 'Do you have a fever, chills or shivers, or feel generally unwell?',
    condition: 'infection',
    action: 'urgent',
    citations: [{ source: 'AHCPR_1994_RED_FLAGS', section: 'spinal infection' }],
  },
};

export const URGENT_PATH_MESSAGES: Readonly<Record<'emergency' | 'urgent', string>> = {
  emergency:
    'Go to the emergency department now, or call an ambulance. These symptoms can mean a nerve problem that needs treatment the same day. Do not do your exercises.',
  urgent:
    'Contact your doctor or back team today. If you cannot reach them, go to the emergency department. Do not do your exercises until you have been seen.',
};
