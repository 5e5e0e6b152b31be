/**
 * Shared clinical vocabulary. Every module in @backplan/clinical speaks these
 * words, so the assessment, the stepped-care engine and the programme generator
 * can be built independently and still fit together.
 */

/** A calendar date in ISO 8601 form, `YYYY-MM-DD`. Dates are plain strings so the domain needs no clock. */
export type IsoDate = string;

/** ACP 2017 definitions (clinical.md "How to read this file"): acute < 4 weeks, subacute 4–12, chronic > 12. */
export type Chronicity = 'acute' | 'subacute' | 'chronic';

/**
 * Pain phenotypes used to match treatment (clinical.md §1, §3.7, §3.8).
 * `inflammatory` means *suspected* inflammatory back pain (IBP criteria positive), never a diagnosis.
 */
export type PainPhenotype = 'mechanical' | 'radicular' | 'inflammatory' | 'mixed';

/** A McKenzie/MDT directional preference recorded by a clinician (clinical.md §5.3). */
export type DirectionalPreference = 'extension' | 'flexion' | 'lateral-shift' | 'none';

/** Keele STarT Back risk group (clinical.md §3.4). */
export type StartBackRiskGroup = 'low' | 'medium' | 'high';

/**
 * What a red flag demands (clinical.md §4.1).
 * - `emergency`: go to the Emergency Department now (cauda equina; MSCC with neurology).
 * - `urgent`: same-day clinician review (progressive deficit, infection, malignancy, fracture, AAA).
 * - `rheumatology-referral`: suspected axial spondyloarthritis; refer soon, programme may continue.
 */
export type RedFlagAction = 'emergency' | 'urgent' | 'rheumatology-referral';

/** Red-flag conditions from clinical.md §4.1. */
export type RedFlagCondition =
  | 'cauda-equina'
  | 'progressive-neurological-deficit'
  | 'malignancy'
  | 'infection'
  | 'fracture'
  | 'aortic-aneurysm'
  | 'axial-spondyloarthritis';

/** Ordering used whenever several actions compete: an emergency always outranks everything else. */
export const RED_FLAG_ACTION_RANK: Readonly<Record<RedFlagAction, number>> = {
  emergency: 3,
  urgent: 2,
  'rheumatology-referral': 1,
};

/** Care steps of the stepped-care model (ACP 2017 Rec 2–3; NICE NG59; CDC 2022). */
export type CareStep = 1 | 2 | 3;

/** Card severities, as in CDS Hooks. */
export type CardSeverity = 'info' | 'warning' | 'critical';
