import type { BaselineScores } from '../core/assessment-contract';
import { interpretOdiPercent, ODI } from '../instruments/odi';
import { INSTRUMENT_IDS, type InstrumentResultFor, tryScoreInstrument } from '../instruments/registry';
import { interpretRmdqTotal, RMDQ } from '../instruments/rmdq';
import type { InstrumentId, ScoreInterpretation, ScoreValue } from '../instruments/types';
import type { Intake } from './intake-schema';

/** Scores and interpretation for one instrument, as reported in the assessment. */
export interface InstrumentScoreSummary {
  readonly instrumentId: InstrumentId;
  /** `item-answers`: scored here; `clinician-entered-total`: a total from a licensed paper form. */
  readonly source: 'item-answers' | 'clinician-entered-total';
  readonly scores: readonly ScoreValue[];
  readonly interpretation: ScoreInterpretation;
  readonly notes: readonly string[];
}

export interface UnscoredInstrument {
  readonly instrumentId: InstrumentId;
  readonly reasons: readonly string[];
}

export type ScoredResults = { readonly [Id in InstrumentId]?: InstrumentResultFor<Id> };

export interface IntakeScores {
  readonly results: ScoredResults;
  readonly summaries: readonly InstrumentScoreSummary[];
  readonly unscored: readonly UnscoredInstrument[];
  readonly baseline: BaselineScores;
}

function scoreEach(intake: Intake): { results: ScoredResults; unscored: UnscoredInstrument[] } {
  const results: { [Id in InstrumentId]?: InstrumentResultFor<Id> } = {};
  const unscored: UnscoredInstrument[] = [];
  for (const id of INSTRUMENT_IDS) {
    const answers = intake.instruments[id];
    if (answers === undefined) continue;
    const outcome = tryScoreInstrument(id, answers);
    if (outcome.ok) {
      Object.assign(results, { [id]: outcome.result });
    } else {
      unscored.push({ instrumentId: id, reasons: outcome.issues.map((issue) => issue.message) });
    }
  }
  return { results, unscored };
}

function clinicianEnteredSummaries(intake: Intake, results: ScoredResults): InstrumentScoreSummary[] {
  const findings = intake.clinicianFindings;
  const summaries: InstrumentScoreSummary[] = [];
  const note = 'Total entered by a clinician from a licensed paper form.';
  if (findings?.odiPercent !== undefined && results.odi === undefined) {
    const [definition] = ODI.scoreDefinitions;
    if (definition !== undefined) {
      summaries.push({
        instrumentId: 'odi',
        source: 'clinician-entered-total',
        scores: [{ ...definition, value: findings.odiPercent }],
        interpretation: interpretOdiPercent(findings.odiPercent),
        notes: [note],
      });
    }
  }
  if (findings?.rmdqTotal !== undefined && results.rmdq === undefined) {
    const [definition] = RMDQ.scoreDefinitions;
    if (definition !== undefined) {
      summaries.push({
        instrumentId: 'rmdq',
        source: 'clinician-entered-total',
        scores: [{ ...definition, value: findings.rmdqTotal }],
        interpretation: interpretRmdqTotal(findings.rmdqTotal),
        notes: [note],
      });
    }
  }
  return summaries;
}

/** Baseline values for later meaningful-change checks (clinical.md §3.1); item scores win over entered totals. */
function baselineOf(intake: Intake, results: ScoredResults): BaselineScores {
  const findings = intake.clinicianFindings;
  const entries: [keyof BaselineScores, number | undefined][] = [
    ['painNrs', results['pain-nrs']?.painIntensity],
    ['peg', results['peg-3']?.mean],
    ['odi', results.odi?.percent ?? findings?.odiPercent],
    ['rmdq', results.rmdq?.total ?? findings?.rmdqTotal],
    ['phq9', results['phq-9']?.total],
    ['gad7', results['gad-7']?.total],
    ['startBackTotal', results.startback?.overall],
    ['startBackDistress', results.startback?.distress],
  ];
  return Object.fromEntries(entries.filter(([, value]) => value !== undefined));
}

/** Scores every instrument present in the intake; an unscorable one is reported, never fatal. */
export function scoreIntake(intake: Intake): IntakeScores {
  const { results, unscored } = scoreEach(intake);
  const itemSummaries: InstrumentScoreSummary[] = INSTRUMENT_IDS.flatMap((id) => {
    const result = results[id];
    if (result === undefined) return [];
    return [
      {
        instrumentId: id,
        source: 'item-answers' as const,
        scores: result.scores,
        interpretation: result.interpretation,
        notes: result.notes,
      },
    ];
  });
  return {
    results,
    summaries: [...itemSummaries, ...clinicianEnteredSummaries(intake, results)],
    unscored,
    baseline: baselineOf(intake, results),
  };
}
