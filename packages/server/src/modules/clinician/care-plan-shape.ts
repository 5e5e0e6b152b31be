import { CARE_COMPONENTS, type CareComponent } from '@backplan/clinical/stepped-care/index';
import { z } from 'zod';
import { WEEKDAYS, type Weekday } from './dates';
import type { CarePlanRow } from './record-repository';

/**
 * Reading and writing the JSON of a care-plan version. The patient app writes
 * `components` as [{ kind, startedOn }] and `programme` as the clinical
 * package's Programme. These readers are lenient (an unknown entry is skipped,
 * never a 500), and writers change only the fields they edit, copying the rest
 * of the previous version verbatim so the patient app reads what it wrote.
 */

export interface PlanComponent {
  readonly kind: CareComponent;
  readonly startedOn: string;
}

const componentEntry = z.union([
  z.object({ kind: z.enum(CARE_COMPONENTS), startedOn: z.iso.date() }).loose(),
  z.enum(CARE_COMPONENTS),
]);

export function planComponents(row: Pick<CarePlanRow, 'components' | 'stepStartedOn'>): PlanComponent[] {
  const list = Array.isArray(row.components) ? row.components : [];
  return list.flatMap((entry) => {
    const parsed = componentEntry.safeParse(entry);
    if (!parsed.success) return [];
    return typeof parsed.data === 'string'
      ? [{ kind: parsed.data, startedOn: row.stepStartedOn }]
      : [{ kind: parsed.data.kind, startedOn: parsed.data.startedOn }];
  });
}

const doseSchema = z.union([
  z.object({ kind: z.literal('reps'), sets: z.number(), reps: z.number(), holdSeconds: z.number() }),
  z.object({ kind: z.literal('duration'), minutes: z.number() }),
]);
export type PlanDose = z.infer<typeof doseSchema>;

const itemSchema = z
  .object({
    exerciseId: z.string(),
    role: z.string(),
    dose: doseSchema,
    estimatedMinutes: z.number(),
  })
  .loose();
export type PlanItem = z.infer<typeof itemSchema>;

/** The parts of a Programme the clinician workspace reads and edits. */
const programmeView = z
  .object({
    level: z.number().int().min(1).max(3).optional(),
    directionalPreference: z.string().nullable().optional(),
    sessionDays: z.array(z.enum(WEEKDAYS)).optional(),
    minutesPerDay: z.number().optional(),
    session: z
      .object({ items: z.array(itemSchema), estimatedMinutes: z.number() })
      .loose()
      .optional(),
  })
  .loose();

export interface ProgrammeView {
  readonly level: number | null;
  readonly directionalPreference: string | null;
  readonly sessionDays: readonly Weekday[];
  readonly items: readonly PlanItem[];
  readonly estimatedMinutes: number | null;
}

export function programmeOf(row: Pick<CarePlanRow, 'programme'>): ProgrammeView {
  const parsed = programmeView.safeParse(row.programme);
  const data = parsed.success ? parsed.data : {};
  return {
    level: data.level ?? null,
    directionalPreference: data.directionalPreference ?? null,
    sessionDays: data.sessionDays ?? [],
    items: data.session?.items ?? [],
    estimatedMinutes: data.session?.estimatedMinutes ?? null,
  };
}

/** The programme JSON with some fields replaced; everything else is kept as the previous version had it. */
export function withProgramme(
  previous: unknown,
  change: {
    level?: number;
    directionalPreference?: string | null;
    items?: readonly PlanItem[];
  },
): Record<string, unknown> {
  const base: Record<string, unknown> =
    previous && typeof previous === 'object' && !Array.isArray(previous)
      ? { ...(previous as Record<string, unknown>) }
      : {};
  if (change.level !== undefined) base.level = change.level;
  if (change.directionalPreference !== undefined) base.directionalPreference = change.directionalPreference;
  if (change.items !== undefined) {
    const session =
      base.session && typeof base.session === 'object'
        ? { ...(base.session as Record<string, unknown>) }
        : {};
    session.items = change.items;
    session.estimatedMinutes =
      Math.round(change.items.reduce((sum, item) => sum + item.estimatedMinutes, 0) * 10) / 10;
    base.session = session;
  }
  return base;
}
