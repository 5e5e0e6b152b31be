import { drugClassContraindications } from '../medications/contraindications';
import { type DrugClass, lookupDrug } from '../medications/drug-classes';
import type { PatientState } from './patient-state';

/**
 * Where the patient stands on each guideline medication tier (ACP 2017 Rec 3;
 * clinical.md §0): NSAID first; duloxetine or tramadol second; an opioid only after
 * those have failed or are contraindicated. A tier is "exhausted" only when a trial is
 * recorded as failed / not tolerated, or the drug is contraindicated, so nothing is
 * escalated on an unrecorded assumption.
 */

export type TierDrug = 'nsaid' | 'duloxetine' | 'tramadol' | 'opioid';
export type TierStatus = 'available' | 'current' | 'tried' | 'contraindicated';

export interface TierState {
  readonly tier: TierDrug;
  readonly drugClass: DrugClass;
  readonly drug?: string;
  readonly status: TierStatus;
  readonly reasons: readonly string[];
}

const TIER_CLASSES: Readonly<Record<TierDrug, { drugClass: DrugClass; generic?: string }>> = {
  nsaid: { drugClass: 'nsaid' },
  duloxetine: { drugClass: 'snri', generic: 'duloxetine' },
  tramadol: { drugClass: 'tramadol' },
  opioid: { drugClass: 'opioid' },
};

function matchesTier(drugClass: DrugClass, drug: string | undefined, tier: TierDrug): boolean {
  const target = TIER_CLASSES[tier];
  if (drugClass !== target.drugClass) return false;
  // A trial recorded for the SNRI class without a drug name counts as the duloxetine trial.
  return target.generic === undefined || drug === undefined || lookupDrug(drug)?.generic === target.generic;
}

export function tierState(state: PatientState, tier: TierDrug): TierState {
  const { drugClass, generic } = TIER_CLASSES[tier];
  const trials = state.medicationTrials.filter((trial) => matchesTier(trial.drugClass, trial.drug, tier));
  const contraindications = [
    ...drugClassContraindications(drugClass, state.profile, state.medications),
    ...trials.filter((trial) => trial.outcome === 'contraindicated').map(() => 'recorded as contraindicated'),
  ];
  // Built field by field (tier, drugClass, drug when there is a generic, status, reasons), not by spreading: the engine calls this four times per evaluation.
  const result = (status: TierStatus, reasons: readonly string[]): TierState =>
    generic ? { tier, drugClass, drug: generic, status, reasons } : { tier, drugClass, status, reasons };
  if (contraindications.length > 0) return result('contraindicated', contraindications);
  const tried = trials.filter((trial) => trial.outcome === 'failed' || trial.outcome === 'not-tolerated');
  if (tried.length > 0) {
    return result(
      'tried',
      tried.map(
        (trial) =>
          `${trial.drug ?? drugClass} ${trial.outcome}${trial.endedOn ? ` (ended ${trial.endedOn})` : ''}`,
      ),
    );
  }
  const current = state.medications.filter((entry) => {
    const info = lookupDrug(entry.drug);
    return (
      info !== null && info.drugClass === drugClass && (generic === undefined || info.generic === generic)
    );
  });
  if (current.length > 0) {
    return result(
      'current',
      current.map((entry) => `on ${entry.drug} since ${entry.startDate}`),
    );
  }
  return result('available', []);
}

const TIER_NAMES: Readonly<Record<TierDrug, string>> = {
  nsaid: 'NSAID',
  duloxetine: 'Duloxetine',
  tramadol: 'Tramadol',
  opioid: 'Opioid',
};

export function isExhausted(tier: TierState): boolean {
  return tier.status === 'tried' || tier.status === 'contraindicated';
}

export function describeTier(tier: TierState): string {
  const name = TIER_NAMES[tier.tier];
  return tier.reasons.length === 0
    ? `${name}: ${tier.status}`
    : `${name}: ${tier.status} (${tier.reasons.join('; ')})`;
}
