import { z } from 'zod';

export const sharingState = z.enum(['active', 'revoked', 'not-shared']);
export type SharingState = z.infer<typeof sharingState>;

/** Whether the clinic the record lives in may open it now. */
export function sharingOf(patient: {
  sharingConsentedAt: Date | null;
  sharingRevokedAt: Date | null;
}): SharingState {
  if (patient.sharingRevokedAt) return 'revoked';
  return patient.sharingConsentedAt ? 'active' : 'not-shared';
}
