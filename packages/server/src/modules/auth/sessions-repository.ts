import { and, eq, gt, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { memberships, patients, sessions, users } from '../../db/schema';

export type SessionRecord = typeof sessions.$inferSelect;

export async function insertSession(db: Executor, values: typeof sessions.$inferInsert): Promise<void> {
  await db.insert(sessions).values(values);
}

/**
 * The session and its user, when the session exists and neither timeout has
 * passed at `now`, with what the principal needs: the patient record of a
 * patient account, and the organisations a staff account belongs to. One
 * statement, because it runs before every authenticated request.
 */
export async function findLiveSession(db: Executor, idHash: string, now: Date) {
  let prepared = liveSessionQueries.get(db);
  if (!prepared) {
    prepared = liveSessionQuery(db);
    liveSessionQueries.set(db, prepared);
  }
  const [row] = await prepared.execute({ idHash, now });
  return row;
}

function liveSessionQuery(db: Executor) {
  return (
    db
      .select({
        session: sessions,
        user: users,
        patientId: patients.id,
        patientOrgId: patients.orgId,
        staffOrgIds: sql<string[]>`coalesce((SELECT json_agg(${memberships.orgId}) FROM ${memberships}
          WHERE ${memberships.userId} = ${users.id}), '[]'::json)`,
      })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .leftJoin(patients, eq(patients.userId, users.id))
      .where(
        and(
          eq(sessions.idHash, sql.placeholder('idHash')),
          gt(sessions.idleExpiresAt, sql.placeholder('now')),
          gt(sessions.absoluteExpiresAt, sql.placeholder('now')),
        ),
      )
      .limit(1)
      // Built once per database and prepared by name: this runs before every signed-in request.
      .prepare('live_session')
  );
}

const liveSessionQueries = new WeakMap<Executor, ReturnType<typeof liveSessionQuery>>();

export async function touchSession(db: Executor, idHash: string, lastSeenAt: Date, idleExpiresAt: Date) {
  await db.update(sessions).set({ lastSeenAt, idleExpiresAt }).where(eq(sessions.idHash, idHash));
}

export async function deleteSession(db: Executor, idHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.idHash, idHash));
}

/** Ends every session of a user (password reset, account deletion), optionally keeping one. */
export async function deleteUserSessions(db: Executor, userId: string, keepIdHash?: string): Promise<void> {
  await db
    .delete(sessions)
    .where(
      keepIdHash
        ? and(eq(sessions.userId, userId), ne(sessions.idHash, keepIdHash))
        : eq(sessions.userId, userId),
    );
}
