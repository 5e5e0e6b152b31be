import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ServiceContext } from '../auth/context';
import { own, patientToday } from '../patient-app/own-record';
import { patientRequest } from '../patient-app/request';
import { loadPatientReportData } from './report-data';
import { renderPatientReportPdf } from './report-pdf';

/** GET /api/v1/me/report.pdf — the patient's one-page report, read through withOwnRecord (audited). */
export const reportRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  app.get(
    '/api/v1/me/report.pdf',
    { config: { access: ['patient'] }, schema: { tags: ['reports'] } },
    async (request, reply) => {
      const now = ctx.clock();
      const data = await own(patientRequest(ctx, request), 'export', 'report', async (tx, patient) =>
        loadPatientReportData(tx, patient, patientToday(patient, now)),
      );
      const pdf = await renderPatientReportPdf(data, now);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="backplan-report-${data.to}.pdf"`)
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );
};
