import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ProgressBar } from '@backplan/server/modules/demo/progress-bar';
import type { Command } from 'commander';
import { InputError } from '../json-input';

/**
 * `backplan export`: FHIR R4 out of the database, for the operator (docs/fhir.md).
 *   --patient <id> --format fhir|csv [--out file]   one patient's $everything Bundle, or a CSV
 *   --all --format ndjson --out <dir> [--org <id>]    every patient, Bulk Data NDJSON per type
 * Every patient read is audited (actor role `operator`). The heavy modules load only when the
 * command runs; the database is DATABASE_URL or the embedded one, even while BackPlan serves.
 */
export interface ExportOptions {
  readonly patient?: string;
  readonly all?: boolean;
  readonly format?: string;
  readonly out?: string;
  readonly org?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Plan =
  | {
      readonly kind: 'patient';
      readonly patientId: string;
      readonly format: 'fhir' | 'csv';
      readonly out?: string;
    }
  | { readonly kind: 'all'; readonly out: string; readonly orgId?: string };

/** Checks the options before anything is opened, so a usage error writes nothing. */
export function exportPlan(options: ExportOptions): Plan {
  if ((options.patient === undefined) === (options.all !== true)) {
    throw new InputError('Give either --patient <id> or --all.');
  }
  if (options.patient !== undefined) {
    if (!UUID.test(options.patient))
      throw new InputError(`--patient must be a patient id (a UUID), not "${options.patient}".`);
    const format = options.format ?? 'fhir';
    if (format !== 'fhir' && format !== 'csv')
      throw new InputError('--format must be fhir or csv with --patient.');
    if (options.org !== undefined) throw new InputError('--org goes with --all.');
    return {
      kind: 'patient',
      patientId: options.patient,
      format,
      ...(options.out ? { out: options.out } : {}),
    };
  }
  if ((options.format ?? 'ndjson') !== 'ndjson') throw new InputError('--format must be ndjson with --all.');
  if (!options.out) throw new InputError('--all needs --out <directory> for the NDJSON files.');
  if (options.org !== undefined && !UUID.test(options.org))
    throw new InputError('--org must be an organisation id (a UUID).');
  return { kind: 'all', out: options.out, ...(options.org ? { orgId: options.org } : {}) };
}

/** One NDJSON file per resource type, opened (and emptied) the first time the type appears. */
function ndjsonFiles(directory: string) {
  const streams = new Map<string, WriteStream>();
  const lineCounts = new Map<string, number>();
  return {
    async write(lines: Record<string, string[]>): Promise<void> {
      for (const [type, list] of Object.entries(lines)) {
        let stream = streams.get(type);
        if (stream === undefined) {
          stream = createWriteStream(path.join(directory, `${type}.ndjson`), { flags: 'w' });
          streams.set(type, stream);
        }
        const ready = stream.write(list.map((line) => `${line}\n`).join(''));
        lineCounts.set(type, (lineCounts.get(type) ?? 0) + list.length);
        if (!ready) await new Promise<void>((resolve) => stream?.once('drain', () => resolve()));
      }
    },
    async close(): Promise<Map<string, number>> {
      await Promise.all(
        [...streams.values()].map(
          (stream) =>
            new Promise<void>((resolve, reject) =>
              stream.end((error?: Error | null) => (error ? reject(error) : resolve())),
            ),
        ),
      );
      return lineCounts;
    },
  };
}

export async function exportCommand(options: ExportOptions): Promise<void> {
  const plan = exportPlan(options);
  const { loadConfig } = await import('@backplan/server/config');
  const { connectDatabase } = await import('@backplan/server/db/client');
  const { openTargetDatabase } = await import('./backup');
  const fhir = await import('@backplan/server/modules/fhir/operator-export');
  const config = loadConfig();
  const target = await openTargetDatabase({ allowRunning: true });
  const database = connectDatabase(target.url, { max: 2 });
  const exportOptions = { now: new Date(), publicUrl: config.publicUrl };
  try {
    if (plan.kind === 'patient') {
      const bundle = await fhir.operatorPatientBundle(database.db, plan.patientId, exportOptions);
      if (bundle === null)
        throw new InputError(`There is no patient ${plan.patientId} in ${target.describe}.`);
      const { bundleToCsv } = await import('@backplan/clinical/fhir/index');
      const text = plan.format === 'csv' ? bundleToCsv(bundle) : `${JSON.stringify(bundle, null, 2)}\n`;
      if (plan.out === undefined) {
        process.stdout.write(text);
      } else {
        await writeFile(plan.out, text);
        process.stderr.write(`Wrote ${bundle.total ?? 0} resources to ${plan.out}.\n`);
      }
      return;
    }
    const { createProgressBar } = await import('@backplan/server/modules/demo/progress-bar');
    await mkdir(plan.out, { recursive: true });
    const files = ndjsonFiles(plan.out);
    const progress: { bar: ProgressBar | null } = { bar: null };
    const result = await fhir.operatorBulkExport(database.db, {
      ...exportOptions,
      ...(plan.orgId ? { orgId: plan.orgId } : {}),
      write: (lines) => files.write(lines),
      onProgress: (done, total) => {
        progress.bar ??= createProgressBar('Exporting', total);
        progress.bar.update(done);
      },
    });
    const counts = await files.close();
    progress.bar?.finish();
    const summary = [...counts.entries()].map(([type, count]) => `${type} ${count}`).join(', ');
    process.stdout.write(`Exported ${result.patients} patients to ${plan.out}: ${summary}.\n`);
  } finally {
    await database.close();
    await target.close();
  }
}

/** Adds `backplan export` to the program. */
export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description('export FHIR R4: one patient as a Bundle (or CSV), or every patient as bulk NDJSON')
    .option('--patient <id>', 'the patient to export')
    .option('--all', 'every patient (with --format ndjson --out <dir>)')
    .option('--format <format>', 'fhir or csv with --patient (default fhir); ndjson with --all')
    .option('--out <path>', 'file to write (--patient; default standard output) or directory (--all)')
    .option('--org <id>', 'with --all: only this organisation’s patients')
    .action(exportCommand);
}
