import { describe, expect, it } from 'vitest';
import { bundleToCsv, CSV_COLUMNS } from './csv';
import { demoRecord, GENERATED_AT } from './demo-record.test-support';
import { exportPatientBundle } from './export-bundle';

/** A small RFC 4180 reader for the test: quoted cells, doubled quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += char;
  }
  return rows;
}

describe('bundleToCsv', () => {
  const record = demoRecord();
  const [firstGoal, ...otherGoals] = record.goals;
  const tricky = firstGoal && {
    ...firstGoal,
    goal: { ...firstGoal.goal, activity: '=HYPERLINK("x"), then walk' },
  };
  const csv = bundleToCsv(
    exportPatientBundle(
      { ...record, goals: tricky ? [tricky, ...otherGoals] : otherGoals },
      { generatedAt: GENERATED_AT },
    ),
  );
  const rows = parseCsv(csv);

  it('has the header and nine cells on every row', () => {
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
  });

  it('lists scores, answers, check-in values and components with their codes and dates', () => {
    const find = (code: string) => rows.filter((row) => row[4] === code).map((row) => [row[2], row[6]]);
    expect(find('91147-9')).toEqual([
      ['2025-01-06', '6.7'],
      ['2025-02-17', '3.7'],
    ]);
    expect(find('exercise-pain-during')).toEqual([['2025-01-20', '3']]);
    expect(find('self-harm-thoughts')).toEqual([['2025-01-06', 'LA6569-3']]);
    expect(rows.filter((row) => row[0] === 'MedicationStatement').map((row) => row[5])).toContain('naproxen');
  });

  it('quotes commas and quotes, and defuses text a spreadsheet would run as a formula', () => {
    const goal = rows.find((row) => row[0] === 'Goal');
    expect(goal?.[5]).toBe('\'=HYPERLINK("x"), then walk');
    expect(csv).toContain('"\'=HYPERLINK(""x""), then walk"');
  });
});
