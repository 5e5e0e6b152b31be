import { URGENT_PATH_MESSAGES } from '@backplan/clinical/exercise/flare-symptoms';
import type { CrisisResources, UrgentAction } from './schemas';
import {
  CARE_TEAM_CAN_SEE_MEDICATIONS_ES,
  CRISIS_RESOURCES_ES,
  type Lang,
  STOPPED_FOR_SYMPTOMS_ADVICE_ES,
  URGENT_MESSAGES_ES,
} from './spanish';

/**
 * Patient-facing safety text in plain words (grade 6–8). It never tells anyone
 * to start, stop or change a medicine.
 */

/** A yes to new bladder, bowel or saddle symptoms (clinical.md §4.1 product rule: emergency, same day). */
export const BLADDER_BOWEL_SADDLE_ACTION: UrgentAction = {
  level: 'emergency',
  whatToDoNow: URGENT_PATH_MESSAGES.emergency,
  careTeamTold: true,
};

export function urgentAction(
  level: 'emergency' | 'urgent',
  lang: Lang = 'en',
  careTeamTold = true,
): UrgentAction {
  return {
    level,
    whatToDoNow: (lang === 'es' ? URGENT_MESSAGES_ES : URGENT_PATH_MESSAGES)[level],
    careTeamTold,
  };
}

export const crisisResources = (lang: Lang): CrisisResources =>
  lang === 'es' ? CRISIS_RESOURCES_ES : CRISIS_RESOURCES;
export const stopAdvice = (lang: Lang): string =>
  lang === 'es' ? STOPPED_FOR_SYMPTOMS_ADVICE_ES : STOPPED_FOR_SYMPTOMS_ADVICE;
export const careTeamNote = (lang: Lang): string =>
  lang === 'es' ? CARE_TEAM_CAN_SEE_MEDICATIONS_ES : CARE_TEAM_CAN_SEE_MEDICATIONS;

/** Shown for any PHQ-9 item 9 answer above 0 (clinical.md §3.3 safety rule). */
export const CRISIS_RESOURCES: CrisisResources = {
  message:
    'Thank you for telling us. You do not have to face these thoughts alone. If you might act on them, get help now.',
  resources: [
    {
      name: 'Emergency services',
      contact: '911 (US), 999 (UK), 112 (EU)',
      description: 'Call if you are in danger right now.',
    },
    {
      name: '988 Suicide & Crisis Lifeline (US)',
      contact: 'Call or text 988',
      description: 'Free and private, any time of day or night.',
    },
    {
      name: 'Samaritans (UK and Ireland)',
      contact: '116 123',
      description: 'Free to call, any time of day or night.',
    },
  ],
  careTeamTold: true,
};

/** Said when the patient stops a session because symptoms spread or changed. */
export const STOPPED_FOR_SYMPTOMS_ADVICE =
  'You did the right thing to stop. Rest today. If pain, tingling or numbness spread down your leg, tell your care team before your next session. If you have new trouble passing urine, a change in bladder or bowel control, or numbness between your legs, go to the emergency department now.';

/** Medicines: the patient's list is for their care team; BackPlan gives no advice. */
export const CARE_TEAM_CAN_SEE_MEDICATIONS =
  'Your care team can see this list. You can also show it at your next visit.';
