import type { Citation } from '../../core/sources';
import type { EvidenceVerification } from '../claims';

/** A plain-words statement with its sources and how the fact is recorded in clinical.md. */
export interface EvidenceStatement {
  readonly text: string;
  readonly citations: readonly Citation[];
  readonly verification: EvidenceVerification;
}

/**
 * A guideline's position, simplified for patients:
 * - `recommended`: listed as a treatment to use.
 * - `conditional`: "consider", or only in some situations (e.g. only with exercise, only for new pain).
 * - `not-recommended`: "do not offer", or found not to help.
 * - `not-addressed`: the guideline is silent (or our reference file records nothing from it).
 */
export type GuidelineStanceKind = 'recommended' | 'conditional' | 'not-recommended' | 'not-addressed';

export interface GuidelineStance extends EvidenceStatement {
  readonly kind: GuidelineStanceKind;
  /** A further point that is recorded with a different verification status. */
  readonly caveat?: EvidenceStatement;
}

/** Size of benefit in plain words. `unclear` when our sources give no size or the results conflict. */
export type BenefitSize = 'none' | 'small' | 'moderate' | 'unclear';

export interface BenefitStatement extends EvidenceStatement {
  readonly size: BenefitSize;
}

export type TreatmentCategory =
  | 'exercise'
  | 'psychological-and-mind-body'
  | 'hands-on-and-devices'
  | 'rest-and-supports'
  | 'medicine'
  | 'procedure';

export interface TreatmentEvidence {
  readonly id: string;
  readonly name: string;
  readonly category: TreatmentCategory;
  /** What it is and the bottom line, in plain words. */
  readonly summary: string;
  readonly acp2017: GuidelineStance;
  readonly niceNg59: GuidelineStance;
  readonly benefit: BenefitStatement;
  /** Main harms, or `not-recorded` when our sources record none. */
  readonly harms: EvidenceStatement | 'not-recorded';
  /** True when one guideline recommends (or allows) what the other says not to offer. */
  readonly guidelinesDisagree: boolean;
  /** Plain explanation of how the guidelines relate; required wording when they disagree. */
  readonly agreementNote: string;
  /** A popular belief that the evidence does not support, when there is one. */
  readonly commonBelief?: EvidenceStatement;
  /** `unverified-background` when any statement above rests on a [K] fact. */
  readonly verification: EvidenceVerification;
}

export type TreatmentEvidenceSpec = Omit<TreatmentEvidence, 'verification'>;

/** Every statement in a treatment entry, for linting and for deriving its verification. */
export function treatmentStatements(treatment: TreatmentEvidenceSpec): EvidenceStatement[] {
  const statements: EvidenceStatement[] = [treatment.acp2017, treatment.niceNg59, treatment.benefit];
  if (treatment.acp2017.caveat) statements.push(treatment.acp2017.caveat);
  if (treatment.niceNg59.caveat) statements.push(treatment.niceNg59.caveat);
  if (treatment.harms !== 'not-recorded') statements.push(treatment.harms);
  if (treatment.commonBelief) statements.push(treatment.commonBelief);
  return statements;
}

/** Builds an entry and derives its overall verification from its statements. */
export function defineTreatment(spec: TreatmentEvidenceSpec): TreatmentEvidence {
  const anyUnverified = treatmentStatements(spec).some(
    (statement) => statement.verification === 'unverified-background',
  );
  return { ...spec, verification: anyUnverified ? 'unverified-background' : 'verified' };
}

/** True when one guideline is for a treatment (recommended or conditional) and the other against it. */
export function guidelineStancesConflict(a: GuidelineStanceKind, b: GuidelineStanceKind): boolean {
  const isFor = (kind: GuidelineStanceKind): boolean => kind === 'recommended' || kind === 'conditional';
  return (isFor(a) && b === 'not-recommended') || (isFor(b) && a === 'not-recommended');
}

/** Shorthands for the data files. */
export const acp = (section: string): Citation => ({ source: 'ACP_2017', section });
export const nice = (section: string): Citation => ({ source: 'NICE_NG59', section });

export function statement(
  text: string,
  citations: readonly Citation[],
  verification: EvidenceVerification = 'verified',
): EvidenceStatement {
  return { text, citations, verification };
}

export function stance(
  kind: GuidelineStanceKind,
  text: string,
  citations: readonly Citation[],
  verification: EvidenceVerification = 'verified',
  caveat?: EvidenceStatement,
): GuidelineStance {
  return caveat ? { kind, text, citations, verification, caveat } : { kind, text, citations, verification };
}

export function benefit(
  size: BenefitSize,
  text: string,
  citations: readonly Citation[],
  verification: EvidenceVerification = 'verified',
): BenefitStatement {
  return { size, text, citations, verification };
}

/** ACP 2017 reviewed only non-invasive treatments, so it is silent on injections and surgery. */
export const ACP_SCOPE_NOT_ADDRESSED = stance(
  'not-addressed',
  'Not addressed. This guideline only covers treatments without injections or surgery.',
  [acp('scope: noninvasive treatments (title; clinical.md §1.1)')],
);

/** Where clinical.md records nothing from a guideline on a treatment: say so, and flag it as unverified. */
export function notInOurReference(
  guideline: 'ACP 2017' | 'NICE NG59',
  extraText = '',
  extraCitations: readonly Citation[] = [],
): GuidelineStance {
  const text = `Not addressed in the parts of ${guideline} recorded in our reference file.${extraText ? ` ${extraText}` : ''}`;
  return stance('not-addressed', text, extraCitations, 'unverified-background');
}
