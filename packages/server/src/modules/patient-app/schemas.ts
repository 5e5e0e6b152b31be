import { intakeSchema } from '@backplan/clinical';
import { DOSE_UNITS, MEDICATION_FREQUENCIES, MEDICATION_ROUTES } from '@backplan/clinical/medications/index';
import { z } from 'zod';

/**
 * The patient app's API contract: request and response schemas for every
 * /api/v1/me/... endpoint the patient web app calls. The web app codes against
 * these; changes here are additive only (new optional fields, new endpoints).
 * Dates are the patient's local calendar days (YYYY-MM-DD); instants are ISO
 * 8601 strings in UTC. See README.md for the endpoint list and docs/offline.md
 * for the sync and conflict rule.
 */

export const isoDay = z.iso.date().describe('A local calendar day, YYYY-MM-DD');
const instant = z.string().describe('An instant, ISO 8601 in UTC');
const score0to10 = z.int().min(0).max(10);
const idempotencyKey = z.uuid().describe('Made once on the device per record; a retry sends the same key');
const clientRecordedAt = z.iso
  .datetime({ offset: true })
  .describe('When the patient saved it on the device (ISO 8601 with offset)');
const shortText = (max: number) => z.string().trim().min(1).max(max);

/** What to do now, in plain words, when an answer points to a red flag (clinical.md §4.1 product rule). */
export const urgentActionSchema = z.object({
  level: z.enum(['emergency', 'urgent']),
  /** Plain "what to do now" text for the patient. */
  whatToDoNow: z.string(),
  /** The care team can see this in their triage list. */
  careTeamTold: z.boolean(),
});
export type UrgentAction = z.infer<typeof urgentActionSchema>;

/** Shown whenever PHQ-9 item 9 is above 0 (clinical.md §3.3 safety rule). */
export const crisisResourcesSchema = z.object({
  message: z.string(),
  resources: z.array(z.object({ name: z.string(), contact: z.string(), description: z.string() })),
  careTeamTold: z.boolean(),
});
export type CrisisResources = z.infer<typeof crisisResourcesSchema>;

// ---------------------------------------------------------------- check-ins

/** POST /api/v1/me/check-ins — the daily check-in (about 30 seconds). */
export const checkInBody = z.strictObject({
  day: isoDay,
  pain: score0to10,
  sleepQuality: score0to10,
  mood: score0to10,
  activityMinutes: z.int().min(0).max(1440),
  sideEffects: z.array(shortText(80)).max(12),
  flare: z.boolean(),
  /** The weekly yes/no; null on days it is not asked. A yes starts the emergency path. */
  newBladderBowelSaddleSymptoms: z.boolean().nullable(),
  note: z.string().max(1000).optional(),
  idempotencyKey,
  clientRecordedAt,
});
export type CheckInBody = z.infer<typeof checkInBody>;

export const checkInSchema = z.object({
  id: z.uuid(),
  day: isoDay,
  pain: z.number(),
  sleepQuality: z.number().nullable(),
  mood: z.number().nullable(),
  activityMinutes: z.number().nullable(),
  sideEffects: z.array(z.string()),
  flare: z.boolean(),
  newBladderBowelSaddleSymptoms: z.boolean().nullable(),
  note: z.string().nullable(),
  idempotencyKey: z.string(),
  clientRecordedAt: instant,
  updatedAt: instant,
});
export type CheckInView = z.infer<typeof checkInSchema>;

/**
 * 201 when stored, 200 when replayed (same key) or when the day already holds a
 * newer check-in (`superseded: true`, the kept row is returned).
 */
export const checkInResponse = z.object({
  checkIn: checkInSchema,
  replayed: z.boolean(),
  superseded: z.boolean(),
  urgentAction: urgentActionSchema.nullable(),
});

/** GET /api/v1/me/check-ins?from&to — at most 400 days, oldest first. */
export const checkInsQuery = z.strictObject({ from: isoDay.optional(), to: isoDay.optional() });
export const checkInsResponse = z.object({ checkIns: z.array(checkInSchema) });

// ---------------------------------------------------------------- intake and assessment

/**
 * POST /api/v1/me/intake and POST /api/v1/me/reassessments — the intake as the
 * clinical `intakeSchema` defines it. Clinician-only sections (examination
 * findings, red-flag clearances) are refused from patients.
 */
export const patientIntakeBody = intakeSchema.superRefine((intake, context) => {
  for (const [field, value] of Object.entries(intake)) {
    if (field.startsWith('clinician') && value !== undefined)
      context.addIssue({
        code: 'custom',
        path: [field],
        message: 'is recorded by a clinician, not a patient',
      });
  }
});

