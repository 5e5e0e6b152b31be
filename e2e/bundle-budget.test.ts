import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface SizedFile {
  readonly file: string;
  readonly gzipBytes: number;
}
interface BudgetReport {
  readonly budgetBytes: number;
  readonly patientRoutesFound: readonly string[];
  readonly js: { readonly files: readonly SizedFile[]; readonly gzipBytes: number };
  readonly css: { readonly files: readonly SizedFile[]; readonly gzipBytes: number };
}

function runBudget(): { status: number | null; report: BudgetReport } {
  const result = spawnSync(process.execPath, [path.join(root, 'scripts/bundle-budget.mjs'), '--json'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (result.stdout.trim() === '') throw new Error(`bundle-budget printed nothing: ${result.stderr}`);
  return { status: result.status, report: JSON.parse(result.stdout) as BudgetReport };
}

// The build itself runs before the e2e project (scripts/test.mjs builds dist/ when stale).
describe('patient app bundle budget', () => {
  it('keeps the initial JavaScript for /app/today within 200 KB gzipped', () => {
    const { status, report } = runBudget();
    expect(report.budgetBytes).toBe(200 * 1024);
    // Both lazily loaded patient modules must be measured, or the number would flatter us.
    expect(report.patientRoutesFound).toEqual([
      'src/patient/layout/PatientLayout.tsx',
      'src/patient/today/TodayPage.tsx',
    ]);
    expect(report.js.files.length).toBeGreaterThan(0);
    expect(report.js.gzipBytes).toBeLessThanOrEqual(report.budgetBytes);
    expect(status).toBe(0);
  });
});
