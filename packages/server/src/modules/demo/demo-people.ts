import { randomBytes } from 'node:crypto';
import type { PatientTraits } from '@backplan/clinical/simulation/index';

/**
 * The people of a demo clinic: made-up names, the demo sign-ins, a few planted situations so a
 * small clinic has an example of every triage reason, and the messages patients send.
 */

const FIRST_NAMES = [
  'Alex',
  'Sam',
  'Jordan',
  'Maria',
  'Ahmed',
  'Priya',
  'Chen',
  'Fatima',
  'Tom',
  'Ana',
  'Kwame',
  'Elena',
  'Luis',
  'Grace',
  'Omar',
  'Sofia',
  'Noah',
  'Aisha',
  'Ivan',
  'Mei',
  'Daniel',
  'Leila',
  'Ben',
  'Rosa',
];
const LAST_NAMES = [
  'Garcia',
  'Smith',
  'Okafor',
  'Nguyen',
  'Patel',
  'Kowalski',
  'Haddad',
  'Jensen',
  'Moreau',
  'Tanaka',
  'Silva',
  'Brown',
  'Ivanova',
  'Mensah',
  'Rossi',
  'Cohen',
  'Murphy',
  'Santos',
  'Khan',
  'Larsen',
];

/** A made-up, deterministic name for synthetic patient `index`. */
export function demoName(index: number): string {
  const first = FIRST_NAMES[index % FIRST_NAMES.length] ?? 'Alex';
  const last = LAST_NAMES[Math.floor(index / FIRST_NAMES.length) % LAST_NAMES.length] ?? 'Smith';
  return `${first} ${last}`;
}

/** A strong random password people can type: four groups of letters and digits. */
export function demoPassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const bytes = randomBytes(16);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}-${chars.slice(12, 16)}`;
}

/** Planted situations by patient index (docs/demo.md): the rest of the clinic is left to chance. */
export const PLANTED = {
  redFlagAtIntake: [1, 2],
  selfHarm: [3, 4],
  worsening: [5, 6],
  longFlare: [7, 8],
  bladderBowelSaddle: [9],
} as const;

/** Applied to the cohort before intakes are built, so the real assess() sees the answers. */
export function plantTraits(index: number, traits: PatientTraits): PatientTraits {
  if ((PLANTED.redFlagAtIntake as readonly number[]).includes(index)) {
    return { ...traits, redFlag: index % 2 === 0 ? 'malignancy' : 'cauda-equina' };
  }
  if ((PLANTED.selfHarm as readonly number[]).includes(index))
    return { ...traits, selfHarm: true, redFlag: null };
  if ((PLANTED.worsening as readonly number[]).includes(index)) {
    return {
      ...traits,
      responder: false,
      fall: -0.35,
      redFlag: null,
      baselinePain: Math.min(traits.baselinePain, 5),
    };
  }
  return {
    ...traits,
    redFlag: (PLANTED.longFlare as readonly number[]).includes(index) || index === 0 ? null : traits.redFlag,
  };
}

export const PATIENT_MESSAGES = [
  'My back was sore after Saturday’s gardening. Is it OK to do a shorter session today?',
  'I missed a few days this week because of work. I am back on track now.',
  'The walking is getting easier. Can we talk about my plan at the next visit?',
  'I am not sleeping well because of the pain. What can I try?',
  'Thank you for the tips last week. The relaxation audio helps.',
];

export const CLINICIAN_REPLIES = [
  'Thanks for letting us know. A shorter, gentler session is fine on a sore day. Keep moving a little.',
  'Good to hear from you. Missed days happen; picking it back up is what counts.',
  'Great progress. Yes, let us look at the plan together at your next visit.',
];
