import type { OperationOutcome, OperationOutcomeIssue } from '@medplum/fhirtypes';

/** One problem with the input, at a FHIRPath such as `Bundle.entry[2].resource.item[0].answer[0]`. */
export interface ImportIssue {
  readonly code: OperationOutcomeIssue['code'];
  readonly path: string | null;
  readonly message: string;
}

/** Appends path segments FHIRPath-style: names with dots, indices in brackets. */
export function joinPath(base: string, ...segments: readonly (string | number)[]): string {
  return segments.reduce<string>(
    (path, segment) => (typeof segment === 'number' ? `${path}[${segment}]` : `${path}.${segment}`),
    base,
  );
}

export function issue(
  code: OperationOutcomeIssue['code'],
  path: string | null,
  message: string,
): ImportIssue {
  return { code, path, message };
}

/** The OperationOutcome for failed input: every issue is an error naming its path. */
export function importOutcome(issues: readonly ImportIssue[]): OperationOutcome {
  return {
    resourceType: 'OperationOutcome',
    issue: issues.map((found) => ({
      severity: 'error',
      code: found.code,
      diagnostics: found.message,
      ...(found.path === null ? {} : { expression: [found.path], location: [found.path] }),
    })),
  };
}
