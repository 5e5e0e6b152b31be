import type { ImportedCheckIn } from './import-types';
import type { ImportedObservation } from './observation';

type CheckInObservation = Extract<ImportedObservation, { kind: 'check-in' }>;

function numberOrNull(value: number | boolean | undefined): number | null {
  return typeof value === 'number' ? value : null;
}

function booleanOrNull(value: number | boolean | undefined): boolean | null {
  return typeof value === 'boolean' ? value : null;
}

/**
 * Check-in values grouped into one record per day. BackPlan keeps one check-in a day and a later
 * check-in replaces an earlier one (check_ins table), so of two values for the same day and
 * measure the later effective time wins, and on a tie the later resource in the input.
 */
export function groupCheckIns(observations: readonly CheckInObservation[]): ImportedCheckIn[] {
  const byDay = new Map<string, CheckInObservation[]>();
  for (const observation of observations)
    byDay.set(observation.day, [...(byDay.get(observation.day) ?? []), observation]);
  return [...byDay.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, values]) => {
      const latest = new Map<string, CheckInObservation>();
      for (const value of values) {
        const previous = latest.get(value.measure);
        if (previous === undefined || value.effective >= previous.effective) latest.set(value.measure, value);
      }
      const latestValue = (measure: CheckInObservation['measure']) => latest.get(measure)?.value;
      return {
        day,
        pain: numberOrNull(latestValue('pain')),
        sleepQuality: numberOrNull(latestValue('sleepQuality')),
        mood: numberOrNull(latestValue('mood')),
        activityMinutes: numberOrNull(latestValue('activityMinutes')),
        flare: booleanOrNull(latestValue('flare')),
        newBladderBowelSaddleSymptoms: booleanOrNull(latestValue('newBladderBowelSaddleSymptoms')),
        sourceIds: values.flatMap((value) => (value.sourceId === null ? [] : [value.sourceId])),
      };
    });
}
