import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { recomputeAllSummaries } from '../summaries/refresh';
import { type DeliveryChannels, type DueDelivery, deliver } from './channels';

/**
 * Reminders are scheduled from the database, so several server instances never
 * send the same one twice (docs/reminders.md):
 * 1. every minute each instance inserts the reminders now due, one row per
 *    (patient, due time, channel); the primary key and ON CONFLICT DO NOTHING
 *    make the row exist once however many instances insert it;
 * 2. each instance then claims pending rows with FOR UPDATE SKIP LOCKED, so a
 *    row being sent by one instance is invisible to the others, sends it, and
 *    marks it sent (or failed, or skipped) in the same transaction.
 */

/** A reminder missed by more than this (server down) is not sent late. */
export const CATCH_UP_MINUTES = 60;
/** Failed sends are retried on later ticks, up to this many attempts in all. */
export const MAX_ATTEMPTS = 3;
const CLAIM_BATCH = 50;

/**
 * Inserts the reminders due at `now`: the daily one at the patient's local time
 * (not on quiet days), and the repeat `repeatAfterMinutes` later only while
 * that day's check-in is not done. Time zones are applied by PostgreSQL.
 */
export async function scheduleDueReminders(db: Database, now: Date): Promise<number> {
  const result = await db.execute(sql`
    WITH settings AS (
      SELECT s.org_id, s.patient_id, s.reminder_channels, s.reminder_quiet_days, s.reminder_repeat_minutes,
             (${now}::timestamptz AT TIME ZONE s.time_zone)::date AS local_day,
             s.time_zone, s.reminder_time
      FROM patient_care_settings s
      WHERE s.reminder_time IS NOT NULL
    ), due AS (
      SELECT org_id, patient_id, reminder_channels, local_day,
             ((local_day + reminder_time::time) AT TIME ZONE time_zone) AS due_at, false AS is_repeat
      FROM settings
      WHERE NOT (extract(dow FROM local_day)::smallint = ANY (reminder_quiet_days))
      UNION ALL
      SELECT org_id, patient_id, reminder_channels, local_day,
             ((local_day + reminder_time::time) AT TIME ZONE time_zone) + make_interval(mins => reminder_repeat_minutes),
             true
      FROM settings
      WHERE reminder_repeat_minutes IS NOT NULL
        AND NOT (extract(dow FROM local_day)::smallint = ANY (reminder_quiet_days))
    )
    INSERT INTO reminder_deliveries (org_id, patient_id, due_at, channel)
    SELECT d.org_id, d.patient_id, d.due_at, channel
    FROM due d CROSS JOIN LATERAL unnest(d.reminder_channels) AS channel
    WHERE d.due_at <= ${now}::timestamptz
      AND d.due_at > ${now}::timestamptz - make_interval(mins => ${CATCH_UP_MINUTES})
      AND channel IN ('in_app', 'email', 'web_push')
      AND (NOT d.is_repeat OR NOT EXISTS (
        SELECT 1 FROM check_ins c
        WHERE c.org_id = d.org_id AND c.patient_id = d.patient_id AND c.day = d.local_day))
    ON CONFLICT DO NOTHING
  `);
  return result.rowCount ?? 0;
}

type ClaimedRow = DueDelivery & { attempts: number } & Record<string, unknown>;

/** Claims up to a batch of due rows (SKIP LOCKED), sends each, and records the outcome. */
export async function deliverPendingReminders(
  db: Database,
  channels: DeliveryChannels,
  instanceId: string,
  now: Date,
): Promise<{ sent: number; failed: number; skipped: number }> {
  const tally = { sent: 0, failed: 0, skipped: 0 };
  await db.transaction(async (tx) => {
    const claimed = await tx.execute<ClaimedRow>(sql`
      SELECT d.org_id AS "orgId", d.patient_id AS "patientId", d.due_at AS "dueAt", d.channel, d.attempts,
             u.email, u.preferred_language AS language
      FROM reminder_deliveries d
      JOIN patients p ON p.org_id = d.org_id AND p.id = d.patient_id
      JOIN users u ON u.id = p.user_id
      WHERE d.status = 'pending' AND d.due_at <= ${now}::timestamptz
      ORDER BY d.due_at
      LIMIT ${CLAIM_BATCH}
      FOR UPDATE OF d SKIP LOCKED
    `);
    for (const row of claimed.rows) {
      const outcome = await deliver(tx, channels, row);
      const attempts = row.attempts + 1;
      const status = outcome.status === 'failed' && attempts < MAX_ATTEMPTS ? 'pending' : outcome.status;
      if (outcome.status === 'sent') tally.sent += 1;
      else if (outcome.status === 'skipped') tally.skipped += 1;
      else tally.failed += 1;
      await tx.execute(sql`
        UPDATE reminder_deliveries
        SET status = ${status}, attempts = ${attempts}, last_error = ${outcome.error ?? null},
            sent_at = ${outcome.status === 'sent' ? now : null}::timestamptz, sent_by = ${instanceId}
        WHERE org_id = ${row.orgId} AND patient_id = ${row.patientId}
          AND due_at = ${row.dueAt}::timestamptz AND channel = ${row.channel}
      `);
    }
  });
  return tally;
}

export interface ReminderSchedulerOptions {
  readonly db: Database;
  readonly channels: DeliveryChannels;
  readonly clock?: () => Date;
  readonly intervalMs?: number;
  readonly log?: { error(details: object, message: string): void };
  readonly instanceId?: string;
  /** Recompute every triage summary once per UTC day (default true). */
  readonly dailyRollup?: boolean;
}

export interface ReminderScheduler {
  /** One schedule-and-deliver pass (the interval calls this). */
  tick(): Promise<void>;
  stop(): Promise<void>;
}

/** Starts the every-minute loop. Ticks never overlap; stop() waits for the one in flight. */
export function startReminderScheduler(options: ReminderSchedulerOptions): ReminderScheduler {
  const clock = options.clock ?? (() => new Date());
  const instanceId = options.instanceId ?? `reminders-${randomUUID().slice(0, 8)}`;
  let running: Promise<void> | null = null;
  let rolledUpOn: string | null = null;
  const tick = (): Promise<void> => {
    running ??= (async () => {
      try {
        const now = clock();
        // The triage rollup depends on the date (flare length, adherence window, reassessment
        // due), so it is recomputed once a day as well as on every write.
        const day = now.toISOString().slice(0, 10);
        if (options.dailyRollup !== false && rolledUpOn !== day) {
          rolledUpOn = day;
          await recomputeAllSummaries(options.db, day);
        }
        await scheduleDueReminders(options.db, now);
        for (;;) {
          const done = await deliverPendingReminders(options.db, options.channels, instanceId, now);
          if (done.sent + done.failed + done.skipped < CLAIM_BATCH) break;
        }
      } catch (error) {
        options.log?.error({ err: error }, 'reminder tick failed');
      } finally {
        running = null;
      }
    })();
    return running;
  };
  const timer = setInterval(() => void tick(), options.intervalMs ?? 60_000);
  timer.unref();
  return {
    tick,
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
