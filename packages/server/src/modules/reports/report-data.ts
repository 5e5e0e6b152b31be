import { addDays } from '@backplan/clinical/careplan/calendar';
import { computeAdherence, rollingSevenDayMeanPain } from '@backplan/clinical/outcomes/index';
import { and, asc, desc, eq, gt, gte, isNull, lte, or } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import {
  type carePlans,
  checkIns,
  flareEpisodes,
  goals,
  instrumentResponses,
  medications,
  patientSummaries,
  sessionLogs,
  users,
} from '../../db/schema';
import type { PatientRecord } from '../organisations/repository';
import {
  COMPONENT_TEXT,
  carePlanOn,
  firstCarePlanStart,
  STEP_TEXT,
  storedComponents,
  storedProgramme,
} from '../patient-app/care-plan';
import { ADHERENCE_WINDOW_DAYS, adherenceRecords } from '../summaries/facts';

/**
 * What the one-page report shows, read from the record with bounded queries
 * (the last REPORT_DAYS days). Kept apart from the drawing so the clinician's
 * fuller PDF can reuse the same facts.
 */
export const REPORT_DAYS = 90;

export interface PatientReportData {
  readonly patientName: string;
  readonly from: string;
  readonly to: string;
  readonly painMean7d: readonly { date: string; mean: number | null }[];
  readonly peg: readonly { date: string; score: number }[];
  readonly adherence: {
    readonly done: number;
    readonly planned: number;
    readonly rate: number | null;
    readonly days: number;
  };
  readonly step: { readonly step: number; readonly title: string; readonly since: string } | null;
  readonly components: readonly string[];
  readonly medications: readonly {
    drug: string;
    dose: string;
    frequency: string;
    since: string;
    recordedBy: string;
  }[];
  readonly flags: readonly string[];
  readonly goals: readonly string[];
  readonly baselinePain: number | null;
}

export async function loadPatientReportData(
  tx: Executor,
  patient: PatientRecord,
  today: string,
): Promise<PatientReportData> {
  const from = addDays(today, -(REPORT_DAYS - 1));
  const mine = (
    table:
      | typeof checkIns
      | typeof sessionLogs
      | typeof instrumentResponses
      | typeof carePlans
      | typeof goals
      | typeof medications
      | typeof flareEpisodes,
  ) => and(eq(table.orgId, patient.orgId), eq(table.patientId, patient.id));
  const [user] = await tx
    .select({ name: users.displayName })
    .from(users)
    .where(eq(users.id, patient.userId))
    .limit(1);
  const diary = (
    await tx
      .select({ date: checkIns.day, pain: checkIns.pain })
      .from(checkIns)
      .where(and(mine(checkIns), gte(checkIns.day, addDays(from, -6)), lte(checkIns.day, today)))
  ).map((r) => ({ date: r.date, pain: r.pain }));
  const painMean7d: { date: string; mean: number | null }[] = [];
  for (let day = from; day <= today; day = addDays(day, 1))
    painMean7d.push({ date: day, mean: rollingSevenDayMeanPain(diary, day) });
  const peg = (
    await tx
      .select({ date: instrumentResponses.answeredOn, score: instrumentResponses.primaryScore })
      .from(instrumentResponses)
      .where(
        and(
          mine(instrumentResponses),
          eq(instrumentResponses.instrumentId, 'peg-3'),
          gte(instrumentResponses.answeredOn, from),
        ),
      )
      .orderBy(asc(instrumentResponses.answeredOn))
  ).flatMap((r) => (r.score === null ? [] : [{ date: r.date, score: r.score }]));

  const plan = await carePlanOn(tx, patient, today);
  const programme = plan ? storedProgramme(plan) : null;
  const careStart = await firstCarePlanStart(tx, patient);
  const windowFrom = addDays(today, -(ADHERENCE_WINDOW_DAYS * 2 - 1));
  const adherenceFrom = careStart && careStart > windowFrom ? careStart : windowFrom;
  const logs = await tx
    .select({ day: sessionLogs.day })
    .from(sessionLogs)
    .where(and(mine(sessionLogs), eq(sessionLogs.completed, true), gte(sessionLogs.day, adherenceFrom)));
  const flares = await tx
    .select({ startedOn: flareEpisodes.startedOn, endedOn: flareEpisodes.endedOn })
    .from(flareEpisodes)
    .where(and(mine(flareEpisodes), lte(flareEpisodes.startedOn, today)))
    .orderBy(desc(flareEpisodes.startedOn))
    .limit(10);
  const adherence = computeAdherence(
    adherenceRecords({
      from: adherenceFrom,
      to: today,
      sessionDays: programme?.sessionDays ?? [],
      doneDays: new Set(logs.map((l) => l.day)),
      flareDays: (day) => flares.some((f) => f.startedOn <= day && (f.endedOn === null || day <= f.endedOn)),
      today,
    }),
    adherenceFrom,
    today,
  );

  const meds = await tx
    .select()
    .from(medications)
    .where(and(mine(medications), or(isNull(medications.stoppedOn), gt(medications.stoppedOn, today))))
    .orderBy(asc(medications.drug))
    .limit(30);
  const [summary] = await tx
    .select()
    .from(patientSummaries)
    .where(and(eq(patientSummaries.orgId, patient.orgId), eq(patientSummaries.patientId, patient.id)))
    .limit(1);
  const flags: string[] = [];
  if (summary?.redFlagAction === 'emergency' || summary?.redFlagAction === 'urgent') {
    flags.push(
      `Warning signs reported (${summary.redFlagAction}): please check ${summary.triageReasons.find((r) => /red flag/i.test(r))?.replace(/^\w+ red flag: /, '') ?? 'the record'}.`,
    );
  }
  if (summary?.selfHarmFlag) flags.push('Answered above 0 to PHQ-9 question 9 (thoughts of self-harm).');
  const openFlare = flares.find((f) => f.endedOn === null);
  if (openFlare) flags.push(`Flare-up since ${openFlare.startedOn}.`);
  const goalRows = await tx
    .select({ goal: goals.goal, status: goals.status })
    .from(goals)
    .where(mine(goals))
    .limit(10);

  return {
    patientName: user?.name ?? 'Patient',
    from,
    to: today,
    painMean7d,
    peg,
    adherence: {
      done: adherence.completed,
      planned: adherence.prescribed,
      rate: adherence.rate,
      days: ADHERENCE_WINDOW_DAYS * 2,
    },
    step: plan
      ? {
          step: plan.step,
          title: STEP_TEXT[plan.step]?.title ?? `Step ${plan.step}`,
          since: plan.stepStartedOn,
        }
      : null,
    components: plan ? storedComponents(plan).map((c) => COMPONENT_TEXT[c.kind]?.title ?? c.kind) : [],
    medications: meds.map((m) => ({
      drug: m.drug,
      dose: `${m.dose} ${m.unit}`,
      frequency: m.frequency,
      since: m.startedOn,
      recordedBy: m.recordedBy,
    })),
    flags,
    goals: goalRows
      .filter((g) => g.status === 'active')
      .map((g) => {
        const goal = g.goal as { activity?: string; target?: number; measure?: string; period?: string };
        return [
          goal.activity,
          goal.target !== undefined
            ? `${goal.target} ${goal.measure ?? ''} per ${goal.period ?? 'week'}`
            : null,
        ]
          .filter(Boolean)
          .join(': ');
      }),
    baselinePain: summary?.painBaseline ?? null,
  };
}
