import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  json,
  jsonb,
  type PgColumn,
  pgTable,
  primaryKey,
  real,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { patients } from './tenancy';

/**
 * The clinical record: what patients and clinicians record over time.
 *
 * Every table is patient-scoped, carries `org_id` first in its primary key and
 * references `patients (org_id, id)` with ON UPDATE CASCADE, so a patient who
 * joins a clinic brings their history, and the schema distributes by
 * organisation (docs/scaling.md). Rows written by a device carry the client's
 * idempotency key, unique per patient, so a retried sync never duplicates.
 */

const patientRef = (t: { orgId: PgColumn; patientId: PgColumn }, name: string) =>
  foreignKey({ name, columns: [t.orgId, t.patientId], foreignColumns: [patients.orgId, patients.id] })
    .onUpdate('cascade')
    .onDelete('cascade');

const scoped = {
  orgId: uuid('org_id').notNull(),
  id: uuid('id').notNull().defaultRandom(),
  patientId: uuid('patient_id').notNull(),
};

/** Intake assessments and the 6- and 12-week reassessments: the intake as entered and the computed result. */
export const assessments = pgTable(
  'assessments',
  {
    ...scoped,
    kind: text('kind', { enum: ['intake', 'reassessment'] }).notNull(),
    assessedOn: date('assessed_on', { mode: 'string' }).notNull(),
    intake: jsonb('intake').notNull(),
    result: jsonb('result').notNull(),
    /** Conditions a clinician cleared so the programme may start (clinical.md §4.1 product rule). */
    clearedBy: uuid('cleared_by').references(() => users.id, { onDelete: 'set null' }),
    clearedAt: timestamp('cleared_at', { withTimezone: true }),
    /** The clearing clinician's reason and what they ruled out (POST …/red-flags/clearance). */
    clearanceReason: text('clearance_reason'),
    clearanceFindings: text('clearance_findings'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    patientRef(t, 'assessments_patient_fk'),
    index('assessments_patient_idx').on(t.orgId, t.patientId, t.assessedOn),
  ],
);

/** One completed questionnaire (PEG, PHQ-2/9, GAD-2/7, STarT Back, ODI, RMDQ, NRS). */
export const instrumentResponses = pgTable(
  'instrument_responses',
  {
    ...scoped,
    instrumentId: text('instrument_id').notNull(),
    instrumentVersion: text('instrument_version').notNull(),
    answeredOn: date('answered_on', { mode: 'string' }).notNull(),
    answers: jsonb('answers').notNull(),
    scores: jsonb('scores').notNull(),
    /** The instrument's main score (e.g. PEG mean, PHQ-9 total) for charts and rollups. */
    primaryScore: real('primary_score'),
    source: text('source', { enum: ['patient', 'clinician', 'import'] }).notNull(),
    idempotencyKey: text('idempotency_key'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    patientRef(t, 'instrument_responses_patient_fk'),
    index('instrument_responses_patient_idx').on(t.orgId, t.patientId, t.instrumentId, t.answeredOn),
    uniqueIndex('instrument_responses_idempotency').on(t.orgId, t.patientId, t.idempotencyKey),
  ],
);

/**
 * The daily check-in (about 30 seconds). One per patient per local day: a later
 * check-in for the same day replaces the earlier one (docs/offline.md).
 */
export const checkIns = pgTable(
  'check_ins',
  {
    ...scoped,
    day: date('day', { mode: 'string' }).notNull(),
    pain: smallint('pain').notNull(),
    sleepQuality: smallint('sleep_quality'),
    mood: smallint('mood'),
    activityMinutes: integer('activity_minutes'),
    sideEffects: text('side_effects').array().notNull().default(sql`'{}'::text[]`),
    flare: boolean('flare').notNull().default(false),
    /** Weekly yes/no: new bladder, bowel or saddle symptoms (clinical.md §4.1 product rule). */
    newBladderBowelSaddleSymptoms: boolean('new_bladder_bowel_saddle_symptoms'),
    note: text('note'),
    idempotencyKey: text('idempotency_key').notNull(),
    /** When the patient recorded it on their device (may be earlier than sync). */
    clientRecordedAt: timestamp('client_recorded_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    patientRef(t, 'check_ins_patient_fk'),
    uniqueIndex('check_ins_patient_day').on(t.orgId, t.patientId, t.day),
    uniqueIndex('check_ins_idempotency').on(t.orgId, t.patientId, t.idempotencyKey),
    check('check_ins_pain_range', sql`${t.pain} BETWEEN 0 AND 10`),
    check('check_ins_sleep_range', sql`${t.sleepQuality} IS NULL OR ${t.sleepQuality} BETWEEN 0 AND 10`),
    check('check_ins_mood_range', sql`${t.mood} IS NULL OR ${t.mood} BETWEEN 0 AND 10`),
  ],
);

/**
 * Versions of a patient's care plan: the step, its components and the exercise
 * programme. A change makes a new version, so history stays true (CareKit).
 */
export const carePlans = pgTable(
  'care_plans',
  {
    ...scoped,
    version: integer('version').notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    step: smallint('step').notNull(),
    /** When the current step started (decision points are counted from here). */
    stepStartedOn: date('step_started_on', { mode: 'string' }).notNull(),
    components: jsonb('components').notNull(),
    programme: jsonb('programme').notNull(),
    reason: text('reason').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    patientRef(t, 'care_plans_patient_fk'),
    uniqueIndex('care_plans_patient_version').on(t.orgId, t.patientId, t.version),
  ],
);

/** An exercise session: what was done, how it felt, and whether pain had settled the next morning. */
export const sessionLogs = pgTable(
  'session_logs',
  {
    ...scoped,
    day: date('day', { mode: 'string' }).notNull(),
    carePlanVersion: integer('care_plan_version').notNull(),
    /** [{ exerciseId, outcome: done|easier|skipped, reason?, painDuring }] */
    exercises: jsonb('exercises').notNull(),
    completed: boolean('completed').notNull(),
    maxPainDuring: smallint('max_pain_during'),
    settledNextMorning: boolean('settled_next_morning'),
    stoppedForSymptoms: boolean('stopped_for_symptoms').notNull().default(false),
    idempotencyKey: text('idempotency_key').notNull(),
    clientRecordedAt: timestamp('client_recorded_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    patientRef(t, 'session_logs_patient_fk'),
    index('session_logs_patient_day').on(t.orgId, t.patientId, t.day),
    uniqueIndex('session_logs_idempotency').on(t.orgId, t.patientId, t.idempotencyKey),
  ],
);

/** Flare-ups: start, end, and the flare log (pain, red-flag screen answers). */
export const flareEpisodes = pgTable(
  'flare_episodes',
  {
    ...scoped,
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    endedOn: date('ended_on', { mode: 'string' }),
    log: jsonb('log').notNull().default(sql`'[]'::jsonb`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    patientRef(t, 'flare_episodes_patient_fk'),
    index('flare_episodes_patient_idx').on(t.orgId, t.patientId, t.startedOn),
  ],
);

/** Medications as reported by the patient or recorded by a clinician. No advice is stored or given here. */
export const medications = pgTable(
  'medications',
  {
    ...scoped,
    drug: text('drug').notNull(),
    dose: real('dose').notNull(),
    unit: text('unit').notNull(),
    frequency: text('frequency').notNull(),
    route: text('route').notNull(),
    prnMaxDosesPerDay: real('prn_max_doses_per_day'),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    stoppedOn: date('stopped_on', { mode: 'string' }),
    recordedBy: text('recorded_by', { enum: ['patient', 'clinician'] }).notNull(),
    /** Why a clinician saved despite a critical safety alert. */
    overrideReason: text('override_reason'),
    /** Why it was stopped, in the clinician's words. */
    stopReason: text('stop_reason'),
    /** How the trial went, for the stepped-care medication tiers (clinical.md §0: NSAID → duloxetine/tramadol → opioid). */
    trialOutcome: text('trial_outcome', { enum: ['failed', 'not-tolerated', 'contraindicated', 'helped'] }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    patientRef(t, 'medications_patient_fk'),
    index('medications_patient_idx').on(t.orgId, t.patientId),
  ],
);

/** A clinician's decision on a decision card: accepted or declined, with a reason. */
export const careDecisions = pgTable(
  'care_decisions',
  {
    ...scoped,
    ruleId: text('rule_id').notNull(),
    card: jsonb('card').notNull(),
    decision: text('decision', { enum: ['accepted', 'declined'] }).notNull(),
    reason: text('reason').notNull(),
    /** The care-plan version created by accepting a step change, if any. */
    resultingCarePlanVersion: integer('resulting_care_plan_version'),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    patientRef(t, 'care_decisions_patient_fk'),
    index('care_decisions_patient_idx').on(t.orgId, t.patientId, t.decidedAt),
  ],
);

/** Secure asynchronous messages between a patient and their care team. */
export const messages = pgTable(
  'messages',
  {
    ...scoped,
    senderId: uuid('sender_id').references(() => users.id, { onDelete: 'set null' }),
    fromPatient: boolean('from_patient').notNull(),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    patientRef(t, 'messages_patient_fk'),
    index('messages_patient_idx').on(t.orgId, t.patientId, t.createdAt),
  ],
);

/** Clinician visit notes. */
export const visitNotes = pgTable(
  'visit_notes',
  {
    ...scoped,
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    visitedOn: date('visited_on', { mode: 'string' }).notNull(),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.id] }), patientRef(t, 'visit_notes_patient_fk')],
);

/** The patient's own SMART goals and their weekly reviews. */
export const goals = pgTable(
  'goals',
  {
    ...scoped,
    goal: jsonb('goal').notNull(),
    reviews: jsonb('reviews').notNull().default(sql`'[]'::jsonb`),
    status: text('status', { enum: ['active', 'achieved', 'dropped'] })
      .notNull()
      .default('active'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.id] }), patientRef(t, 'goals_patient_fk')],
);

/** Per-patient care settings that are not versioned with the plan. */
export const patientCareSettings = pgTable(
  'patient_care_settings',
  {
    orgId: uuid('org_id').notNull(),
    patientId: uuid('patient_id').notNull(),
    ptVisitsAuthorised: integer('pt_visits_authorised'),
    ptVisitsUsed: integer('pt_visits_used').notNull().default(0),
    /** Local time of the daily reminder, HH:MM, in `timeZone`. */
    reminderTime: text('reminder_time'),
    timeZone: text('time_zone').notNull().default('UTC'),
    reminderQuietDays: smallint('reminder_quiet_days').array().notNull().default(sql`'{}'::smallint[]`),
    reminderRepeatMinutes: integer('reminder_repeat_minutes'),
    reminderChannels: text('reminder_channels').array().notNull().default(sql`'{in_app}'::text[]`),
    /**
     * Facts the medication safety rules need beyond the intake (clinical.md §7.1–§7.8): kidney
     * function, GI-bleed history, sleep apnoea… as the clinical package's ClinicalProfile without age.
     */
    clinicalProfile: jsonb('clinical_profile'),
    /** Dates of the CDC 2022 opioid safeguards a clinician recorded (PDMP, urine test, naloxone…). */
    opioidSafeguards: jsonb('opioid_safeguards'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.patientId] }), patientRef(t, 'patient_care_settings_patient_fk')],
);

