// Engine throughput: assess, recommend and computeMme evaluations per second on
// one core (this process's single JavaScript thread), over the clinical
// vignettes and the worked examples in docs/examples. Target (issue 11): at
// least 20,000 recommendations per second.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  assess,
  computeMme,
  type Intake,
  intakeSchema,
  type MedicationEntry,
  medicationListSchema,
  type PatientState,
  parsePatientState,
  recommend,
} from '@backplan/clinical';
import { ASSESSMENT_VIGNETTES } from '@backplan/clinical/assessment/vignettes/index';
import { VIGNETTES } from '@backplan/clinical/stepped-care/vignettes/index';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const readJson = (relative: string): unknown => JSON.parse(readFileSync(path.join(root, relative), 'utf8'));

export interface EngineResult {
  readonly name: string;
  readonly inputs: number;
  readonly evaluations: number;
  readonly perSecond: number;
  /** Mean microseconds per evaluation. */
  readonly meanMicros: number;
}

export const RECOMMEND_TARGET_PER_SECOND = 20_000;

function workedIntakes(): Intake[] {
  const names = [
    '01-chronic-mechanical-low-risk',
    '02-radicular-high-risk-positive-phq2',
    '03-cauda-equina-emergency',
    '04-inflammatory-rheumatology-referral',
  ];
  return names.map((name) => intakeSchema.parse(readJson(`docs/examples/assessment/${name}.intake.json`)));
}

function workedStates(): PatientState[] {
  const names = [
    '01-week-12-sciatica-doing-it-not-improving',
    '02-cauda-equina-emergency',
    '03-step-3-non-opioid-options-exhausted',
  ];
  return names.map((name) => {
    const parsed = parsePatientState(readJson(`docs/examples/stepped-care/${name}.patient-state.json`));
    if (!parsed.success) throw new Error(`worked example ${name} no longer parses`);
    return parsed.state;
  });
}

/** Runs `evaluate` over the inputs round-robin for about `seconds`, after a warm-up. */
function measure<T>(name: string, inputs: readonly T[], evaluate: (input: T) => unknown, seconds: number) {
  let sink = 0;
  const runFor = (ms: number): { evaluations: number; elapsedMs: number } => {
    const started = performance.now();
    let evaluations = 0;
    // Check the clock every whole pass, not every call: the clock costs as much as a small evaluation.
    while (performance.now() - started < ms) {
      for (const input of inputs) {
        if (evaluate(input) !== undefined) sink++;
        evaluations++;
      }
    }
    return { evaluations, elapsedMs: performance.now() - started };
  };
  runFor(Math.min(1_000, seconds * 200)); // warm-up: let V8 optimise before timing
  const { evaluations, elapsedMs } = runFor(seconds * 1000);
  if (sink === 0) throw new Error(`${name} returned nothing`);
  return {
    name,
    inputs: inputs.length,
    evaluations,
    perSecond: evaluations / (elapsedMs / 1000),
    meanMicros: (elapsedMs * 1000) / evaluations,
  };
}

export function runEngineBench(secondsEach: number): EngineResult[] {
  const intakes = [...ASSESSMENT_VIGNETTES.map((v) => v.intake), ...workedIntakes()];
  const states = [...VIGNETTES.map((v) => v.state), ...workedStates()];
  const medicationLists: MedicationEntry[][] = [
    medicationListSchema.parse(readJson('docs/examples/stepped-care/04-opioid-list.medication-list.json')),
    ...states.map((state) => [...state.medications]).filter((list) => list.length > 0),
  ];
  return [
    measure('assess(intake)', intakes, assess, secondsEach),
    measure('recommend(state)', states, recommend, secondsEach),
    measure('computeMme(list)', medicationLists, (list) => computeMme(list), secondsEach),
  ];
}
