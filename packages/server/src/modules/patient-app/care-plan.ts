import type { Assessment } from '@backplan/clinical/assessment/index';
import type { Programme } from '@backplan/clinical/exercise/programme-types';
import type { CareComponent } from '@backplan/clinical/stepped-care/index';
import { and, desc, eq, lte, min } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { carePlans } from '../../db/schema';
import type { PatientRecord } from '../organisations/repository';
import { COMPONENT_TEXT_ES, type Lang, STEP_TEXT_ES } from './spanish';

/**
 * The care plan as the patient app stores it: `components` is
 * [{ kind, startedOn }] (stepped-care CARE_COMPONENTS) and `programme` the
 * clinical Programme, plus the weekly progression state. A change makes a new
 * version; earlier versions are never edited (CareKit, products.md §7).
 */
export type CarePlanRow = typeof carePlans.$inferSelect;

export interface ProgressionMemory {
  /** Broken weeks in a row (clinical progression state). */
  readonly brokenWeeksInARow: number;
  /** The Monday of the last week the rule was applied to. */
  readonly lastWeekEvaluated: string | null;
}

export type StoredProgramme = Programme & { readonly progression?: ProgressionMemory };
export interface StoredComponent {
  readonly kind: CareComponent;
  readonly startedOn: string;
}

/**
 * Step 1 components from the assessment (clinical.md §1.5 stratified care, §3.8, §4.1):
 * everyone gets education, home exercise and self-management; STarT Back high risk adds
 * psychologically informed physiotherapy and a CBT referral; an inflammatory picture or a
 * rheumatology flag adds a rheumatology referral.
 */
export function componentsFor(assessment: Assessment, startedOn: string): StoredComponent[] {
  const kinds: CareComponent[] = ['education', 'home-exercise', 'self-management'];
  if (assessment.riskGroup === 'high')
    kinds.push('psychologically-informed-physiotherapy', 'cbt-counselling');
  const rheumatology =
    assessment.phenotype === 'inflammatory' ||
    assessment.redFlags.some((flag) => flag.action === 'rheumatology-referral' && !flag.cleared);
  if (rheumatology) kinds.push('rheumatology-referral');
  return kinds.map((kind) => ({ kind, startedOn }));
}

/** Plain words for each component (reading grade 6–8; no medicine instructions). */
export const COMPONENT_TEXT: Readonly<Record<CareComponent, { title: string; description: string }>> = {
  education: {
    title: 'Learning about back pain',
    description: 'Short lessons on how back pain works and what helps.',
  },
  'home-exercise': {
    title: 'Home exercises',
    description: 'A short set of exercises on most days of the week.',
  },
  'self-management': {
    title: 'Looking after yourself',
    description: 'Relaxation, sleep tips and goals you choose.',
  },
  physiotherapy: { title: 'Physiotherapy', description: 'Visits with a physiotherapist.' },
  'psychologically-informed-physiotherapy': {
    title: 'Physio with extra support',
    description: 'Physiotherapy that also helps with worry and stress about pain.',
  },
  'cbt-counselling': {
    title: 'Talking therapy',
    description: 'A therapist helps you cope with pain, stress and low mood.',
  },
  'rheumatology-referral': {
    title: 'See a joint specialist',
    description: 'A rheumatologist checks whether swelling in the joints of the back plays a part.',
  },
  medication: { title: 'Medicines', description: 'Your doctor reviews your medicines with you.' },
  'interventional-referral': {
    title: 'Specialist opinion',
    description: 'A pain specialist talks with you about other treatments.',
  },
  'intensified-self-guided-programme': {
    title: 'More support at home',
    description: 'A closer plan and more check-ins for your home programme.',
  },
};

export const STEP_TEXT: Readonly<Record<number, { title: string; description: string }>> = {
  1: {
    title: 'Step 1: exercise, learning and self-care',
    description:
      'Most people start here. Do your exercises, learn about pain and check in each day. We look at how you are doing at weeks 6 and 12.',
  },
  2: {
    title: 'Step 2: extra help',
    description: 'Your care team has added more help for you, such as physio or talking therapy.',
  },
  3: {
    title: 'Step 3: specialist care',
    description: 'Your care team is talking with specialists about other treatments that may help.',
  },
};

