import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import type { LoadResult } from './load';

/** Facts about the machine a run happened on, printed beside its numbers. */
export function machineFacts(postgres: string): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  let nproc = String(os.availableParallelism());
  try {
    nproc = execFileSync('nproc', { encoding: 'utf8' }).trim();
  } catch {
    // nproc is coreutils; availableParallelism is the same number where it is missing.
  }
  const load = os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
  return [
    `- Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `- Machine: ${nproc} cores (nproc), ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.release()}`,
    `- Load average at the end of the run: ${load} (the cores are shared with other work)`,
    `- Node ${process.version}; ${postgres}`,
  ].join('\n');
}

const fmt = (n: number, digits = 1): string =>
  Number.isFinite(n) ? n.toLocaleString('en-US', { maximumFractionDigits: digits }) : '–';
const ratio = (n: number, of: number): string => (of > 0 ? `${((100 * n) / of).toFixed(1)}%` : '–');

/** A Markdown table of load results with each row's rate as a share of both baselines. */
export function loadTable(rows: readonly LoadResult[], hello: LoadResult, raw: LoadResult): string {
  const lines = [
    '| load | req/s | p50 ms | p99 ms | p99.9 ms | errors | non-2xx | of hello rate | of raw-insert rate | app CPU ms/req | PostgreSQL CPU ms/req |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const cpu = (ms: number | undefined) => (ms === undefined ? '–' : fmt(ms, 3));
  for (const r of rows) {
    lines.push(
      `| ${r.name} | ${fmt(r.requestsPerSecond, 0)} | ${fmt(r.p50Ms, 2)} | ${fmt(r.p99Ms, 2)} | ${fmt(r.p999Ms, 2)} | ${r.errors} | ${r.non2xx} | ${ratio(r.requestsPerSecond, hello.requestsPerSecond)} | ${ratio(r.requestsPerSecond, raw.requestsPerSecond)} | ${cpu(r.appCpuMsPerRequest)} | ${cpu(r.postgresCpuMsPerRequest)} |`,
    );
  }
  return lines.join('\n');
}

/** A plain Markdown table from a header and rows. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

export { fmt };

/**
 * Replaces the text between `<!-- bench:NAME:start -->` and `<!-- bench:NAME:end -->`
 * in a Markdown file (appending the section when it is missing), so each
 * benchmark rewrites only its own results and other sections stay as written.
 */
export function writeSection(file: string, name: string, body: string): void {
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '# Performance\n';
  const block = `${start}\n${body.trim()}\n${end}`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  const next =
    from >= 0 && to > from
      ? `${text.slice(0, from)}${block}${text.slice(to + end.length)}`
      : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
}
