import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { InputError } from '../json-input';

/**
 * `backplan simulate`: runs one synthetic cohort under each stepped-care policy and prints the
 * comparison (responders at weeks 12 and 26, steps reached, opioid exposure, adherence, with
 * 95% intervals); with --out it also writes policies.csv and policies.svg. The heavy modules
 * load only when the command runs. Plainly labelled: a simulation under stated assumptions.
 */
export interface SimulateOptions {
  readonly patients: string;
  readonly policy: string;
  readonly seed: string;
  readonly weeks: string;
  readonly scenario: string;
  readonly acceptance?: string;
  readonly out?: string;
}

function wholeNumber(value: string, option: string, min: number, max: number): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < min || number > max) {
    throw new InputError(`${option} must be a whole number from ${min} to ${max} (got "${value}").`);
  }
  return number;
}

export async function simulateCommand(options: SimulateOptions): Promise<void> {
  const simulation = await import('@backplan/clinical/simulation/index');
  const { createProgressBar } = await import('@backplan/server/modules/demo/progress-bar');
  const patients = wholeNumber(options.patients, '--patients', 1, 1_000_000);
  const seed = wholeNumber(options.seed, '--seed', 0, 2 ** 32 - 1);
  const weeks = wholeNumber(options.weeks, '--weeks', 12, 104);
  const names = options.policy
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = names.filter((name) => !simulation.isPolicyName(name));
  if (names.length === 0 || unknown.length > 0) {
    throw new InputError(
      `--policy must list one or more of ${simulation.POLICY_NAMES.join(', ')} (unknown: ${unknown.join(', ') || 'none given'}).`,
    );
  }
  if (options.scenario !== 'default' && options.scenario !== 'article') {
    throw new InputError('--scenario must be default or article.');
  }
  const acceptance = options.acceptance === undefined ? undefined : Number(options.acceptance);
  if (acceptance !== undefined && !(acceptance >= 0 && acceptance <= 1)) {
    throw new InputError('--acceptance must be a number from 0 to 1.');
  }
  const policies = names.map((name) => simulation.POLICIES[name as keyof typeof simulation.POLICIES]);
  const bar = createProgressBar('Simulating', patients * policies.length);
  const started = Date.now();
  const summaries = simulation.comparePolicies(policies, {
    patients,
    seed,
    days: weeks * 7 + 7,
    parameters: simulation.SCENARIOS[options.scenario],
    ...(acceptance === undefined ? {} : { clinicianAcceptance: acceptance }),
    onProgress: (done) => bar.update(done),
  });
  bar.finish();
  const context = `${patients} synthetic patients, seed ${seed}, ${weeks} weeks, scenario "${options.scenario}"${
    options.scenario === 'article' ? ' (seed-article figures, for comparison only)' : ''
  }, clinician acceptance ${acceptance ?? simulation.DEFAULT_PARAMETERS.treatment.clinicianAcceptance.value}`;
  process.stdout.write(`${simulation.policyTable(summaries, context)}\n`);
  if (options.out) {
    await mkdir(options.out, { recursive: true });
    const csv = path.join(options.out, 'policies.csv');
    const svg = path.join(options.out, 'policies.svg');
    await writeFile(csv, simulation.policyCsv(summaries));
    await writeFile(svg, simulation.policySvg(summaries, context));
    process.stdout.write(`\nWrote ${csv} and ${svg}.\n`);
  }
  process.stderr.write(`Finished in ${((Date.now() - started) / 1000).toFixed(1)}s.\n`);
}

/** Adds `backplan simulate` to the program. */
export function registerSimulateCommand(program: Command): void {
  program
    .command('simulate')
    .description(
      'compare stepped-care policies on a synthetic cohort (a simulation under stated assumptions, not evidence)',
    )
    .option('--patients <n>', 'patients in the cohort', '1000')
    .option(
      '--policy <names>',
      'comma-separated policies: week-12, week-6, escalate-regardless, week-6-escalate-regardless, no-reminders',
      'week-12,week-6,escalate-regardless',
    )
    .option('--seed <n>', 'seed: the same seed gives the same cohort', '1')
    .option('--weeks <n>', 'weeks each patient is followed (12 to 104)', '27')
    .option(
      '--scenario <name>',
      'default, or article (the seed article’s figures, for comparison only)',
      'default',
    )
    .option('--acceptance <p>', 'chance the simulated clinician accepts a card (0 to 1)')
    .option('--out <dir>', 'also write policies.csv and policies.svg here')
    .action(simulateCommand);
}