export const careComponentViewSchema = z.object({
  kind: z.string(),
  /** Plain words for the patient. */
  title: z.string(),
  description: z.string(),
});

/** The patient-facing view of the current care plan version. */
export const carePlanViewSchema = z.object({
  version: z.int(),
  step: z.int(),
  stepStartedOn: isoDay,
  effectiveFrom: isoDay,
  reason: z.string(),
  components: z.array(careComponentViewSchema),
  minutesPerDay: z.number(),
  sessionDays: z.array(z.string()),
});

/** The patient's view of an assessment: plain words, no clinician-only detail. */
export const assessmentViewSchema = z.object({
  id: z.uuid(),
  kind: z.enum(['intake', 'reassessment']),
  assessedOn: isoDay,
  eligible: z.boolean(),
  urgentAction: urgentActionSchema.nullable(),
  /** Referral that does not block the programme (e.g. rheumatology), in plain words. */
  referrals: z.array(z.string()),
  phenotype: z.string(),
  riskGroup: z.enum(['low', 'medium', 'high']).nullable(),
  baseline: z.object({ pain: z.number().nullable(), peg: z.number().nullable() }),
  selfHarmSafetyFlag: z.boolean(),
});

export const intakeResponse = z.object({
  assessment: assessmentViewSchema,
  /** Null when a red flag blocks the programme (then `assessment.urgentAction` says what to do now). */
  carePlan: carePlanViewSchema.nullable(),
  crisisResources: crisisResourcesSchema.nullable(),
});

/** GET /api/v1/me/assessment — the latest assessment, or null before intake. */
export const assessmentResponse = z.object({ assessment: assessmentViewSchema.nullable() });

/** PUT /api/v1/me/intake-draft — the wizard's answers so far (any JSON object up to 64 KB) and the screen reached. */
export const intakeDraftBody = z.strictObject({
  answers: z.record(z.string().max(100), z.unknown()),
  screen: z.int().min(0).max(500),
});
export const intakeDraftResponse = z.object({
  draft: z
    .object({ answers: z.record(z.string(), z.unknown()), screen: z.int(), savedAt: instant })
    .nullable(),
  /**
   * On save: true when the draft holds an emergency red-flag answer and the patient shares
   * with a clinic, so the care team now sees it at the top of their panel.
   */
  careTeamTold: z.boolean().optional(),
});

/** GET /api/v1/me/care-plan — the current care plan version, or null before intake / while blocked. */
export const carePlanResponse = z.object({ carePlan: carePlanViewSchema.nullable() });

// ---------------------------------------------------------------- today and sessions

const doseSchema = z.union([
  z.object({ kind: z.literal('reps'), sets: z.int(), reps: z.int(), holdSeconds: z.number() }),
  z.object({ kind: z.literal('duration'), minutes: z.number() }),
]);

export const sessionExerciseSchema = z.object({
  exerciseId: z.string(),
  name: z.string(),
  role: z.string(),
  purpose: z.string(),
  dose: doseSchema,
  /** The dose in words, e.g. "2 sets of 10, hold 5 seconds". */
  doseText: z.string(),
  eachSide: z.boolean(),
  steps: z.array(z.string()),
  cues: z.array(z.string()),
  stopIf: z.array(z.string()),
  estimatedMinutes: z.number(),
  /** GET this URL for the SVG drawing. */
  illustrationUrl: z.string(),
});

export const selfManagementItemSchema = z.object({
  kind: z.enum(['lesson', 'relaxation', 'goal-review']),
  /** Lesson id or relaxation script id; null for the goal review. */
  itemId: z.string().nullable(),
  title: z.string(),
  minutes: z.number(),
  done: z.boolean(),
});

export const measureDueSchema = z.object({
  instrumentId: z.string(),
  /** Why it is due, in plain words. */
  reason: z.string(),
  dueOn: isoDay,
});

export const patientCardSchema = z.object({
  ruleId: z.string(),
  severity: z.enum(['info', 'warning', 'critical']),
  summary: z.string(),
  detail: z.string(),
});

export const flareViewSchema = z.object({
  id: z.uuid(),
  startedOn: isoDay,
  endedOn: isoDay.nullable(),
  status: z.enum(['active', 'resolved', 'urgent']),
  days: z.int(),
  log: z.array(
    z.object({
      date: isoDay,
      pain: z.number(),
      settled: z.boolean(),
      redFlagSymptoms: z.array(z.string()),
    }),
  ),
});

