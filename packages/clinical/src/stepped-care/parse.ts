import { type PatientState, patientStateSchema } from './patient-state';

/** One problem with an input, naming the failing field as a dotted path (e.g. `records.painDiary.3.pain`). */
export interface StateIssue {
  readonly path: string;
  readonly message: string;
}

export type ParsePatientStateResult =
  | { readonly success: true; readonly state: PatientState }
  | { readonly success: false; readonly issues: readonly StateIssue[] };

/** Validate untrusted JSON as a patient state; the CLI and API print the issues as they are. */
export function parsePatientState(json: unknown): ParsePatientStateResult {
  const result = patientStateSchema.safeParse(json);
  if (result.success) return { success: true, state: result.data };
  return {
    success: false,
    issues: result.error.issues.map((issue) => ({
      path: issue.path.length === 0 ? '(root)' : issue.path.map(String).join('.'),
      message: issue.message,
    })),
  };
}
