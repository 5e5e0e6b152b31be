import { enqueue } from '../../pwa/outbox';
import type { SelfManagementDoneBody, SelfManagementKind } from '../api/types';
import { localDay, newIdempotencyKey } from '../dates';

/** Marks today's lesson, relaxation or goal review done, through the outbox (works offline, idempotent). */
export async function markSelfManagementDone(kind: SelfManagementKind, itemId: string | null): Promise<void> {
  const body: SelfManagementDoneBody = { day: localDay(), kind, itemId, idempotencyKey: newIdempotencyKey() };
  await enqueue('self-management', '/api/v1/me/self-management', body);
}
