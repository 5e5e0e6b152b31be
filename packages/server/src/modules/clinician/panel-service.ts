import { appendAudit } from '../audit/repository';
import type { RequestMeta, ServiceContext } from '../auth/context';
import type { Principal } from '../auth/principal';
import { dayOf, weeksBetween } from './dates';
import { invalidField } from './field-error';
import { type PanelCursor, type PanelFilters, type PanelRow, panelPage } from './panel-repository';

export const PANEL_PAGE_SIZE = 50;

export function encodePanelCursor(row: Pick<PanelRow, 'priority' | 'since' | 'patientId'>): string {
  return Buffer.from(JSON.stringify([row.priority, row.since, row.patientId])).toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;

/** A cursor is opaque to clients; one that was not made here is a 400 naming the field. */
export function decodePanelCursor(text: string): PanelCursor {
  const invalid = () => invalidField('querystring.cursor', 'is not a cursor from this panel');
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) throw invalid();
  const [priority, since, patientId] = parsed as unknown[];
  if (typeof priority !== 'number' || !Number.isInteger(priority)) throw invalid();
  if (typeof since !== 'string' || !TIMESTAMP.test(since)) throw invalid();
  if (typeof patientId !== 'string' || !UUID.test(patientId)) throw invalid();
  return { priority, since, patientId };
}

export interface PanelRequest extends PanelFilters {
  readonly cursor?: string;
  readonly limit?: number;
}

/**
 * One page of the clinician's patients, most urgent first. Names are patient
 * data, so every patient shown gets a 'list' audit row — written as one
 * multi-row insert in the same transaction as the read.
 */
export async function clinicianPanel(
  ctx: Pick<ServiceContext, 'db' | 'clock'>,
  principal: Principal,
  request: PanelRequest,
  meta: RequestMeta,
) {
  const cursor = request.cursor ? decodePanelCursor(request.cursor) : null;
  const limit = request.limit ?? PANEL_PAGE_SIZE;
  const now = ctx.clock();
  const today = dayOf(now);
  const rows = await ctx.db.transaction(async (tx) => {
    const found = await panelPage(tx, principal, request, cursor, limit + 1);
    const shown = found.slice(0, limit);
    await appendAudit(
      tx,
      shown.map((row) => ({
        at: now,
        action: 'list',
        resource: 'patient',
        outcome: 'allowed' as const,
        actorId: principal.userId,
        actorRole: principal.role,
        orgId: row.orgId,
        patientId: row.patientId,
        requestId: meta.requestId,
        ip: meta.ip,
      })),
    );
    return found;
  });
  const shown = rows.slice(0, limit);
  const last = shown.at(-1);
  return {
    patients: shown.map((row) => ({
      id: row.patientId,
      displayName: row.displayName,
      clinicName: row.clinicName,
      priority: row.priority,
      reasons: row.reasons ?? [],
      step: row.step,
      weeksInStep: row.stepStartedOn ? weeksBetween(row.stepStartedOn, today) : null,
      phenotype: row.phenotype,
      riskGroup: row.riskGroup,
      painBaseline: row.painBaseline,
      pain7dMean: row.pain7dMean,
      adherence14d: row.adherence14d,
      lastCheckInDay: row.lastCheckInDay,
      unreadMessages: row.unreadFromPatient ?? 0,
    })),
    nextCursor: rows.length > limit && last ? encodePanelCursor(last) : null,
  };
}
