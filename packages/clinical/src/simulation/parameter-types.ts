import type { Citation } from '../core/sources';

/**
 * Every number that shapes a simulated patient is a parameter with its basis:
 * - `evidence`: taken from clinical.md, with the source and the section it is recorded in;
 * - `assumption`: clinical.md gives no number, so the value is ours. The note says why we chose
 *   it, and `related` names a source that supports the direction (never the size) when one exists;
 * - `article`: a figure from the seed article, used only by the named "article" scenario for
 *   comparison. clinical.md §8 found these unsupported or misstated; they are never the default.
 */
interface ParameterBase<T> {
  readonly value: T;
  /** What the number means here and how it was derived. */
  readonly note: string;
}

export interface EvidenceParameter<T> extends ParameterBase<T> {
  readonly basis: 'evidence';
  readonly source: Citation;
}

export interface AssumptionParameter<T> extends ParameterBase<T> {
  readonly basis: 'assumption';
  /** A source that supports the direction of the effect, when clinical.md has one. */
  readonly related?: Citation;
}

export interface ArticleParameter<T> extends ParameterBase<T> {
  readonly basis: 'article';
  /** The seed article's claim and the clinical.md §8 row that judged it. */
  readonly claim: string;
}

export type SimulationParameter<T> = EvidenceParameter<T> | AssumptionParameter<T> | ArticleParameter<T>;

export const evidence = <T>(value: T, source: Citation, note: string): EvidenceParameter<T> => ({
  basis: 'evidence',
  value,
  source,
  note,
});

export const assumption = <T>(value: T, note: string, related?: Citation): AssumptionParameter<T> => ({
  basis: 'assumption',
  value,
  note,
  ...(related ? { related } : {}),
});

export const article = <T>(value: T, claim: string, note: string): ArticleParameter<T> => ({
  basis: 'article',
  value,
  claim,
  note,
});

type P<T> = SimulationParameter<T>;

/** Mean pain (0–10 NRS) at a week since the start of care: one knot of the time-course curve. */
export interface TimeCourseKnot {
  readonly week: number;
  readonly meanPain: number;
}

export interface SimulationParameters {
  readonly scenario: string;
  readonly cohort: {
    readonly ageMean: P<number>;
    readonly ageSd: P<number>;
    readonly femaleShare: P<number>;
    readonly phenotypeShares: P<
      Readonly<Record<'mechanical' | 'radicular' | 'inflammatory' | 'mixed', number>>
    >;
    readonly riskShares: P<Readonly<Record<'low' | 'medium' | 'high', number>>>;
    /** Share with PHQ-9 of 10 or more at intake. */
    readonly depressedShare: P<number>;
    /** Share answering PHQ-9 item 9 above 0 at intake. */
    readonly selfHarmShare: P<number>;
    /** Share with an emergency or urgent red flag at intake. */
    readonly redFlagShare: P<number>;
    readonly baselinePainSd: P<number>;
  };
  readonly timeCourse: {
    /** Mean pain by week under usual stepped care; the first knot is the baseline. */
    readonly meanPain: P<readonly TimeCourseKnot[]>;
  };
  readonly response: {
    readonly responderMeanFall: P<number>;
    readonly responderFallSd: P<number>;
    readonly nonResponderMeanFall: P<number>;
    readonly nonResponderFallSd: P<number>;
    /** Risk ratio of non-response per point of baseline pain above the cohort mean. */
    readonly baselinePainRiskRatio: P<number>;
    readonly riskGroupRiskRatio: P<Readonly<Record<'low' | 'medium' | 'high', number>>>;
    readonly depressionRiskRatio: P<number>;
    /** Extra fall in pain (fraction of baseline) per unit of adherence above the cohort mean. */
    readonly adherenceEffect: P<number>;
  };
  readonly adherence: {
    readonly meanRate: P<number>;
    readonly sdRate: P<number>;
    readonly trajectoryShares: P<Readonly<Record<'stable' | 'declining' | 'improving', number>>>;
    /** Change in the session probability from week 0 to week 12 for each trajectory. */
    readonly trajectoryChange: P<Readonly<Record<'stable' | 'declining' | 'improving', number>>>;
    readonly depressionPenalty: P<number>;
    /** Supervised minus self-administered adherence, applied while physiotherapy is in the plan. */
    readonly supervisedGain: P<number>;
    readonly supervisedShare: P<number>;
    /** Added to the daily session probability while reminders are on. */
    readonly reminderNudge: P<number>;
    /** Added after a clinician simplifies the programme at a "not doing it" review. */
    readonly simplifiedProgrammeNudge: P<number>;
    /** Chance of a daily check-in on a given day. */
    readonly checkInRate: P<number>;
  };
  readonly flares: {
    readonly annualProbability: P<number>;
    readonly meanDays: P<number>;
    readonly painRise: P<number>;
    /** Chance that a flare-day screen finds a red-flag symptom. */
    readonly redFlagPerFlare: P<number>;
  };
  readonly treatment: {
    readonly nsaidPainShift: P<number>;
    readonly duloxetineResponse: P<number>;
    readonly duloxetinePlaceboResponse: P<number>;
    readonly duloxetineDiscontinuation: P<number>;
    readonly tramadolRescue: P<number>;
    readonly opioidRescue: P<number>;
    readonly cbtResponse: P<number>;
    readonly cbtUsualCareResponse: P<number>;
    readonly physiotherapyRescue: P<number>;
    readonly clinicianAcceptance: P<number>;
  };
  readonly noise: {
    readonly dailySd: P<number>;
    readonly weeklySd: P<number>;
    readonly weeklyPersistence: P<number>;
  };
}
