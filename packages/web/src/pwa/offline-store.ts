import { type DBSchema, type IDBPDatabase, openDB } from 'idb';

/**
 * The device's own copy of what the patient needs offline (IndexedDB, one database):
 * - `outbox`: writes made on this phone that the server has not confirmed yet (outbox.ts);
 * - `snapshots`: the last good answer to each GET the app reads offline (today's plan, the last
 *   30 days of check-ins and progress), keyed by the signed-in person and the path.
 * Everything is keyed by user id, so two people sharing a phone never see each other's data.
 */

export type OutboxKind = 'check-in' | 'session' | 'self-management' | 'measure';

export interface OutboxEntry {
  /** The idempotency key (a UUID made once on the device); the server dedupes by it. */
  readonly idempotencyKey: string;
  readonly userId: string;
  readonly kind: OutboxKind;
  readonly path: string;
  readonly body: unknown;
  /** The local day the record is about, so Today can show "saved on this phone" for it. */
  readonly day: string;
  readonly createdAt: number;
  readonly attempts: number;
  readonly nextAttemptAt: number;
  /** `failed`: the server refused it for good (a 4xx); kept so the person can see and discard it. */
  readonly state: 'pending' | 'failed';
  readonly lastError: string | null;
}

export interface Snapshot<T = unknown> {
  readonly id: string;
  readonly userId: string;
  readonly path: string;
  readonly savedAt: number;
  readonly data: T;
}

interface BackPlanDeviceDb extends DBSchema {
  outbox: { key: string; value: OutboxEntry; indexes: { byUser: string } };
  snapshots: { key: string; value: Snapshot; indexes: { byUser: string } };
}

const DB_NAME = 'backplan-device';
const DB_VERSION = 1;
let opening: Promise<IDBPDatabase<BackPlanDeviceDb>> | null = null;

export function deviceDb(): Promise<IDBPDatabase<BackPlanDeviceDb>> {
  opening ??= openDB<BackPlanDeviceDb>(DB_NAME, DB_VERSION, {
    upgrade(db) {
      db.createObjectStore('outbox', { keyPath: 'idempotencyKey' }).createIndex('byUser', 'userId');
      db.createObjectStore('snapshots', { keyPath: 'id' }).createIndex('byUser', 'userId');
    },
  });
  return opening;
}

const snapshotId = (userId: string, path: string) => `${userId}|${path}`;

export async function saveSnapshot(userId: string, path: string, data: unknown): Promise<void> {
  const db = await deviceDb();
  await db.put('snapshots', { id: snapshotId(userId, path), userId, path, savedAt: Date.now(), data });
}

export async function readSnapshot<T>(userId: string, path: string): Promise<Snapshot<T> | undefined> {
  const db = await deviceDb();
  return (await db.get('snapshots', snapshotId(userId, path))) as Snapshot<T> | undefined;
}

/** Forget cached reads for this person (on sign-out). Unsent writes stay in the outbox until sent. */
export async function clearSnapshots(userId: string): Promise<void> {
  const db = await deviceDb();
  const tx = db.transaction('snapshots', 'readwrite');
  for (const key of await tx.store.index('byUser').getAllKeys(userId)) await tx.store.delete(key);
  await tx.done;
}

/** Snapshots older than this are dropped: the offline promise is today's plan and the last 30 days. */
export const SNAPSHOT_MAX_AGE_MS = 31 * 24 * 60 * 60 * 1000;

export async function pruneSnapshots(now = Date.now()): Promise<void> {
  const db = await deviceDb();
  const tx = db.transaction('snapshots', 'readwrite');
  let cursor = await tx.store.openCursor();
  while (cursor) {
    if (now - cursor.value.savedAt > SNAPSHOT_MAX_AGE_MS) await cursor.delete();
    cursor = await cursor.continue();
  }
  await tx.done;
}
