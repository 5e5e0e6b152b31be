import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drugClassContraindications } from '../medications/contraindications';
import { type DrugClass, lookupDrug } from '../medications/drug-classes';
import { type TierDrug, type TierState, tierState } from './medication-tiers';
import type { PatientState } from './patient-state';
import { escalationStateArbitrary, patientStateArbitrary } from './patient-state.arbitrary';
import { VIGNETTES } from './vignettes/index';

const TIERS = ['nsaid', 'duloxetine', 'tramadol', 'opioid'] as const;
const TIER_CLASSES: Readonly<Record<TierDrug, { drugClass: DrugClass; generic?: string }>> = {
  nsaid: { drugClass: 'nsaid' },
  duloxetine: { drugClass: 'snri', generic: 'duloxetine' },
  tramadol: { drugClass: 'tramadol' },
  opioid: { drugClass: 'opioid' },
};

/** tierState before the engine-throughput work (issue #11), kept as the oracle: results built by spreading a base. */
function oracleTierState(state: PatientState, tier: TierDrug): TierState {
  const { drugClass, generic } = TIER_CLASSES[tier];
  const matchesTier = (trialClass: DrugClass, drug: string | undefined) =>
    trialClass === drugClass &&
    (generic === undefined || drug === undefined || lookupDrug(drug)?.generic === generic);
  const trials = state.medicationTrials.filter((trial) => matchesTier(trial.drugClass, trial.drug));
  const contraindications = [
    ...drugClassContraindications(drugClass, state.profile, state.medications),
    ...trials.filter((trial) => trial.outcome === 'contraindicated').map(() => 'recorded as contraindicated'),
  ];
  const base = { tier, drugClass, ...(generic ? { drug: generic } : {}) };
  if (contraindications.length > 0) return { ...base, status: 'contraindicated', reasons: contraindications };
  const tried = trials.filter((trial) => trial.outcome === 'failed' || trial.outcome === 'not-tolerated');
  if (tried.length > 0) {
    return {
      ...base,
      status: 'tried',
      reasons: tried.map(
        (trial) =>
          `${trial.drug ?? drugClass} ${trial.outcome}${trial.endedOn ? ` (ended ${trial.endedOn})` : ''}`,
      ),
    };
  }
  const current = state.medications.filter((entry) => {
    const info = lookupDrug(entry.drug);
    return (
      info !== null && info.drugClass === drugClass && (generic === undefined || info.generic === generic)
    );
  });
  if (current.length > 0) {
    return {
      ...base,
      status: 'current',
      reasons: current.map((entry) => `on ${entry.drug} since ${entry.startDate}`),
    };
  }
  return { ...base, status: 'available', reasons: [] };
}

// JSON text, so the key order is compared too.
const same = (state: PatientState) => {
  for (const tier of TIERS)
    expect(JSON.stringify(tierState(state, tier))).toBe(JSON.stringify(oracleTierState(state, tier)));
};

describe('medication tier state agrees exactly with the implementation it replaced', () => {
  it('on every vignette', () => {
    for (const vignette of VIGNETTES) same(vignette.state);
  });

  it('on generated patient states', () => {
    fc.assert(fc.property(fc.oneof(patientStateArbitrary, escalationStateArbitrary), same), { numRuns: 500 });
  });
});
