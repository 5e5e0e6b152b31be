import type { SelfManagementClaim } from '../claims';

/**
 * Claims used by more than one lesson. Each lesson still lists the claim in its own
 * `claims`, so a lesson can be read, linted and cited on its own.
 */
export const WARNING_SIGNS_CLAIM: SelfManagementClaim = {
  id: 'warning-signs',
  text: 'New bladder or bowel disturbance, saddle or genital numbness, or bilateral leg symptoms suggest cauda equina syndrome, a medical emergency; progressive leg weakness needs same-day review.',
  citations: [
    { source: 'BASS_2018_CES', section: 'CES definition (clinical.md §4.1)' },
    { source: 'NHS_BACK_PAIN_PATHWAY', section: 'red-flag actions (clinical.md §4.1)' },
    { source: 'GCARE_RED_FLAGS', section: 'progressive neurological deficit (clinical.md §4.1)' },
  ],
  verification: 'verified',
};

export const KEEP_ACTIVE_CLAIM: SelfManagementClaim = {
  id: 'keep-active',
  text: 'Keeping up normal activity is part of the basis of care (NICE NG59); extended rest and withdrawal from daily activity are yellow flags for long-term disability.',
  citations: [
    { source: 'NICE_NG59', section: 'care model (clinical.md §1.2)' },
    { source: 'KENDALL_1997_YELLOW_FLAGS', section: 'behaviours (clinical.md §4.2)' },
  ],
  verification: 'verified',
};

export const RELAXATION_CLAIM: SelfManagementClaim = {
  id: 'relaxation',
  text: 'ACP 2017 lists progressive relaxation and mindfulness-based stress reduction among the non-drug treatments to start with for chronic low back pain.',
  citations: [{ source: 'ACP_2017', section: 'Rec 2' }],
  verification: 'verified',
};

export const PACING_BELOW_TOLERANCE_CLAIM: SelfManagementClaim = {
  id: 'below-tolerance',
  text: 'In pacing, activity quotas are set below tolerance so that activity is not punished by flare-ups.',
  citations: [{ source: 'NIELSON_2013_PACING', section: 'pacing concepts (clinical.md §5.4)' }],
  verification: 'verified',
};
