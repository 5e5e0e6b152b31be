import {
  MINIMUM_CELL_SIZE,
  RESPONDER_WEEK,
  type ResponderCell,
  type ResponderRecord,
  responderAtWeek,
  responderTable,
  treatmentKeys,
} from '@backplan/clinical/simulation/index';
import { appendAudit } from '../audit/repository';
import type { RequestMeta, ServiceContext } from '../auth/context';
import type { Principal } from '../auth/principal';
import { storedProfiles, week12Diaries } from './repository';

/**
 * Responder analytics from a clinic's own stored data (issue 10): for each phenotype × STarT Back
 * group × step or component at week 12 of care, how many patients reached a meaningful
 * improvement in pain (clinical.md §3.1) at the week-12 review, with a 95% Wilson interval;
 * cells under 10 patients are suppressed. The maths is the clinical package's
 * (simulation/analytics.ts), shared with the policy simulator. One audit row per request.
 */
export interface ResponderAnalytics {
  readonly generatedOn: string;
  readonly week: number;
  readonly minimumCellSize: number;
  readonly evaluablePatients: number;
  readonly definition: string;
  readonly cells: ResponderCell[];
}

export const RESPONDER_DEFINITION =
  'Meaningful improvement: the 7-day mean of daily pain at week 12 of care is at least 2 points and 30% below the intake pain score (clinical.md §3.1). Patients are grouped by the phenotype and STarT Back group of their intake, and by the step and care components in their plan at week 12. Only patients who share their record with the clinic are counted.';

export async function responderAnalytics(
  ctx: ServiceContext,
  principal: Principal,
  filter: { readonly phenotype?: string; readonly riskGroup?: string },
  meta: RequestMeta,
): Promise<ResponderAnalytics> {
  const now = ctx.clock();
  const today = now.toISOString().slice(0, 10);
  const orgIds = principal.staffOrgIds;
  // Reads go to the analytics connection (a replica, when configured); the audit row below
  // goes to the primary, because audit rows are records (docs/scaling.md §3).
  const reader = ctx.analyticsDb ?? ctx.db;
  const profiles = await storedProfiles(reader, orgIds, today);
  const diaries = await week12Diaries(reader, orgIds, profiles);
  const records: ResponderRecord[] = profiles.flatMap((profile) => {
    const responder = responderAtWeek(
      profile.baselinePain,
      diaries.get(profile.patientId) ?? [],
      profile.careStartedOn,
      today,
    );
    if (responder === null) return [];
    return [
      {
        phenotype: profile.phenotype,
        riskGroup: profile.riskGroup,
        treatments: treatmentKeys(profile.stepAtWeek12, profile.componentsAtWeek12),
        responder,
      },
    ];
  });
  const cells = responderTable(records).filter(
    (cell) =>
      (filter.phenotype === undefined || cell.phenotype === filter.phenotype) &&
      (filter.riskGroup === undefined || cell.riskGroup === filter.riskGroup),
  );
  await appendAudit(ctx.db, {
    at: now,
    action: 'read',
    resource: 'responder-analytics',
    outcome: 'success',
    actorId: principal.userId,
    actorRole: principal.role,
    orgId: orgIds[0] ?? null,
    requestId: meta.requestId,
    ip: meta.ip,
  });
  return {
    generatedOn: today,
    week: RESPONDER_WEEK,
    minimumCellSize: MINIMUM_CELL_SIZE,
    evaluablePatients: records.length,
    definition: RESPONDER_DEFINITION,
    cells,
  };
}