export function storedComponents(row: Pick<CarePlanRow, 'components' | 'stepStartedOn'>): StoredComponent[] {
  const list = Array.isArray(row.components) ? (row.components as unknown[]) : [];
  return list.flatMap((entry) => {
    if (typeof entry === 'string') return [{ kind: entry as CareComponent, startedOn: row.stepStartedOn }];
    if (typeof entry === 'object' && entry !== null && 'kind' in entry) {
      const { kind, startedOn } = entry as { kind: CareComponent; startedOn?: string };
      return [{ kind, startedOn: startedOn ?? row.stepStartedOn }];
    }
    return [];
  });
}

/** The stored programme, or null when the version holds none (e.g. a clinician-made plan without exercise). */
export function storedProgramme(row: Pick<CarePlanRow, 'programme'>): StoredProgramme | null {
  const programme = row.programme as Partial<StoredProgramme> | null;
  if (programme?.kind !== 'programme' || !programme.session) return null;
  return programme as StoredProgramme;
}

export function componentText(
  kind: CareComponent,
  lang: Lang = 'en',
): { title: string; description: string } {
  return (lang === 'es' ? COMPONENT_TEXT_ES : COMPONENT_TEXT)[kind] ?? { title: kind, description: '' };
}

export function stepText(step: number, lang: Lang = 'en'): { title: string; description: string } {
  return (lang === 'es' ? STEP_TEXT_ES : STEP_TEXT)[step] ?? { title: `Step ${step}`, description: '' };
}

export function carePlanView(row: CarePlanRow, lang: Lang = 'en') {
  const programme = storedProgramme(row);
  return {
    version: row.version,
    step: row.step,
    stepStartedOn: row.stepStartedOn,
    effectiveFrom: row.effectiveFrom,
    reason: row.reason,
    components: storedComponents(row).map((c) => ({
      kind: c.kind,
      ...componentText(c.kind, lang),
    })),
    minutesPerDay: programme?.minutesPerDay ?? 0,
    sessionDays: [...(programme?.sessionDays ?? [])],
  };
}

/** The care-plan version in force on `day` (the latest version effective by then). */
export async function carePlanOn(
  tx: Executor,
  patient: PatientRecord,
  day: string,
): Promise<CarePlanRow | undefined> {
  const [row] = await tx
    .select()
    .from(carePlans)
    .where(
      and(
        eq(carePlans.orgId, patient.orgId),
        eq(carePlans.patientId, patient.id),
        lte(carePlans.effectiveFrom, day),
      ),
    )
    .orderBy(desc(carePlans.version))
    .limit(1);
  return row;
}

/** The day the patient's care began: the first care-plan version's start, or null before any plan. */
export async function firstCarePlanStart(tx: Executor, patient: PatientRecord): Promise<string | null> {
  const [row] = await tx
    .select({ on: min(carePlans.effectiveFrom) })
    .from(carePlans)
    .where(and(eq(carePlans.orgId, patient.orgId), eq(carePlans.patientId, patient.id)));
  return row?.on ?? null;
}

export async function latestCarePlan(tx: Executor, patient: PatientRecord): Promise<CarePlanRow | undefined> {
  const [row] = await tx
    .select()
    .from(carePlans)
    .where(and(eq(carePlans.orgId, patient.orgId), eq(carePlans.patientId, patient.id)))
    .orderBy(desc(carePlans.version))
    .limit(1);
  return row;
}

/**
 * Writes the next version after `previous` (or version 1), copying what the change does not
 * touch. Undefined when another request wrote that version number first (a concurrent change).
 */
export async function insertNextVersion(
  tx: Executor,
  patient: PatientRecord,
  previous: CarePlanRow | undefined,
  change: {
    readonly effectiveFrom: string;
    readonly programme: StoredProgramme;
    readonly reason: string;
    readonly step?: number;
    readonly stepStartedOn?: string;
    readonly components?: readonly StoredComponent[];
    readonly createdBy: string | null;
  },
): Promise<CarePlanRow | undefined> {
  const [row] = await tx
    .insert(carePlans)
    .values({
      orgId: patient.orgId,
      patientId: patient.id,
      version: (previous?.version ?? 0) + 1,
      effectiveFrom: change.effectiveFrom,
      step: change.step ?? previous?.step ?? 1,
      stepStartedOn: change.stepStartedOn ?? previous?.stepStartedOn ?? change.effectiveFrom,
      components: change.components ?? previous?.components ?? [],
      programme: change.programme,
      reason: change.reason,
      createdBy: change.createdBy,
    })
    .onConflictDoNothing()
    .returning();
  return row;
}
