import type { CodeableConcept, Observation, Patient, Quantity, Reference } from '@medplum/fhirtypes';
import { backplanConcept } from './backplan-code-system';
import type { BackplanCode } from './backplan-concepts';
import type { CheckInExport, FlareEpisodeExport, SessionLogExport } from './record';
import { resourceId } from './references';
import { HL7_SYSTEMS, LOINC_SYSTEM_URL, UCUM_SYSTEM_URL } from './systems';

/**
 * Diary values: one Observation per value of the daily check-in, one per exercise session and
 * one per flare episode. The check-in pain uses LOINC 72514-3 (clinical.md §3.0); the rest use
 * BackPlan codes. The category `daily-check-in` tells a diary pain from an NRS questionnaire score.
 */

/** The diary pain code: the 0–10 numeric rating the NRS instrument uses too (clinical.md §3.0, §3.1). */
export const DIARY_PAIN_CODE: CodeableConcept = {
  coding: [
    {
      system: LOINC_SYSTEM_URL,
      code: '72514-3',
      display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported',
    },
  ],
  text: 'Average pain over the last 24 hours (0–10)',
};

function category(code: string): CodeableConcept {
  return { coding: [{ system: HL7_SYSTEMS.observationCategory, code }] };
}

const CHECK_IN_CATEGORIES: readonly CodeableConcept[] = [
  category('survey'),
  backplanConcept('daily-check-in'),
];

export function scoreQuantity(value: number): Quantity {
  return { value, unit: '{score}', system: UCUM_SYSTEM_URL, code: '{score}' };
}

export function minutesQuantity(value: number): Quantity {
  return { value, unit: 'min', system: UCUM_SYSTEM_URL, code: 'min' };
}

type ObservationValue = Pick<Observation, 'valueQuantity' | 'valueBoolean' | 'valueString'>;

export function checkInToObservations(checkIn: CheckInExport, subject: Reference<Patient>): Observation[] {
  const observation = (
    suffix: string,
    code: CodeableConcept,
    value: ObservationValue,
    extra: Partial<Observation> = {},
  ): Observation => ({
    resourceType: 'Observation',
    id: resourceId(checkIn.id, suffix),
    status: 'final',
    category: [...CHECK_IN_CATEGORIES],
    code,
    subject,
    effectiveDateTime: checkIn.day,
    ...value,
    ...extra,
  });
  const local = (suffix: string, code: BackplanCode, value: ObservationValue): Observation =>
    observation(suffix, backplanConcept(code), value);
  const note = checkIn.note?.trim();
  const observations: Observation[] = [
    observation(
      'pain',
      DIARY_PAIN_CODE,
      { valueQuantity: scoreQuantity(checkIn.pain) },
      {
        ...(note ? { note: [{ text: note }] } : {}),
      },
    ),
  ];
  if (checkIn.sleepQuality != null) {
    observations.push(
      local('sleep', 'sleep-quality', { valueQuantity: scoreQuantity(checkIn.sleepQuality) }),
    );
  }
  if (checkIn.mood != null)
    observations.push(local('mood', 'mood', { valueQuantity: scoreQuantity(checkIn.mood) }));
  if (checkIn.activityMinutes != null) {
    observations.push(
      local('activity', 'activity-minutes', { valueQuantity: minutesQuantity(checkIn.activityMinutes) }),
    );
  }
  observations.push(local('flare', 'flare', { valueBoolean: checkIn.flare }));
  if (checkIn.newBladderBowelSaddleSymptoms != null) {
    observations.push(
      local('ces-screen', 'bladder-bowel-saddle-screen', {
        valueBoolean: checkIn.newBladderBowelSaddleSymptoms,
      }),
    );
  }
  const sideEffects = (checkIn.sideEffects ?? [])
    .map((text) => text.trim())
    .filter((text) => text.length > 0);
  if (sideEffects.length > 0) {
    observations.push(
      local('side-effects', 'side-effects-reported', { valueString: sideEffects.join('; ') }),
    );
  }
  return observations;
}

/** Share of planned exercises done as planned or in an easier form, in whole percent. */
export function sessionAdherencePercent(log: SessionLogExport): number | null {
  if (log.exercises.length === 0) return null;
  const done = log.exercises.filter((exercise) => exercise.outcome !== 'skipped').length;
  return Math.round((done / log.exercises.length) * 100);
}

export function sessionLogToObservation(log: SessionLogExport, subject: Reference<Patient>): Observation {
  const adherence = sessionAdherencePercent(log);
  const components: NonNullable<Observation['component']> = [
    { code: backplanConcept('exercise-session-completed'), valueBoolean: log.completed },
    { code: backplanConcept('exercise-stopped-for-symptoms'), valueBoolean: log.stoppedForSymptoms },
  ];
  if (log.maxPainDuring != null) {
    components.push({
      code: backplanConcept('exercise-pain-during'),
      valueQuantity: scoreQuantity(log.maxPainDuring),
    });
  }
  if (log.settledNextMorning != null) {
    components.push({
      code: backplanConcept('exercise-settled-next-morning'),
      valueBoolean: log.settledNextMorning,
    });
  }
  return {
    resourceType: 'Observation',
    id: resourceId(log.id),
    status: 'final',
    category: [category('activity')],
    code: backplanConcept('exercise-adherence'),
    subject,
    effectiveDateTime: log.day,
    ...(adherence === null
      ? { dataAbsentReason: { text: 'No exercises were planned for this session' } }
      : { valueQuantity: { value: adherence, unit: '%', system: UCUM_SYSTEM_URL, code: '%' } }),
    component: components,
    note: [{ text: `Care plan version ${log.carePlanVersion}` }],
  };
}

export function flareEpisodeToObservation(
  flare: FlareEpisodeExport,
  subject: Reference<Patient>,
): Observation {
  return {
    resourceType: 'Observation',
    id: resourceId(flare.id),
    status: 'final',
    category: [category('survey')],
    code: backplanConcept('flare-episode'),
    subject,
    effectivePeriod: { start: flare.startedOn, ...(flare.endedOn ? { end: flare.endedOn } : {}) },
    valueBoolean: true,
  };
}
