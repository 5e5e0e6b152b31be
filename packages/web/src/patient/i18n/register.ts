import type { i18n as I18n } from 'i18next';
import { patientEn } from './en';
import { patientEs } from './es';

/** The patient app's strings live in their own i18next namespace, added when the app first loads. */
export const PATIENT_NAMESPACE = 'patient';

export function registerPatientTranslations(i18n: I18n): void {
  if (i18n.hasResourceBundle('en', PATIENT_NAMESPACE)) return;
  i18n.addResourceBundle('en', PATIENT_NAMESPACE, patientEn);
  i18n.addResourceBundle('es', PATIENT_NAMESPACE, patientEs);
}
