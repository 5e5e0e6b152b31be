import { type DrugClass, lookupDrug } from '../medications/drug-classes';
import type { MedicationEntry } from '../medications/medication-list';

/** Entries on the list whose drug belongs to one of `classes`. */
export function inClassOnList(
  medications: readonly MedicationEntry[],
  classes: readonly DrugClass[],
): MedicationEntry[] {
  return medications.filter((entry) => {
    const info = lookupDrug(entry.drug);
    return info !== null && classes.includes(info.drugClass);
  });
}
