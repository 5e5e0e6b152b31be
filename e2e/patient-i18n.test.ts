import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { patientEn } from '../packages/web/src/patient/i18n/en';
import { patientEs } from '../packages/web/src/patient/i18n/es';

/**
 * Every string the patient app shows exists in English and Spanish. The type checker already
 * makes es.ts match en.ts key for key; this checks what it cannot: that each `t('…')` key used
 * in the code exists, and that no Spanish string is empty or left in English by mistake.
 */
const PATIENT_SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../packages/web/src/patient');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'i18n' ? [] : sourceFiles(full);
    return full.endsWith('.tsx') || full.endsWith('.ts') ? [full] : [];
  });
}

type Tree = { readonly [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(name, value);
    else for (const [k, v] of leaves(value, name)) out.set(k, v);
  }
  return out;
}

const english = leaves(patientEn as Tree);
const spanish = leaves(patientEs as Tree);
/** i18next plural forms: a key used as `t('x', { count })` is stored as x_one / x_other. */
const hasKey = (key: string) =>
  english.has(key) || (english.has(`${key}_one`) && english.has(`${key}_other`));

/** Words a reader sees, not counting {{placeholders}}. */
const words = (text: string) =>
  text
    .replace(/\{\{\w+\}\}/g, '')
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w)).length;

describe('patient app translations', () => {
  it('has every key used in the code, in the patient namespace', () => {
    const missing: string[] = [];
    for (const file of sourceFiles(PATIENT_SRC)) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bt\('([a-zA-Z0-9_.-]+)'/g)) {
        const key = match[1] ?? '';
        if (!hasKey(key)) missing.push(`${path.relative(PATIENT_SRC, file)}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('has a non-empty Spanish string for every English one, and translates the sentences', () => {
    expect([...spanish.keys()].sort()).toEqual([...english.keys()].sort());
    expect([...spanish.entries()].filter(([, value]) => value.trim() === '').map(([key]) => key)).toEqual([]);
    // Same text in both languages is fine for short labels (numbers, "No", "PEG"); not for sentences.
    const untranslated = [...english.entries()]
      .filter(([key, value]) => words(value) > 3 && spanish.get(key) === value)
      .map(([key]) => key);
    expect(untranslated).toEqual([]);
  });

  it('keeps the same {{placeholders}} in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const mismatched = [...english.entries()]
      .filter(
        ([key, value]) =>
          JSON.stringify(placeholders(value)) !== JSON.stringify(placeholders(spanish.get(key) ?? '')),
      )
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });
});
