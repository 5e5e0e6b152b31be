import { rollingSevenDayMeanPain } from '@backplan/clinical/outcomes/index';
import { recommend } from '@backplan/clinical/stepped-care/index';
import { withPatientRecord } from '../audit/patient-data';
import type { ServiceContext } from '../auth/context';
import { loadPatientReportData } from '../reports/report-data';
import { renderPatientReportPdf } from '../reports/report-pdf';
import { renderClinicianReport } from './clinician-pdf';
import { addDays, dayOf } from './dates';
import { buildPatientState } from './patient-state';
import { header, type RecordRequest, timelineEvents } from './record-service';
import { loadRecordSnapshot } from './record-snapshot';
import { summariseRecord } from './record-summary';

/** Weeks of weekly mean pain the report shows. */
const REPORT_WEEKS = 12;

/** The clinician PDF, read through the audited path as an export of the record. */
export async function clinicianReport(ctx: Pick<ServiceContext, 'db' | 'clock'>, request: RecordRequest) {
  const now = ctx.clock();
  const today = dayOf(now);
  const input = await withPatientRecord(
    ctx,
    { ...request, action: 'export', resource: 'clinician-report' },
    async (tx, patient) => {
      const snapshot = await loadRecordSnapshot(tx, patient, today);
      const built = buildPatientState(snapshot);
      const diary = snapshot.checkIns.map((c) => ({ date: c.day, pain: c.pain }));
      return {
        patient: await header(tx, patient),
        summary: summariseRecord(snapshot),
        weeklyPain: Array.from({ length: REPORT_WEEKS }, (_, i) => {
          const end = addDays(today, -7 * (REPORT_WEEKS - 1 - i));
          return { weekStarting: addDays(end, -6), meanPain: rollingSevenDayMeanPain(diary, end) };
        }),
        proms: snapshot.responses.map((r) => ({
          instrumentId: r.instrumentId,
          answeredOn: r.answeredOn,
          primaryScore: r.primaryScore,
        })),
        cards: (built.state ? recommend(built.state) : []).map((card) => ({
          summary: card.summary,
          severity: card.severity,
          sources: card.source.map((c) => `${c.source} (${c.section})`).join('; '),
        })),
        decisions: timelineEvents(snapshot.decisions, snapshot.plans),
        notes: snapshot.notes,
        generatedAt: now,
      };
    },
  );
  return { pdf: await renderClinicianReport(input), day: today };
}

/**
 * The same one-page report the patient gives their doctor (modules/reports),
 * for the clinician's copy, read through the audited path as an export.
 */
export async function patientOnePageReport(
  ctx: Pick<ServiceContext, 'db' | 'clock'>,
  request: RecordRequest,
) {
  const now = ctx.clock();
  const data = await withPatientRecord(
    ctx,
    { ...request, action: 'export', resource: 'report' },
    (tx, patient) => loadPatientReportData(tx, patient, dayOf(now)),
  );
  return { pdf: await renderPatientReportPdf(data, now), day: data.to };
}
