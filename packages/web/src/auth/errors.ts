import type { TFunction } from 'i18next';
import { ApiError } from '../api/client';

/** A sentence for the person: the server's own words for 4xx (they are written for people), ours otherwise. */
export function errorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.status === 0) return t('common.networkError');
    if (error.status === 429) return t('common.tooManyAttempts');
    if (error.status >= 400 && error.status < 500 && error.message) return error.message;
  }
  return t('common.error');
}
