import type { DrugClass } from './drug-classes';
import { lookupDrug } from './drug-classes';
import type { MedicationEntry } from './medication-list';
import { type ClinicalProfile, kidneyFunction } from './profile';
import { MEDICATION_SAFETY_CONFIG } from './rule-context';

/**
 * Reasons a drug class must not be suggested for this patient. Used twice: by the
 * `nsaid-contraindicated` alert for a drug already on the list, and by the stepped-care
 * engine, which never suggests a class with any reason here (property-tested).
 * Absolute contraindications and "avoid" warnings from clinical.md §7 both count:
 * decision support should not propose a drug the label says to avoid.
 */

export function nsaidContraindications(profile: ClinicalProfile): string[] {
  const kidney = kidneyFunction(profile);
  return [
    profile.giBleedHistory === 'active' ? 'active GI bleeding or ulcer' : null,
    profile.heartFailure === 'severe' ? 'severe heart failure' : null,
    kidney !== null && kidney < MEDICATION_SAFETY_CONFIG.severeRenalImpairment
      ? `severe renal impairment (${kidney} mL/min)`
      : null,
    profile.pregnancyWeeks !== null && profile.pregnancyWeeks >= MEDICATION_SAFETY_CONFIG.nsaidPregnancyWeeks
      ? `pregnancy at ${profile.pregnancyWeeks} weeks (avoid from 20 weeks)`
      : null,
    profile.nsaidHypersensitivity ? 'asthma, urticaria or allergy after aspirin or another NSAID' : null,
    profile.recentCabg ? 'CABG perioperative period' : null,
  ].filter((reason): reason is string => reason !== null);
}

function monoamineOxidaseInhibitorsOnList(medications: readonly MedicationEntry[]): string[] {
  return medications
    .filter((entry) => lookupDrug(entry.drug)?.inhibitsMonoamineOxidase)
    .map((entry) => `${entry.drug} on the medication list (MAOI activity)`);
}

function classOnList(
  medications: readonly MedicationEntry[],
  classes: readonly DrugClass[],
): MedicationEntry[] {
  return medications.filter((entry) => {
    const info = lookupDrug(entry.drug);
    return info !== null && classes.includes(info.drugClass);
  });
}

export function drugClassContraindications(
  drugClass: DrugClass,
  profile: ClinicalProfile,
  medications: readonly MedicationEntry[],
): string[] {
  const kidney = kidneyFunction(profile);
  switch (drugClass) {
    case 'nsaid':
      return nsaidContraindications(profile);
    case 'snri':
      // Duloxetine label (clinical.md §7.2 [K]).
      return [
        ...monoamineOxidaseInhibitorsOnList(medications),
        kidney !== null && kidney < MEDICATION_SAFETY_CONFIG.severeRenalImpairment
          ? `severe renal impairment (${kidney} mL/min)`
          : null,
        profile.chronicLiverDisease ? 'chronic liver disease' : null,
        profile.heavyAlcoholUse ? 'substantial alcohol use' : null,
      ].filter((reason): reason is string => reason !== null);
    case 'tramadol':
      // Tramadol (clinical.md §7.6): avoid in epilepsy or seizure history; MAOIs; CrCl <10.
      return [
        ...monoamineOxidaseInhibitorsOnList(medications),
        profile.seizureRisk ? 'epilepsy or seizure history' : null,
        kidney !== null && kidney < 10 ? `CrCl ${kidney} mL/min (<10)` : null,
      ].filter((reason): reason is string => reason !== null);
    case 'muscle-relaxant':
      // clinical.md §7.4: warn about sedation, especially with opioids or gabapentinoids; CDC Rec 11.
      return classOnList(medications, ['opioid', 'tramadol', 'benzodiazepine', 'gabapentinoid']).map(
        (entry) => `sedation risk with ${entry.drug}`,
      );
    default:
      return [];
  }
}
