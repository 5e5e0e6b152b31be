import type { SteppedCareConfig } from '../stepped-care/config';

/**
 * Stepped-care policies the simulator can run. Each is a way a clinic could use the engine:
 * when next-step cards are proposed (the engine's week-12 decision, or earlier), whether
 * poor adherence holds escalation back (the engine's "not doing it" gate, clinical.md §6.2),
 * and whether reminders are on. The default, `week-12`, is the engine as configured.
 */
export interface SimulationPolicy {
  readonly name: string;
  readonly description: string;
  /** Week of a step at which the engine proposes the next step (STEPPED_CARE_CONFIG.decideWeek). */
  readonly decideWeek: number;
  /** Week of the check before it (STEPPED_CARE_CONFIG.checkWeek). */
  readonly checkWeek: number;
  /** When false, adherence never holds back escalation (the adherence threshold is set to 0). */
  readonly adherenceGate: boolean;
  readonly reminders: boolean;
  /** Weeks between reviews after the decision week while the step does not change. */
  readonly reviewEveryWeeks: number;
}

const base = { checkWeek: 6, decideWeek: 12, adherenceGate: true, reminders: true, reviewEveryWeeks: 6 };

export const POLICIES = {
  'week-12': {
    ...base,
    name: 'week-12',
    description:
      'Engine defaults: check at week 6, decide at week 12; poor adherence is addressed before escalating.',
  },
  'week-6': {
    ...base,
    name: 'week-6',
    checkWeek: 3,
    decideWeek: 6,
    description: 'Escalate at week 6: next-step cards at week 6 of each step; adherence first.',
  },
  'escalate-regardless': {
    ...base,
    name: 'escalate-regardless',
    adherenceGate: false,
    description: 'Decide at week 12 and escalate anyone not improving, whatever their adherence.',
  },
  'week-6-escalate-regardless': {
    ...base,
    name: 'week-6-escalate-regardless',
    checkWeek: 3,
    decideWeek: 6,
    adherenceGate: false,
    description: 'Escalate at week 6, whatever the adherence.',
  },
  'no-reminders': {
    ...base,
    name: 'no-reminders',
    reminders: false,
    description: 'Engine defaults with reminders switched off.',
  },
} as const satisfies Record<string, SimulationPolicy>;

export type PolicyName = keyof typeof POLICIES;

export const POLICY_NAMES = Object.keys(POLICIES) as PolicyName[];

export function isPolicyName(name: string): name is PolicyName {
  return Object.hasOwn(POLICIES, name);
}

/** The engine configuration a policy runs `recommend` with. */
export function engineConfig(policy: SimulationPolicy): Partial<SteppedCareConfig> {
  return {
    checkWeek: policy.checkWeek,
    decideWeek: policy.decideWeek,
    ...(policy.adherenceGate ? {} : { adherenceThreshold: 0 }),
  } as Partial<SteppedCareConfig>;
}
