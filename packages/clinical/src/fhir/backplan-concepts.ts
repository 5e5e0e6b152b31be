import type { Citation } from '../core/sources';
import { CLINICAL_CONCEPTS } from './backplan-concepts-clinical';
import { RECORD_CONCEPTS } from './backplan-concepts-records';

/**
 * The concepts of BackPlan's own CodeSystem (`BACKPLAN_CODE_SYSTEM_URL`): what BackPlan records
 * that LOINC does not code, or codes only in ways clinical.md §3.0 could not verify. Codes are
 * stable once published; add new ones, never rename. docs/fhir.md lists them.
 */
export interface BackplanConcept {
  readonly code: string;
  readonly display: string;
  readonly definition: string;
  /** Where the concept is used; grouping for docs and tests only. */
  readonly group:
    | 'category'
    | 'check-in'
    | 'exercise'
    | 'instrument-score'
    | 'risk'
    | 'condition'
    | 'red-flag'
    | 'care';
  readonly citations?: readonly Citation[];
}

/** Every concept of the BackPlan CodeSystem, in CodeSystem order. */
export const BACKPLAN_CONCEPTS = [...RECORD_CONCEPTS, ...CLINICAL_CONCEPTS] as const;

export type BackplanCode = (typeof BACKPLAN_CONCEPTS)[number]['code'];