/** GET /api/v1/me/today?date= — everything the Today screen shows (and the PWA caches). */
export const todayQuery = z.strictObject({ date: isoDay.optional() });
export const todayResponse = z.object({
  date: isoDay,
  /** False before intake or while a red flag blocks the programme. */
  hasPlan: z.boolean(),
  urgentAction: urgentActionSchema.nullable(),
  carePlanVersion: z.int().nullable(),
  session: z
    .object({
      isSessionDay: z.boolean(),
      /** True during a flare: the gentle flare set replaces the usual session. */
      flareSet: z.boolean(),
      estimatedMinutes: z.number(),
      exercises: z.array(sessionExerciseSchema),
      safetyChecks: z.array(z.object({ id: z.string(), question: z.string(), ifYes: z.string() })),
      loggedSessionId: z.uuid().nullable(),
    })
    .nullable(),
  selfManagement: z.array(selfManagementItemSchema),
  checkInDone: z.boolean(),
  /** True on the day the weekly bladder/bowel/saddle question is asked. */
  weeklySafetyQuestionDue: z.boolean(),
  measuresDue: z.array(measureDueSchema),
  flare: flareViewSchema.nullable(),
  step: z
    .object({ step: z.int(), title: z.string(), description: z.string(), cards: z.array(patientCardSchema) })
    .nullable(),
  /** A session from yesterday or earlier still waiting for its next-morning answer. */
  nextMorningQuestion: z.object({ sessionId: z.uuid(), day: isoDay }).nullable(),
});

/** POST /api/v1/me/sessions — one session log (idempotent). */
export const sessionLogBody = z.strictObject({
  day: isoDay,
  carePlanVersion: z.int().min(1),
  exercises: z
    .array(
      z.strictObject({
        exerciseId: z.string().min(1).max(80),
        outcome: z.enum(['done', 'easier', 'skipped']),
        reason: z.string().max(300).optional(),
        painDuring: score0to10.nullable(),
      }),
    )
    .min(1)
    .max(20),
  stoppedForSymptoms: z.boolean(),
  idempotencyKey,
  clientRecordedAt,
});
export type SessionLogBody = z.infer<typeof sessionLogBody>;

export const sessionLogSchema = z.object({
  id: z.uuid(),
  day: isoDay,
  carePlanVersion: z.int(),
  completed: z.boolean(),
  maxPainDuring: z.number().nullable(),
  settledNextMorning: z.boolean().nullable(),
  stoppedForSymptoms: z.boolean(),
  exercises: z.array(
    z.object({
      exerciseId: z.string(),
      outcome: z.enum(['done', 'easier', 'skipped']),
      reason: z.string().optional(),
      painDuring: z.number().nullable(),
    }),
  ),
});

/** A new care-plan version made by the weekly progression rule (clinical.md §5.5). */
export const planChangeSchema = z.object({
  version: z.int(),
  decision: z.enum(['progress', 'regress']),
  /** Why, in plain words. */
  reason: z.string(),
});

export const sessionLogResponse = z.object({
  session: sessionLogSchema,
  replayed: z.boolean(),
  /** Set when the patient stopped for symptoms: what to do now. */
  stopAdvice: z.string().nullable(),
  planChange: planChangeSchema.nullable(),
});

/** POST /api/v1/me/sessions/:id/next-morning — had the pain settled by the next morning? */
export const sessionParams = z.strictObject({ id: z.uuid() });
export const nextMorningBody = z.strictObject({ settled: z.boolean() });
export const nextMorningResponse = z.object({
  session: sessionLogSchema,
  planChange: planChangeSchema.nullable(),
});

/** POST /api/v1/me/self-management — mark today's lesson, relaxation or goal review done (idempotent). */
export const selfManagementDoneBody = z.strictObject({
  day: isoDay,
  kind: z.enum(['lesson', 'relaxation', 'goal-review']),
  itemId: z.string().min(1).max(80).nullable(),
  idempotencyKey,
});
export const selfManagementDoneResponse = z.object({ replayed: z.boolean() });

// ---------------------------------------------------------------- flares

/** POST /api/v1/me/flares — "I'm having a flare". Today's plan switches to the flare set. */
export const flareStartBody = z.strictObject({ day: isoDay });
export const flareResponse = z.object({ flare: flareViewSchema });

/** POST /api/v1/me/flares/current/log — one flare day: pain, settled?, and the red-flag screen. */
export const flareLogBody = z.strictObject({
  day: isoDay,
  pain: score0to10,
  settled: z.boolean(),
  redFlagSymptoms: z.array(
    z.enum([
      'new-bladder-problem',
      'new-bowel-problem',
      'saddle-numbness',
      'pain-in-both-legs',
      'new-sexual-problem',
      'new-leg-weakness',
      'fever-or-feeling-unwell',
    ]),
  ),
});
export const flareLogResponse = z.object({
  flare: flareViewSchema,
  outcome: z.enum(['continues', 'resolved', 'urgent']),
  urgentAction: urgentActionSchema.nullable(),
});

