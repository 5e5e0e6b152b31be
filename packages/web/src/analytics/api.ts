import { api } from '../api/client';
import type { ResponderAnalytics } from './types';

/** Responder analytics through the shell's API client (session cookie). */
export function fetchResponders(
  filter: { phenotype?: string; riskGroup?: string } = {},
): Promise<ResponderAnalytics> {
  const query = new URLSearchParams();
  if (filter.phenotype) query.set('phenotype', filter.phenotype);
  if (filter.riskGroup) query.set('riskGroup', filter.riskGroup);
  const suffix = query.size > 0 ? `?${query.toString()}` : '';
  return api<ResponderAnalytics>('GET', `/analytics/responders${suffix}`);
}
