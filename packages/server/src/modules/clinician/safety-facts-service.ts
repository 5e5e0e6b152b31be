import type { z } from 'zod';
import { withPatientRecord } from '../audit/patient-data';
import type { ServiceContext } from '../auth/context';
import { upsertSafetyFacts } from './care-plan-repository';
import { dayOf } from './dates';
import { invalidField } from './field-error';
import { assessmentsOf, careSettingsOf } from './record-repository';
import type { RecordRequest } from './record-service';
import { refreshSummary } from './refresh-summary';
import { ageOf, recordedProfile, recordedSafeguards, type safetyFactsBody } from './safety-facts';

/** Reading and recording the medication rules' facts and the opioid safeguard dates. */

type Ctx = Pick<ServiceContext, 'db' | 'clock'>;

export function readSafetyFacts(ctx: Ctx, request: RecordRequest) {
  const today = dayOf(ctx.clock());
  return withPatientRecord(
    ctx,
    { ...request, action: 'read', resource: 'safety-facts' },
    async (tx, patient) => {
      const assessments = await assessmentsOf(tx, patient);
      const settings = await careSettingsOf(tx, patient);
      return {
        age: ageOf({ assessments, today }),
        profile: recordedProfile(settings),
        safeguards: recordedSafeguards(settings),
      };
    },
  );
}

export function recordSafetyFacts(ctx: Ctx, request: RecordRequest, body: z.output<typeof safetyFactsBody>) {
  const now = ctx.clock();
  const today = dayOf(now);
  for (const [key, date] of Object.entries(body.safeguards)) {
    if (date !== null && date > today)
      throw invalidField(`body.safeguards.${key}`, 'must not be in the future');
  }
  return withPatientRecord(
    ctx,
    { ...request, action: 'update', resource: 'safety-facts' },
    async (tx, patient) => {
      await upsertSafetyFacts(tx, patient, {
        clinicalProfile: body.profile,
        opioidSafeguards: body.safeguards,
        updatedAt: now,
      });
      await refreshSummary(tx, patient, today);
      return {
        age: ageOf({ assessments: await assessmentsOf(tx, patient), today }),
        profile: body.profile,
        safeguards: body.safeguards,
      };
    },
  );
}
