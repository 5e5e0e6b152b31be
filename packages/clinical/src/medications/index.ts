// Public surface of the medications module: drug classes, medication lists, MME and safety alerts.
export { drugClassContraindications, nsaidContraindications } from './contraindications';
export {
  DRUG_CLASSES,
  DRUG_TABLE,
  type DrugClass,
  type DrugInfo,
  drugsInClass,
  lookupDrug,
  normaliseDrugName,
} from './drug-classes';
export { DOSES_PER_DAY, dailyMilligrams, dosesPerDay } from './frequency';
export { GABAPENTINOID_RENAL_DOSING, type RenalDoseBand, renalDoseBand } from './gabapentinoid-dosing';
export {
  DOSE_UNITS,
  type DoseUnit,
  MEDICATION_FREQUENCIES,
  MEDICATION_ROUTES,
  type MedicationEntry,
  type MedicationFrequency,
  type MedicationList,
  type MedicationRoute,
  medicationEntrySchema,
  medicationListSchema,
} from './medication-list';
export { MEDICATION_RULE_IDS, MEDICATION_RULES, type MedicationRuleId } from './medication-rules';
export { calculateMme, type MmeCalculation, type MmeLine, mmeLineSchema, roundMme } from './mme';
export {
  CDC_2022_MME_FACTORS,
  MME_EXCLUDED_OPIOIDS,
  MME_FACTOR_SET_ID,
  type MmeConversionFactor,
} from './mme-factors';
export {
  type ClinicalProfile,
  clinicalProfileSchema,
  hasChronicKidneyDisease,
  kidneyFunction,
  type OpioidSafeguards,
  opioidSafeguardsSchema,
} from './profile';
export { MEDICATION_SAFETY_CONFIG } from './rule-context';
export {
  computeMme,
  type MedicationSafetyInput,
  type MmeReport,
  medicationSafetyAlerts,
  mmeReportSchema,
} from './safety-alerts';
