import type { OperationOutcome } from '@medplum/fhirtypes';
import type { IsoDate } from '../../core/vocabulary';
import type { InstrumentAnswers, InstrumentId, ScoreValue } from '../../instruments/types';

/** What an import yields: records to store, ready for the server's tables. Nothing is stored here. */

/** One completed form, or scores of one form received as Observations without the answers. */
export interface ImportedInstrumentResponse {
  readonly instrumentId: InstrumentId;
  readonly instrumentVersion: string;
  readonly answeredOn: IsoDate;
  /** The answers, when a QuestionnaireResponse carried them; null for scores received alone. */
  readonly answers: InstrumentAnswers | null;
  /** Recomputed by BackPlan's scorer from the answers, or as received (range-checked) without them. */
  readonly scores: readonly ScoreValue[];
  /** The instrument's first score (PEG mean, PHQ-9 total …), when present. */
  readonly primaryScore: number | null;
  /** Resource ids (or Bundle fullUrls) the record came from, usable as idempotency keys. */
  readonly sourceIds: readonly string[];
  /** FHIRPath of the resource the record came from. */
  readonly location: string;
}

/**
 * Check-in values for one day. A value missing from the import is null: the server merges it with
 * an existing check-in for that day, and cannot create a check-in without a pain value.
 */
export interface ImportedCheckIn {
  readonly day: IsoDate;
  readonly pain: number | null;
  readonly sleepQuality: number | null;
  readonly mood: number | null;
  readonly activityMinutes: number | null;
  readonly flare: boolean | null;
  readonly newBladderBowelSaddleSymptoms: boolean | null;
  readonly sourceIds: readonly string[];
}

/** A resource that was read but not imported, and why (not an error). */
export interface SkippedResource {
  readonly location: string;
  readonly resourceType: string;
  readonly reason: string;
}

export interface FhirImportRecords {
  /** The subject reference the resources shared (e.g. `Patient/123`), or null when none named one. */
  readonly subject: string | null;
  readonly instrumentResponses: readonly ImportedInstrumentResponse[];
  readonly checkIns: readonly ImportedCheckIn[];
  readonly skipped: readonly SkippedResource[];
}

export type FhirImportResult =
  | { readonly ok: true; readonly records: FhirImportRecords }
  | { readonly ok: false; readonly outcome: OperationOutcome };

/** A structural problem found by an injected validator, with the path inside the resource. */
export interface ResourceValidationIssue {
  /** Path segments inside the resource, e.g. `['item', 0, 'answer', 0]`. */
  readonly path: readonly (string | number)[];
  readonly message: string;
}

export interface FhirImportOptions {
  /** Canonical base of this deployment's Questionnaires, if it publishes its own. */
  readonly questionnaireBase?: string;
  /**
   * Extra structural validation per resource, e.g. the official R4 JSON Schema where the
   * deployment ships it (the clinical package stays free of the 3.5 MB schema).
   */
  readonly validateResource?: (resource: {
    readonly resourceType: string;
  }) => readonly ResourceValidationIssue[];
}
