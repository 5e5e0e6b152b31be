import { addDays, weekdayOf } from '@backplan/clinical/careplan/calendar';
import { findExercise } from '@backplan/clinical/exercise/catalogue/index';
import { describeDose } from '@backplan/clinical/exercise/dose';
import {
  type ChangeAssessment,
  type ChangeCategory,
  classifyMeaningfulChange,
  computeAdherence,
  rollingSevenDayMeanPain,
} from '@backplan/clinical/outcomes/index';
import { and, asc, desc, eq, gte, lte } from 'drizzle-orm';
import {
  assessments,
  type carePlans,
  checkIns,
  flareEpisodes,
  goals,
  instrumentResponses,
  sessionLogs,
} from '../../db/schema';
import { ADHERENCE_WINDOW_DAYS, adherenceRecords } from '../summaries/facts';
import { carePlanOn, firstCarePlanStart, stepText, storedProgramme } from './care-plan';
import { explainChange } from './change-words';
import { own, type PatientRequest, patientToday } from './own-record';
import { CHECK_IN_MORE, langOf } from './spanish';

/**
 * Progress for the patient: the 7-day mean pain (clinical.md §3.1: judge pain on a
 * rolling weekly mean, not single days), PEG, an adherence calendar in neutral words
 * (missed days are never shamed, products.md §4 item 12), goals, activity, and
 * meaningful change explained in plain words with the clinical outcome functions.
 */

const changeFacts = (change: ChangeAssessment) => ({
  baseline: change.baseline,
  current: Math.round(change.current * 100) / 100,
  pointChange: Math.round(change.pointChange * 100) / 100,
  category: change.category,
});