/**
 * One row per patient, kept current on every write that changes it, so the
 * clinician's triage panel reads one indexed table instead of a year of diary
 * rows per patient (docs/performance.md). A test compares it with a full
 * recomputation from the records.
 */
export const patientSummaries = pgTable(
  'patient_summaries',
  {
    orgId: uuid('org_id').notNull(),
    patientId: uuid('patient_id').notNull(),
    /** Lower is more urgent: the triage order of issue #8 (1 red flag or self-harm … 7 messages, 99 nothing). */
    triagePriority: smallint('triage_priority').notNull().default(99),
    triageReasons: text('triage_reasons').array().notNull().default(sql`'{}'::text[]`),
    painBaseline: real('pain_baseline'),
    pain7dMean: real('pain_7d_mean'),
    adherence14d: real('adherence_14d'),
    lastCheckInDay: date('last_check_in_day', { mode: 'string' }),
    flareStartedOn: date('flare_started_on', { mode: 'string' }),
    redFlagAction: text('red_flag_action'),
    selfHarmFlag: boolean('self_harm_flag').notNull().default(false),
    step: smallint('step'),
    stepStartedOn: date('step_started_on', { mode: 'string' }),
    nextReassessmentOn: date('next_reassessment_on', { mode: 'string' }),
    unreadFromPatient: integer('unread_from_patient').notNull().default(0),
    /**
     * The record's triage inputs as read for `factsDay` (summaries/facts.ts FactRows), kept so a
     * check-in can add itself to them instead of reading the record again (issue #11). Null
     * until the first refresh; summaries/facts.ts rowsOnDay says when they still hold. `json`,
     * not `jsonb`: nothing queries inside them, and json is cheaper to write and read whole.
     */
    factRows: json('fact_rows'),
    factsDay: date('facts_day', { mode: 'string' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.patientId] }),
    patientRef(t, 'patient_summaries_patient_fk'),
    /**
     * The clinician panel's order (priority, staleness, patient id) within a
     * clinic: the panel walks this index and stops after one page. Every
     * patient has a row here from creation on (trigger in drizzle/0008).
     */
    index('patient_summaries_triage_idx').on(t.orgId, t.triagePriority, t.updatedAt, t.patientId),
  ],
);

/**
 * Reminders to send. The primary key makes each (patient, time, channel)
 * reminder exist once however many servers schedule it; senders claim rows with
 * FOR UPDATE SKIP LOCKED, so no reminder is sent twice (docs/scaling.md).
 */
export const reminderDeliveries = pgTable(
  'reminder_deliveries',
  {
    orgId: uuid('org_id').notNull(),
    patientId: uuid('patient_id').notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    channel: text('channel', { enum: ['in_app', 'email', 'web_push'] }).notNull(),
    status: text('status', { enum: ['pending', 'sent', 'failed', 'skipped'] })
      .notNull()
      .default('pending'),
    attempts: smallint('attempts').notNull().default(0),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    sentBy: text('sent_by'),
    lastError: text('last_error'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.patientId, t.dueAt, t.channel] }),
    patientRef(t, 'reminder_deliveries_patient_fk'),
    index('reminder_deliveries_due_idx').on(t.status, t.dueAt),
  ],
);
