import type { PatientTraits } from './cohort';
import { type TimeCourse, timeCourse } from './model';
import type { SimulationParameters } from './parameter-types';
import type { Random } from './random';

/**
 * One patient's daily pain (docs/simulation.md, "Pain model"):
 *   baseline × (1 − fall′ × g(day)) − baseline × Σ rescue_k × g(day − start_k)
 *   + drug shift + flare rise + slow fluctuation + daily noise,
 * where fall′ is the patient's own fall adjusted for their adherence so far (clinical.md §6.2),
 * g is the time-course shape (§6.1), and a rescue is a non-responder starting to respond after
 * a treatment added at a decision point (duloxetine §7.2, CBT §5.7, physiotherapy, tramadol).
 */
export class PainModel {
  private readonly course: TimeCourse;
  private readonly rescues: { startDay: number; extraFall: number }[] = [];
  private slow = 0;
  private currentFall: number;
  private rescued = false;
  private readonly flareCentring: number;

  constructor(
    private readonly parameters: SimulationParameters,
    private readonly traits: PatientTraits,
    private readonly random: Random,
  ) {
    this.course = timeCourse(parameters.timeCourse.meanPain.value);
    this.currentFall = traits.fall;
    // The time course is a mean that already includes flare days, so the expected flare rise
    // (flares a year × days each, with the two settled days that end a flare) is taken out.
    const { flares } = parameters;
    const flareDaysPerYear = -Math.log(1 - flares.annualProbability.value) * (flares.meanDays.value + 2);
    this.flareCentring = (flares.painRise.value * flareDaysPerYear) / 365;
  }

  /** Whether the patient's pain now responds (a responder, or a rescued non-responder). */
  get responding(): boolean {
    return this.traits.responder || this.rescued;
  }

  /**
   * A treatment added on `day` makes a non-responder respond with probability `chance`:
   * their fall moves to a responder's fall, following the time-course shape from that day.
   */
  tryRescue(day: number, chance: number): boolean {
    if (this.responding || !this.random.chance(chance)) return false;
    const { responderMeanFall, responderFallSd } = this.parameters.response;
    const target = Math.min(
      0.97,
      Math.max(0.2, this.random.normal(responderMeanFall.value, responderFallSd.value)),
    );
    const extraFall = Math.max(0, target - this.currentFall);
    this.rescues.push({ startDay: day, extraFall });
    this.currentFall += extraFall;
    this.rescued = true;
    return true;
  }

  /** The underlying (unrounded) pain on `day`, advancing the slow fluctuation by one day. */
  painOn(day: number, context: { adherenceSoFar: number; drugShift: number; flareRise: number }): number {
    const { noise, response, adherence } = this.parameters;
    const persistence = noise.weeklyPersistence.value;
    this.slow =
      persistence * this.slow + this.random.normal(0, noise.weeklySd.value * Math.sqrt(1 - persistence ** 2));
    const baseline = this.traits.baselinePain;
    const fall =
      this.traits.fall + response.adherenceEffect.value * (context.adherenceSoFar - adherence.meanRate.value);
    let expected = baseline * (1 - fall * this.course.shape(day / 7));
    for (const rescue of this.rescues) {
      expected -= baseline * rescue.extraFall * this.course.shape((day - rescue.startDay) / 7);
    }
    const value =
      expected +
      context.drugShift +
      context.flareRise -
      this.flareCentring +
      this.slow +
      this.random.normal(0, noise.dailySd.value);
    return Math.min(10, Math.max(0, value));
  }
}

/** A diary score: whole points from 0 to 10. */
export const diaryScore = (pain: number): number => Math.min(10, Math.max(0, Math.round(pain)));
