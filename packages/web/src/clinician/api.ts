import { api } from '../api/client';
import type {
  CardEntry,
  CarePlan,
  Medication,
  MedicationCheck,
  PanelPage,
  RecordSummary,
  TimelineEvent,
  VisitNote,
} from './types';

/** The clinician workspace's calls, through the shell's client (session cookie, CSRF on writes). */

const patient = (id: string, path: string) => `/patients/${encodeURIComponent(id)}${path}`;

export const clinicianApi = {
  panel: (query: URLSearchParams) => api<PanelPage>('GET', `/clinician/panel?${query.toString()}`),
  summary: (id: string) => api<RecordSummary>('GET', patient(id, '/summary')),
  proms: (id: string) =>
    api<{
      responses: { id: string; instrumentId: string; answeredOn: string; primaryScore: number | null }[];
    }>('GET', patient(id, '/proms')),
  diary: (id: string) =>
    api<{
      checkIns: {
        day: string;
        pain: number;
        sleepQuality: number | null;
        mood: number | null;
        activityMinutes: number | null;
        flare: boolean;
        note: string | null;
      }[];
    }>('GET', patient(id, '/diary')),
  sessions: (id: string) =>
    api<{
      sessions: {
        id: string;
        day: string;
        completed: boolean;
        maxPainDuring: number | null;
        settledNextMorning: boolean | null;
        stoppedForSymptoms: boolean;
        exercises: { exerciseId: string; name: string; outcome: string; painDuring: number | null }[];
      }[];
    }>('GET', patient(id, '/sessions')),
  timeline: (id: string) => api<{ events: TimelineEvent[] }>('GET', patient(id, '/decisions')),
  cards: (id: string) => api<{ cards: CardEntry[]; issues: string[] }>('GET', patient(id, '/cards')),
  decide: (id: string, ruleId: string, body: { decision: 'accepted' | 'declined'; reason: string }) =>
    api<{ carePlan: { version: number; step: number } | null }>(
      'POST',
      patient(id, `/cards/${encodeURIComponent(ruleId)}/decision`),
      body,
    ),
  carePlan: (id: string) => api<{ carePlan: CarePlan | null }>('GET', patient(id, '/care-plan')),
  changePlan: (id: string, body: { change: Record<string, unknown>; reason: string }) =>
    api<{ carePlan: CarePlan }>('POST', patient(id, '/care-plan/changes'), body),
  setPtVisits: (id: string, body: { visitsAuthorised: number; visitsUsed: number; reason: string }) =>
    api<{ carePlan: CarePlan }>('POST', patient(id, '/pt-visits'), body),
  exercises: () =>
    api<{ exercises: { id: string; name: string; group: string; level: number }[] }>(
      'GET',
      '/clinician/exercises',
    ),
  medications: (id: string) =>
    api<{ medications: Medication[]; totalMmePerDay: number; alerts: MedicationCheck['alerts'] }>(
      'GET',
      patient(id, '/medications'),
    ),
  checkMedication: (id: string, body: Record<string, unknown>) =>
    api<MedicationCheck>('POST', patient(id, '/medications/check'), body),
  addMedication: (id: string, body: Record<string, unknown>) =>
    api<MedicationCheck>('POST', patient(id, '/medications'), body),
  stopMedication: (
    id: string,
    medicationId: string,
    body: { stoppedOn: string; reason: string; trialOutcome?: string },
  ) => api('POST', patient(id, `/medications/${encodeURIComponent(medicationId)}/stop`), body),
  notes: (id: string) => api<{ notes: VisitNote[] }>('GET', patient(id, '/notes')),
  addNote: (id: string, body: { visitedOn: string; body: string }) =>
    api('POST', patient(id, '/notes'), body),
  clearRedFlag: (
    id: string,
    body: { assessmentId: string; reason: string; findings: string; clearedOn?: string },
  ) =>
    api<{ carePlanStarted: boolean; carePlanVersion: number | null; note: string }>(
      'POST',
      patient(id, '/red-flags/clearance'),
      body,
    ),
  reportUrl: (id: string) => `/api/v1${patient(id, '/clinician-report.pdf')}`,
  onePageReportUrl: (id: string) => `/api/v1${patient(id, '/report.pdf')}`,
};
