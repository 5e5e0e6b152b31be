/** The patient API's shapes, continued: questionnaires, progress, medicines, reminders (see types.ts). */

import type { CrisisResources, IsoDay } from './types';

export type MeasureAnswers = Readonly<Record<string, number | readonly number[] | null>>;

export interface MeasureResponse {
  readonly response: {
    readonly id: string;
    readonly instrumentId: string;
    readonly answeredOn: IsoDay;
    readonly primaryScore: number | null;
    readonly band: string | null;
  };
  readonly replayed: boolean;
  readonly followUp: 'phq-9' | 'gad-7' | null;
  readonly crisisResources: CrisisResources | null;
}

export type AdherenceStatus = 'planned' | 'done' | 'none';

export interface ProgressResponse {
  readonly from: IsoDay;
  readonly to: IsoDay;
  readonly painMean7d: readonly { date: IsoDay; mean: number | null }[];
  readonly peg: readonly { date: IsoDay; score: number }[];
  readonly adherenceCalendar: readonly { date: IsoDay; status: AdherenceStatus }[];
  readonly adherence14d: number | null;
  readonly goals: readonly { id: string; text: string; status: string; reviews: readonly unknown[] }[];
  readonly activityMinutes: readonly { date: IsoDay; minutes: number }[];
  readonly explanations: readonly string[];
  readonly step: { readonly step: number; readonly title: string; readonly description: string } | null;
}

export const DOSE_UNITS = ['mg', 'mcg', 'g', 'mcg/h'] as const;
export const MEDICATION_FREQUENCIES = [
  'daily',
  'BID',
  'TID',
  'QID',
  'q4h',
  'q6h',
  'q8h',
  'q12h',
  'every-72h',
  'weekly',
  'as-needed',
] as const;
export const MEDICATION_ROUTES = [
  'oral',
  'transdermal',
  'buccal',
  'sublingual',
  'nasal',
  'rectal',
  'intravenous',
  'intramuscular',
  'subcutaneous',
  'topical',
  'epidural',
  'inhaled',
] as const;

export interface MedicationBody {
  readonly drug: string;
  readonly dose: number;
  readonly unit: (typeof DOSE_UNITS)[number];
  readonly frequency: (typeof MEDICATION_FREQUENCIES)[number];
  readonly route: (typeof MEDICATION_ROUTES)[number];
  readonly maxDosesPerDay?: number;
  readonly startedOn: IsoDay;
}

export interface MedicationView {
  readonly id: string;
  readonly drug: string;
  readonly dose: number;
  readonly unit: string;
  readonly frequency: string;
  readonly route: string;
  readonly maxDosesPerDay: number | null;
  readonly startedOn: IsoDay;
  readonly recordedBy: 'patient' | 'clinician';
}

export interface MedicationsResponse {
  readonly medications: readonly MedicationView[];
  readonly recentSideEffects: readonly { day: IsoDay; sideEffects: readonly string[] }[];
  readonly careTeamNote: string;
}

export const REMINDER_CHANNELS = ['in_app', 'email', 'web_push'] as const;
export type ReminderChannel = (typeof REMINDER_CHANNELS)[number];

export interface ReminderSettingsBody {
  readonly time: string | null;
  readonly timeZone: string;
  readonly repeatAfterMinutes: number | null;
  readonly quietDays: readonly number[];
  readonly channels: readonly ReminderChannel[];
}

export interface ReminderSettingsResponse extends ReminderSettingsBody {
  readonly webPush: { readonly available: boolean; readonly publicKey: string | null };
}

export interface NotificationsResponse {
  readonly notifications: readonly { id: string; at: string; title: string; body: string }[];
}

export interface PushSubscriptionBody {
  readonly endpoint: string;
  readonly keys: { readonly p256dh: string; readonly auth: string };
}
