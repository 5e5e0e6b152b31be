import { describeDose, estimateDoseMinutes, findExercise } from '@backplan/clinical/exercise/index';
import { z } from 'zod';
import type { PlanItem, ProgrammeView } from './care-plan-shape';
import { invalidField } from './field-error';

/**
 * The clinician's edits to the exercise programme (clinical.md §5.9 typical
 * programme; §5.3 directional preference). Each edit is checked against the
 * current programme and the exercise catalogue, then applied as a pure
 * function; the service writes the result as a new care-plan version.
 */

const exerciseId = z.string().regex(/^[a-z0-9-]{1,80}$/, 'must be an exercise id');

export const planEditSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('swap-exercise'), from: exerciseId, to: exerciseId }),
  z.strictObject({ kind: z.literal('add-exercise'), exerciseId }),
  z.strictObject({ kind: z.literal('remove-exercise'), exerciseId }),
  z.strictObject({
    kind: z.literal('set-level'),
    level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  }),
  z.strictObject({
    kind: z.literal('directional-preference'),
    preference: z.enum(['extension', 'flexion', 'lateral-shift', 'none']),
  }),
]);
export type PlanEdit = z.infer<typeof planEditSchema>;

/** The programme's exercises in the catalogue's words, for the plan editor. */
export function describeItems(items: readonly PlanItem[]) {
  return items.map((item) => {
    const exercise = findExercise(item.exerciseId);
    return {
      exerciseId: item.exerciseId,
      name: exercise?.name ?? item.exerciseId,
      role: item.role,
      doseText: exercise ? describeDose(exercise, item.dose) : '',
      estimatedMinutes: item.estimatedMinutes,
    };
  });
}

function catalogueItem(id: string, role: string, path: string): PlanItem {
  const exercise = findExercise(id);
  if (!exercise) throw invalidField(path, 'is not an exercise in the catalogue');
  return {
    exerciseId: exercise.id,
    role,
    dose: exercise.startingDose,
    estimatedMinutes: estimateDoseMinutes(exercise, exercise.startingDose),
  };
}

const ADDED_ROLE = 'main';

export interface AppliedEdit {
  readonly level?: number;
  readonly directionalPreference?: string | null;
  readonly items?: PlanItem[];
  /** What changed, in the clinician's vocabulary, for the version's reason. */
  readonly description: string;
}

/** Checks an edit against the current programme; a 400 names the field that does not fit. */
export function applyPlanEdit(programme: ProgrammeView, edit: PlanEdit): AppliedEdit {
  const has = (id: string) => programme.items.some((item) => item.exerciseId === id);
  switch (edit.kind) {
    case 'swap-exercise': {
      if (!has(edit.from)) throw invalidField('body.change.from', 'is not in the current programme');
      if (has(edit.to)) throw invalidField('body.change.to', 'is already in the programme');
      const items = programme.items.map((item) =>
        item.exerciseId === edit.from ? catalogueItem(edit.to, item.role, 'body.change.to') : item,
      );
      return { items, description: `Swapped ${edit.from} for ${edit.to}` };
    }
    case 'add-exercise': {
      if (has(edit.exerciseId)) throw invalidField('body.change.exerciseId', 'is already in the programme');
      const added = catalogueItem(edit.exerciseId, ADDED_ROLE, 'body.change.exerciseId');
      return { items: [...programme.items, added], description: `Added ${edit.exerciseId}` };
    }
    case 'remove-exercise': {
      if (!has(edit.exerciseId))
        throw invalidField('body.change.exerciseId', 'is not in the current programme');
      if (programme.items.length <= 1)
        throw invalidField('body.change.exerciseId', 'is the last exercise; a programme needs at least one');
      return {
        items: programme.items.filter((item) => item.exerciseId !== edit.exerciseId),
        description: `Removed ${edit.exerciseId}`,
      };
    }
    case 'set-level':
      return { level: edit.level, description: `Level set to ${edit.level}` };
    case 'directional-preference':
      return {
        directionalPreference: edit.preference === 'none' ? null : edit.preference,
        description: `Directional preference recorded: ${edit.preference}`,
      };
  }
}
