import type { i18n as I18n } from 'i18next';
import { analyticsEn } from './en';
import { analyticsEs } from './es';

/** Responder analytics strings live in their own namespace, added when the page or panel first loads. */
export const ANALYTICS_NAMESPACE = 'analytics';

export function registerAnalyticsTranslations(i18n: I18n): void {
  if (i18n.hasResourceBundle('en', ANALYTICS_NAMESPACE)) return;
  i18n.addResourceBundle('en', ANALYTICS_NAMESPACE, analyticsEn);
  i18n.addResourceBundle('es', ANALYTICS_NAMESPACE, analyticsEs);
}