/** GET /api/v1/me/flares/red-flag-questions — the flare log's red-flag questions in plain words. */
export const flareQuestionsResponse = z.object({
  questions: z.array(z.object({ id: z.string(), question: z.string() })),
});

// ---------------------------------------------------------------- measures

/** POST /api/v1/me/measures/:instrumentId — answers by item id (see the clinical instrument definitions). */
export const measureParams = z.strictObject({ instrumentId: z.string().min(1).max(40) });
export const measureBody = z.strictObject({
  day: isoDay,
  answers: z.record(z.string().max(60), z.union([z.number(), z.array(z.number()).max(6), z.null()])),
  idempotencyKey,
});
export const measureResponse = z.object({
  response: z.object({
    id: z.uuid(),
    instrumentId: z.string(),
    answeredOn: isoDay,
    primaryScore: z.number().nullable(),
    /** The score's band in plain words, when the instrument has bands. */
    band: z.string().nullable(),
  }),
  replayed: z.boolean(),
  /** The full form to fill in next (a positive PHQ-2 → PHQ-9, GAD-2 → GAD-7). */
  followUp: z.enum(['phq-9', 'gad-7']).nullable(),
  crisisResources: crisisResourcesSchema.nullable(),
});

/** GET /api/v1/me/measures/due?date= */
export const measuresDueQuery = z.strictObject({ date: isoDay.optional() });
export const measuresDueResponse = z.object({ due: z.array(measureDueSchema) });

// ---------------------------------------------------------------- progress

/** GET /api/v1/me/progress?days=90 */
export const progressQuery = z.strictObject({ days: z.coerce.number().int().min(7).max(365).optional() });
export const progressResponse = z.object({
  from: isoDay,
  to: isoDay,
  painMean7d: z.array(z.object({ date: isoDay, mean: z.number().nullable() })),
  peg: z.array(z.object({ date: isoDay, score: z.number() })),
  /** Per day: planned = a session day not logged, done = logged, none = no session planned. Neutral words only. */
  adherenceCalendar: z.array(z.object({ date: isoDay, status: z.enum(['planned', 'done', 'none']) })),
  adherence14d: z.number().nullable(),
  goals: z.array(
    z.object({ id: z.uuid(), text: z.string(), status: z.string(), reviews: z.array(z.unknown()) }),
  ),
  activityMinutes: z.array(z.object({ date: isoDay, minutes: z.number() })),
  /** Plain-language explanations, e.g. "Your pain is down 2.5 points — that counts as a real change". */
  explanations: z.array(z.string()),
  /** The same judgements as data, for the web app's own wording (clinical.md §3.1, §3.2). */
  changes: z
    .array(
      z.object({
        measure: z.enum(['pain', 'peg']),
        baseline: z.number(),
        current: z.number(),
        pointChange: z.number(),
        category: z.enum([
          'substantial-improvement',
          'meaningful-improvement',
          'no-meaningful-change',
          'worsening',
        ]),
      }),
    )
    .optional(),
  step: z.object({ step: z.int(), title: z.string(), description: z.string() }).nullable(),
  /** Time quotas in the current programme (walking and other timed items): done to the clock, not to pain (clinical.md §5.4). */
  activityQuotas: z
    .array(z.object({ exerciseId: z.string(), name: z.string(), minutes: z.number(), text: z.string() }))
    .optional(),
});

// ---------------------------------------------------------------- medications

/** POST /api/v1/me/medications — a medicine the patient takes, as they report it. No advice is given. */
export const medicationBody = z.strictObject({
  /** The medicine's name as the patient knows it (generic or brand). */
  drug: shortText(120),
  dose: z.number().positive().max(100000),
  unit: z.enum(DOSE_UNITS),
  frequency: z.enum(MEDICATION_FREQUENCIES),
  route: z.enum(MEDICATION_ROUTES),
  /** For medicines taken only when needed: the most doses in a day. */
  maxDosesPerDay: z.number().positive().max(48).optional(),
  startedOn: isoDay,
});
export const medicationSchema = z.object({
  id: z.uuid(),
  drug: z.string(),
  dose: z.number(),
  unit: z.string(),
  frequency: z.string(),
  route: z.string(),
  maxDosesPerDay: z.number().nullable(),
  startedOn: isoDay,
  recordedBy: z.enum(['patient', 'clinician']),
});
export const medicationsResponse = z.object({
  medications: z.array(medicationSchema),
  /** Side effects reported in recent check-ins (last 30 days), most recent first. */
  recentSideEffects: z.array(z.object({ day: isoDay, sideEffects: z.array(z.string()) })),
  /** Always: "Your care team can see this list." */
  careTeamNote: z.string(),
});
export const medicationResponse = z.object({ medication: medicationSchema });
/** DELETE /api/v1/me/medications/:id — "I no longer take this" (kept in history with a stop date). */
export const medicationParams = z.strictObject({ id: z.uuid() });

