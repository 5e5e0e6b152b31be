import type { DirectionalPreference, PainPhenotype } from '../core/vocabulary';
import type { SessionRole } from './programme-types';
import type { ProgrammeRuleId } from './rules';
import type { ExerciseGroup } from './types';

/**
 * What a session is made of, by phenotype (clinical.md §5.1–5.3, §5.9, §3.8). Slots are
 * listed in priority order: the generator fills them one by one while the time budget
 * allows, then sorts the chosen items into session order.
 */
export type SlotKind =
  | 'warm-up'
  | 'directional'
  | 'nerve-slider'
  | 'mobility'
  | 'motor-control'
  | 'strengthening'
  | 'flexibility'
  | 'aerobic'
  | 'relaxation';

export const SLOT_GROUP: Readonly<Record<SlotKind, ExerciseGroup>> = {
  'warm-up': 'warm-up',
  directional: 'directional-preference',
  'nerve-slider': 'nerve-mobilisation',
  mobility: 'mobility',
  'motor-control': 'motor-control',
  strengthening: 'strengthening',
  flexibility: 'flexibility',
  aerobic: 'walking-aerobic',
  relaxation: 'relaxation',
};

export const SLOT_ROLE: Readonly<Record<SlotKind, SessionRole>> = {
  'warm-up': 'warm-up',
  directional: 'directional',
  'nerve-slider': 'main',
  mobility: 'main',
  'motor-control': 'main',
  strengthening: 'main',
  flexibility: 'main',
  aerobic: 'aerobic',
  relaxation: 'cool-down',
};

/** Order of main items inside a session: nerve glides early, stretches late. */
export const MAIN_ORDER: readonly SlotKind[] = [
  'nerve-slider',
  'mobility',
  'motor-control',
  'strengthening',
  'flexibility',
];

interface PhenotypePlan {
  readonly slots: readonly SlotKind[];
  readonly rule: ProgrammeRuleId;
}

const PHENOTYPE_PLANS: Readonly<Record<PainPhenotype, PhenotypePlan>> = {
  mechanical: {
    slots: [
      'motor-control',
      'strengthening',
      'aerobic',
      'strengthening',
      'flexibility',
      'motor-control',
      'mobility',
      'relaxation',
    ],
    rule: 'mechanical-content',
  },
  radicular: {
    slots: ['nerve-slider', 'motor-control', 'aerobic', 'mobility', 'strengthening', 'relaxation'],
    rule: 'radicular-content',
  },
  inflammatory: {
    slots: ['mobility', 'aerobic', 'mobility', 'flexibility', 'strengthening', 'mobility', 'relaxation'],
    rule: 'inflammatory-content',
  },
  mixed: {
    slots: [
      'mobility',
      'motor-control',
      'strengthening',
      'aerobic',
      'flexibility',
      'motor-control',
      'relaxation',
    ],
    rule: 'mixed-content',
  },
};

/** The slots to fill, in priority order, and the rules that chose them. */
export function sessionSlots(
  phenotype: PainPhenotype,
  preference: DirectionalPreference | null,
): { readonly slots: readonly SlotKind[]; readonly rules: readonly ProgrammeRuleId[] } {
  const plan = PHENOTYPE_PLANS[phenotype];
  const hasPreference = preference !== null && preference !== 'none';
  const slots: SlotKind[] = ['warm-up', ...(hasPreference ? (['directional'] as const) : []), ...plan.slots];
  const rules: ProgrammeRuleId[] = ['warm-up-first', plan.rule];
  if (hasPreference) rules.push('directional-preference-first');
  if (preference === 'extension' || preference === 'flexion') rules.push('avoid-opposite-direction');
  if (plan.slots.includes('nerve-slider')) rules.push('sliders-before-tensioners');
  return { slots, rules };
}

/** Programmes that must ask whether leg symptoms spread (clinical.md §5.3). */
export function needsSpreadCheck(
  phenotype: PainPhenotype,
  preference: DirectionalPreference | null,
): boolean {
  return phenotype === 'radicular' || phenotype === 'mixed' || (preference !== null && preference !== 'none');
}
