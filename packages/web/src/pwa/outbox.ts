import { ApiError, apiJson, NetworkError } from '../patient/api/http';
import { nextAttemptDelay } from './backoff';
import { deviceDb, type OutboxEntry, type OutboxKind } from './offline-store';

/**
 * The outbox: every check-in, session log, self-management tick and questionnaire is saved
 * here first, with an idempotency key made on the device, then sent. While there is no
 * connection it waits ("Saved on this phone — will sync"); it is retried with backoff and on
 * every return of the network. The server stores each key once, so a retry after a lost
 * response never makes a duplicate. Conflict rule for check-ins (one per day): the server
 * keeps the one recorded last on the device (`clientRecordedAt`); see docs/offline.md.
 */

export interface OutboxStatus {
  /** Waiting to be sent. */
  readonly pending: readonly OutboxEntry[];
  /** Refused by the server for good; shown so the person can read why and discard it. */
  readonly failed: readonly OutboxEntry[];
  readonly syncing: boolean;
  /** When the outbox last emptied after sending something, for "All saved". */
  readonly lastSyncedAt: number | null;
}

/** What the server answered for a sent entry, for screens that wait on it. */
export type SentListener = (entry: OutboxEntry, response: unknown) => void;

let status: OutboxStatus = { pending: [], failed: [], syncing: false, lastSyncedAt: null };
let userId: string | null = null;
let flushing: Promise<void> | null = null;
let retryTimer: ReturnType<typeof setTimeout> | null = null;
const statusListeners = new Set<() => void>();
const sentListeners = new Set<SentListener>();

function publish(next: Partial<OutboxStatus>): void {
  status = { ...status, ...next };
  for (const listener of statusListeners) listener();
}

export const outboxStatus = {
  subscribe(listener: () => void): () => void {
    statusListeners.add(listener);
    return () => statusListeners.delete(listener);
  },
  get(): OutboxStatus {
    return status;
  },
};

export function onOutboxSent(listener: SentListener): () => void {
  sentListeners.add(listener);
  return () => sentListeners.delete(listener);
}

async function entriesForUser(): Promise<OutboxEntry[]> {
  if (userId === null) return [];
  const db = await deviceDb();
  const entries = await db.getAllFromIndex('outbox', 'byUser', userId);
  return entries.sort((a, b) => a.createdAt - b.createdAt);
}

async function refreshStatus(): Promise<void> {
  const entries = await entriesForUser();
  publish({
    pending: entries.filter((entry) => entry.state === 'pending'),
    failed: entries.filter((entry) => entry.state === 'failed'),
  });
}

function scheduleRetry(entries: readonly OutboxEntry[]): void {
  if (retryTimer !== null) clearTimeout(retryTimer);
  retryTimer = null;
  const waiting = entries.filter((entry) => entry.state === 'pending');
  if (waiting.length === 0) return;
  const soonest = Math.min(...waiting.map((entry) => entry.nextAttemptAt));
  retryTimer = setTimeout(() => void flushOutbox(), Math.max(soonest - Date.now(), 250));
}

/** What happened to one send: was it delivered, and should the rest be tried now? */
interface SendResult {
  readonly delivered: boolean;
  readonly carryOn: boolean;
}

async function send(entry: OutboxEntry): Promise<SendResult> {
  const db = await deviceDb();
  try {
    const response = await apiJson<unknown>('POST', entry.path, entry.body);
    await db.delete('outbox', entry.idempotencyKey);
    for (const listener of sentListeners) listener(entry, response);
    return { delivered: true, carryOn: true };
  } catch (error) {
    const attempts = entry.attempts + 1;
    const signedOut = error instanceof ApiError && (error.status === 401 || error.status === 403);
    if (error instanceof ApiError && !error.retryable && !signedOut) {
      await db.put('outbox', { ...entry, attempts, state: 'failed', lastError: error.message });
      return { delivered: false, carryOn: true };
    }
    const nextAttemptAt = Date.now() + nextAttemptDelay(attempts);
    const lastError = error instanceof Error ? error.message : String(error);
    await db.put('outbox', { ...entry, attempts, nextAttemptAt, lastError });
    // Offline or signed out: the rest would fail the same way, so wait for the next trigger.
    return { delivered: false, carryOn: !(error instanceof NetworkError) && !signedOut };
  }
}

async function flushOnce(force: boolean): Promise<void> {
  publish({ syncing: true });
  let sentSomething = false;
  try {
    for (const entry of await entriesForUser()) {
      if (entry.state !== 'pending') continue;
      if (!force && entry.nextAttemptAt > Date.now()) continue;
      const result = await send(entry);
      sentSomething ||= result.delivered;
      if (!result.carryOn) break;
    }
  } finally {
    const entries = await entriesForUser();
    const emptied = sentSomething && entries.every((entry) => entry.state !== 'pending');
    publish({ syncing: false, ...(emptied ? { lastSyncedAt: Date.now() } : {}) });
    await refreshStatus();
    scheduleRetry(entries);
  }
}

/** Sends whatever is due. `force` ignores backoff (the network just came back, or a new entry). */
export function flushOutbox(force = false): Promise<void> {
  // A flush already running may have read the outbox before the newest entry: queue one more.
  const run = (flushing ?? Promise.resolve()).then(() => flushOnce(force));
  const tracked = run.finally(() => {
    if (flushing === tracked) flushing = null;
  });
  flushing = tracked;
  return tracked;
}

/** Saves a write on the device and tries to send it now. */
export async function enqueue(
  kind: OutboxKind,
  path: string,
  body: { idempotencyKey: string; day: string },
): Promise<OutboxEntry> {
  if (userId === null) throw new Error('The outbox is used before anyone signed in.');
  const entry: OutboxEntry = {
    idempotencyKey: body.idempotencyKey,
    userId,
    kind,
    path,
    body,
    day: body.day,
    createdAt: Date.now(),
    attempts: 0,
    nextAttemptAt: Date.now(),
    state: 'pending',
    lastError: null,
  };
  await (await deviceDb()).put('outbox', entry);
  await refreshStatus();
  await flushOutbox(true);
  return entry;
}

/** Removes an entry the server refused, once the person has read why. */
export async function discardFailed(idempotencyKey: string): Promise<void> {
  await (await deviceDb()).delete('outbox', idempotencyKey);
  await refreshStatus();
}

function onOnline(): void {
  void flushOutbox(true);
}
function onVisible(): void {
  if (document.visibilityState === 'visible') void flushOutbox(true);
}

/** Starts the outbox for the signed-in person: shows what is waiting and sends it when it can. */
export async function startOutbox(forUserId: string): Promise<void> {
  userId = forUserId;
  window.addEventListener('online', onOnline);
  document.addEventListener('visibilitychange', onVisible);
  await refreshStatus();
  await flushOutbox(true);
}

export function stopOutbox(): void {
  userId = null;
  window.removeEventListener('online', onOnline);
  document.removeEventListener('visibilitychange', onVisible);
  if (retryTimer !== null) clearTimeout(retryTimer);
  retryTimer = null;
  status = { pending: [], failed: [], syncing: false, lastSyncedAt: null };
}
