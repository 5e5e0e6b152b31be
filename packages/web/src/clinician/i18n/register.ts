import type { i18n as I18n } from 'i18next';
import { registerMessageTranslations } from '../../messages/i18n';
import { clinicianEn } from './en';
import { clinicianEs } from './es';

/** The clinician workspace's strings live in their own namespace; the shared message thread has its own. */
export const CLINICIAN_NAMESPACE = 'clinician';

export function registerClinicianTranslations(i18n: I18n): void {
  if (!i18n.hasResourceBundle('en', CLINICIAN_NAMESPACE)) {
    i18n.addResourceBundle('en', CLINICIAN_NAMESPACE, clinicianEn);
    i18n.addResourceBundle('es', CLINICIAN_NAMESPACE, clinicianEs);
  }
  registerMessageTranslations(i18n);
}
