import type { z } from 'zod';
import { type Intake, intakeSchema } from './intake-schema';

/** One problem with untrusted intake JSON: the dotted path of the field and what is wrong. */
export interface IntakeIssue {
  /** e.g. `redFlagSymptoms.newUrinaryRetention` or `instruments.phq-9.sleep`; `(root)` for the document. */
  readonly path: string;
  readonly message: string;
}

export type IntakeParseResult =
  | { readonly ok: true; readonly intake: Intake }
  | { readonly ok: false; readonly issues: readonly IntakeIssue[] };

function pathOf(segments: readonly PropertyKey[]): string {
  return segments.length === 0 ? '(root)' : segments.map(String).join('.');
}

function toIssues(issue: z.core.$ZodIssue): IntakeIssue[] {
  // An unknown key is reported on its parent by zod; name the key itself so a typo is obvious.
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      path: pathOf([...issue.path, key]),
      message: 'unknown field (check the spelling against the intake schema)',
    }));
  }
  if (issue.input === undefined && issue.code === 'invalid_type') {
    return [{ path: pathOf(issue.path), message: `required: expected ${issue.expected}` }];
  }
  if (issue.input === undefined && issue.code === 'invalid_value') {
    return [{ path: pathOf(issue.path), message: `required: ${issue.message}` }];
  }
  return [{ path: pathOf(issue.path), message: issue.message }];
}

/**
 * Validates untrusted intake JSON. Returns the typed intake, or every problem found, each naming
 * the failing field, so the CLI and HTTP shells can print clear errors.
 */
export function parseIntake(json: unknown): IntakeParseResult {
  // reportInput lets an absent field be told apart from a field of the wrong type.
  const result = intakeSchema.safeParse(json, { reportInput: true });
  if (result.success) return { ok: true, intake: result.data };
  return { ok: false, issues: result.error.issues.flatMap(toIssues) };
}
