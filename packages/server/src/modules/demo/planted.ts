import { addDays } from '@backplan/clinical/careplan/calendar';
import type { PatientHistory } from '@backplan/clinical/simulation/index';
import { PLANTED } from './demo-people';

/**
 * Situations planted after the simulation so that even a small demo clinic shows every triage
 * reason (docs/demo.md): a flare that has lasted 10 days and is still going, and a yes to the
 * weekly bladder, bowel or saddle question in the latest check-in. Everything else in the
 * history is the simulator's.
 */
const LONG_FLARE_DAYS = 10;

export function plantSituations(index: number, history: PatientHistory, today: string): PatientHistory {
  if (!history.outcome.started) return history;
  if ((PLANTED.longFlare as readonly number[]).includes(index)) {
    const from = addDays(today, -LONG_FLARE_DAYS);
    const checkIns = history.checkIns.map((checkIn) =>
      checkIn.day >= from ? { ...checkIn, pain: Math.min(10, checkIn.pain + 3), flare: true } : checkIn,
    );
    const log = checkIns
      .filter((checkIn) => checkIn.day >= from)
      .map((checkIn) => ({ date: checkIn.day, pain: checkIn.pain, settled: false, redFlagSymptoms: [] }));
    const earlier = history.flares.filter((flare) => flare.endedOn !== null && flare.endedOn < from);
    return { ...history, checkIns, flares: [...earlier, { startedOn: from, endedOn: null, log }] };
  }
  if ((PLANTED.bladderBowelSaddle as readonly number[]).includes(index)) {
    const last = history.checkIns.at(-1);
    if (last === undefined) return history;
    return {
      ...history,
      checkIns: [...history.checkIns.slice(0, -1), { ...last, newBladderBowelSaddleSymptoms: true }],
    };
  }
  return history;
}
