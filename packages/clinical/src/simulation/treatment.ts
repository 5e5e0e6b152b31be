import type { IsoDate } from '../core/vocabulary';
import { type CareEvent, type CareState, trialFor } from './clinician';
import { conditionalRescue } from './model';
import type { PainModel } from './pain-model';
import type { SimulationParameters } from './parameter-types';
import type { Random } from './random';

/**
 * What an accepted card does to a simulated patient's pain (docs/simulation.md, "Treatments"):
 * a referral to CBT (Cherkin 2016) or physiotherapy, and duloxetine (Alev 2017), tramadol or an
 * opioid, may make a non-responder respond; an NSAID shifts pain a little (Enthoven 2016);
 * duloxetine is stopped for side effects with the trial rate (Skljarevski 2010).
 */
export interface TreatmentEffects {
  /** Pain shift from the medicines in use today. */
  drugShift: number;
  /** Medicines to stop on a later day, with the trial outcome to record. */
  pendingStops: { day: number; drug: string; outcome: 'not-tolerated' }[];
}

export interface CareEventContext {
  readonly day: number;
  readonly date: IsoDate;
  readonly care: CareState;
  readonly pain: PainModel;
  readonly effects: TreatmentEffects;
  readonly parameters: SimulationParameters;
  readonly random: Random;
  /** The intake review: referrals made then are usual care, already in the time course. */
  readonly atIntake: boolean;
}

export function applyCareEvents(events: readonly CareEvent[], context: CareEventContext): void {
  const { treatment } = context.parameters;
  const { pain, day, random } = context;
  for (const event of events) {
    if (event.kind === 'component-added' && !context.atIntake) {
      if (event.component === 'cbt-counselling') {
        pain.tryRescue(
          day,
          conditionalRescue(treatment.cbtResponse.value, treatment.cbtUsualCareResponse.value),
        );
      }
      if (
        event.component === 'physiotherapy' ||
        event.component === 'psychologically-informed-physiotherapy'
      ) {
        pain.tryRescue(day, treatment.physiotherapyRescue.value);
      }
    }
    if (event.kind === 'medication-started') {
      if (event.tier === 'duloxetine') {
        if (random.chance(treatment.duloxetineDiscontinuation.value)) {
          context.effects.pendingStops.push({
            day: day + random.integer(3, 28),
            drug: 'duloxetine',
            outcome: 'not-tolerated',
          });
        } else {
          pain.tryRescue(
            day,
            conditionalRescue(treatment.duloxetineResponse.value, treatment.duloxetinePlaceboResponse.value),
          );
        }
      }
      if (event.tier === 'tramadol') pain.tryRescue(day, treatment.tramadolRescue.value);
      if (event.tier === 'opioid') pain.tryRescue(day, treatment.opioidRescue.value);
    }
    if (event.kind === 'red-flag-cleared') {
      context.care.clearances.push({ condition: 'infection', clearedOn: context.date });
    }
  }
}

/** Stops medicines due to stop today and returns today's drug shift. */
export function applyMedicationStops(
  day: number,
  date: IsoDate,
  care: CareState,
  effects: TreatmentEffects,
  parameters: SimulationParameters,
): number {
  const due = effects.pendingStops.filter((stop) => stop.day === day);
  for (const stop of due) {
    const index = care.medications.findIndex((m) => m.entry.drug === stop.drug && m.stoppedOn === null);
    const medication = care.medications[index];
    if (medication === undefined) continue;
    care.medications[index] = { ...medication, stoppedOn: date };
    care.trials.push(trialFor(medication, date, stop.outcome));
  }
  if (due.length > 0) effects.pendingStops = effects.pendingStops.filter((stop) => stop.day !== day);
  const onNsaid = care.medications.some((m) => m.stoppedOn === null && m.entry.drug === 'naproxen');
  return onNsaid ? parameters.treatment.nsaidPainShift.value : 0;
}