export async function progress(request: PatientRequest, query: { days?: number }) {
  const now = request.ctx.clock();
  const lang = langOf(request.principal.language);
  return own(request, 'read', 'progress', async (tx, patient) => {
    const to = patientToday(patient, now);
    const from = addDays(to, -((query.days ?? 90) - 1));
    const mine = (
      table:
        | typeof checkIns
        | typeof sessionLogs
        | typeof instrumentResponses
        | typeof carePlans
        | typeof goals
        | typeof assessments
        | typeof flareEpisodes,
    ) => and(eq(table.orgId, patient.orgId), eq(table.patientId, patient.id));
    const diaryRows = await tx
      .select({ day: checkIns.day, pain: checkIns.pain, activity: checkIns.activityMinutes })
      .from(checkIns)
      .where(and(mine(checkIns), gte(checkIns.day, addDays(from, -6)), lte(checkIns.day, to)))
      .orderBy(asc(checkIns.day));
    const diary = diaryRows.map((r) => ({ date: r.day, pain: r.pain }));
    const days: string[] = [];
    for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
    const painMean7d = days.map((date) => {
      const mean = rollingSevenDayMeanPain(diary, date);
      return { date, mean: mean === null ? null : Math.round(mean * 100) / 100 };
    });
    const pegRows = await tx
      .select({ date: instrumentResponses.answeredOn, score: instrumentResponses.primaryScore })
      .from(instrumentResponses)
      .where(
        and(
          mine(instrumentResponses),
          eq(instrumentResponses.instrumentId, 'peg-3'),
          gte(instrumentResponses.answeredOn, from),
          lte(instrumentResponses.answeredOn, to),
        ),
      )
      .orderBy(asc(instrumentResponses.answeredOn));
    const peg = pegRows.flatMap((r) => (r.score === null ? [] : [{ date: r.date, score: r.score }]));

    const plan = await carePlanOn(tx, patient, to);
    const programme = plan ? storedProgramme(plan) : null;
    const careStart = await firstCarePlanStart(tx, patient);
    const logs = await tx
      .select({ day: sessionLogs.day, completed: sessionLogs.completed })
      .from(sessionLogs)
      .where(and(mine(sessionLogs), gte(sessionLogs.day, from), lte(sessionLogs.day, to)));
    const doneDays = new Set(logs.filter((l) => l.completed).map((l) => l.day));
    const sessionDays = programme?.sessionDays ?? [];
    const adherenceCalendar = days.map((date) => {
      const started = careStart !== null && date >= careStart;
      const status = doneDays.has(date)
        ? ('done' as const)
        : started && sessionDays.includes(weekdayOf(date))
          ? ('planned' as const)
          : ('none' as const);
      return { date, status };
    });
    const flares = await tx
      .select({ startedOn: flareEpisodes.startedOn, endedOn: flareEpisodes.endedOn })
      .from(flareEpisodes)
      .where(and(mine(flareEpisodes), lte(flareEpisodes.startedOn, to)))
      .orderBy(desc(flareEpisodes.startedOn))
      .limit(10);
    const windowFrom = addDays(to, -(ADHERENCE_WINDOW_DAYS - 1));
    const adherenceFrom = careStart && careStart > windowFrom ? careStart : windowFrom;
    const adherence = computeAdherence(
      adherenceRecords({
        from: adherenceFrom,
        to,
        sessionDays,
        doneDays,
        flareDays: (day) =>
          flares.some((f) => f.startedOn <= day && (f.endedOn === null || day <= f.endedOn)),
        today: to,
      }),
      adherenceFrom,
      to,
    );

    const goalRows = await tx.select().from(goals).where(mine(goals)).orderBy(asc(goals.createdAt)).limit(50);
    const [intake] = await tx
      .select({ result: assessments.result })
      .from(assessments)
      .where(and(mine(assessments), eq(assessments.kind, 'intake')))
      .orderBy(desc(assessments.assessedOn))
      .limit(1);
    const baseline = (intake?.result as { baseline?: { painNrs?: number; peg?: number } } | undefined)
      ?.baseline;
    const explanations: string[] = [];
    const changes: {
      measure: 'pain' | 'peg';
      baseline: number;
      current: number;
      pointChange: number;
      category: ChangeCategory;
    }[] = [];
    const currentMean = painMean7d.at(-1)?.mean ?? null;
    if (baseline?.painNrs !== undefined && currentMean !== null) {
      const change = classifyMeaningfulChange('pain', baseline.painNrs, currentMean);
      explanations.push(explainChange('pain', change, lang));
      changes.push({ measure: 'pain', ...changeFacts(change) });
    } else if (baseline?.painNrs !== undefined) {
      explanations.push(CHECK_IN_MORE[lang]);
    }
    const latestPeg = peg.at(-1);
    if (baseline?.peg !== undefined && latestPeg && latestPeg.date > (careStart ?? '')) {
      const change = classifyMeaningfulChange('peg', baseline.peg, latestPeg.score);
      explanations.push(explainChange('PEG score', change, lang));
      changes.push({ measure: 'peg', ...changeFacts(change) });
    }
    return {
      from,
      to,
      painMean7d,
      peg,
      adherenceCalendar,
      adherence14d: adherence.rate,
      goals: goalRows.map((g) => {
        const goal = g.goal as { activity?: string; target?: number; measure?: string; period?: string };
        return {
          id: g.id,
          text: [
            goal.activity,
            goal.target !== undefined
              ? `${goal.target} ${goal.measure ?? ''} per ${goal.period ?? 'week'}`
              : null,
          ]
            .filter(Boolean)
            .join(': '),
          status: g.status,
          reviews: Array.isArray(g.reviews) ? g.reviews : [],
        };
      }),
      activityMinutes: diaryRows
        .filter((r) => r.day >= from && r.activity !== null)
        .map((r) => ({ date: r.day, minutes: r.activity ?? 0 })),
      explanations,
      changes,
      step: plan ? { step: plan.step, ...stepText(plan.step, lang) } : null,
      activityQuotas: (programme?.session.items ?? []).flatMap((item) => {
        if (item.dose.kind !== 'duration') return [];
        const exercise = findExercise(item.exerciseId);
        if (!exercise || exercise.group === 'relaxation' || exercise.group === 'warm-up') return [];
        const text = describeDose(exercise, item.dose);
        return [{ exerciseId: exercise.id, name: exercise.name, minutes: item.dose.minutes, text }];
      }),
    };
  });
}