// ---------------------------------------------------------------- reminders and notifications

export const REMINDER_CHANNELS = ['in_app', 'email', 'web_push'] as const;

/** PUT /api/v1/me/reminders — the daily reminder. `time: null` turns reminders off. */
export const reminderSettingsBody = z.strictObject({
  time: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM')
    .nullable(),
  timeZone: z.string().min(1).max(64),
  /** Repeat once, this many minutes later, if today's check-in is not done yet; null for no repeat. */
  repeatAfterMinutes: z.int().min(15).max(240).nullable(),
  /** Days with no reminder: 0 = Sunday … 6 = Saturday. */
  quietDays: z.array(z.int().min(0).max(6)).max(7),
  channels: z.array(z.enum(REMINDER_CHANNELS)).min(1).max(3),
});
export const reminderSettingsResponse = z.object({
  time: z.string().nullable(),
  timeZone: z.string(),
  repeatAfterMinutes: z.int().nullable(),
  quietDays: z.array(z.int()),
  channels: z.array(z.enum(REMINDER_CHANNELS)),
  /** Web Push works only when the server has VAPID keys; the web app subscribes with this key. */
  webPush: z.object({ available: z.boolean(), publicKey: z.string().nullable() }),
});

/** GET /api/v1/me/notifications — in-app reminders, newest first (last 30 days). */
export const notificationsResponse = z.object({
  notifications: z.array(z.object({ id: z.string(), at: instant, title: z.string(), body: z.string() })),
});

/** POST /api/v1/me/push-subscriptions — the browser's PushSubscription.toJSON(). */
export const pushSubscriptionBody = z.strictObject({
  endpoint: z.url().max(1000),
  keys: z.strictObject({ p256dh: z.string().min(1).max(200), auth: z.string().min(1).max(100) }),
});
export const pushSubscriptionResponse = z.object({ id: z.uuid() });

/** GET /api/v1/exercises/:id/illustration.svg — the exercise drawing (public, cacheable). */
export const exerciseParams = z.strictObject({ id: z.string().min(1).max(80) });

// ---------------------------------------------------------------- goals (added after the first contract)

/** POST /api/v1/me/goals — a SMART goal, checked with the clinical checkSmartGoal; problems come back as 400 issues in plain words. */
export const goalBody = z.strictObject({
  activity: z.string().trim().min(1).max(200),
  measure: z.enum(['minutes', 'times', 'steps', 'days']),
  target: z.number().positive().max(100000),
  period: z.enum(['day', 'week']),
  daysPerWeek: z.int().min(1).max(7).optional(),
  reason: z.string().trim().min(1).max(300),
  deadline: isoDay,
  confidence: z.int().min(0).max(10),
});

export const goalSchema = z.object({
  id: z.uuid(),
  activity: z.string(),
  measure: z.string(),
  target: z.number(),
  period: z.string(),
  daysPerWeek: z.number().nullable(),
  reason: z.string(),
  startDate: isoDay,
  deadline: isoDay,
  confidence: z.number(),
  status: z.enum(['active', 'achieved', 'dropped']),
  reviews: z.array(
    z.object({
      weekEnding: isoDay,
      achieved: z.number(),
      confidence: z.number(),
      hadFlare: z.boolean(),
      suggestion: z.string(),
      suggestedTarget: z.number(),
      message: z.string(),
    }),
  ),
});
export const goalResponse = z.object({ goal: goalSchema });
export const goalsResponse = z.object({ goals: z.array(goalSchema) });

/** POST /api/v1/me/goals/:id/reviews — the weekly goal review (clinical reviewGoalWeek; never shames). */
export const goalParams = z.strictObject({ id: z.uuid() });
export const goalReviewBody = z.strictObject({
  weekEnding: isoDay,
  achieved: z.number().min(0).max(100000),
  confidence: z.int().min(0).max(10),
  hadFlare: z.boolean(),
});
export const goalReviewResponse = z.object({
  goal: goalSchema,
  review: z.object({
    suggestion: z.enum(['keep', 'make-easier', 'make-harder']),
    suggestedTarget: z.number(),
    message: z.string(),
    deadlineReached: z.boolean(),
  }),
});
