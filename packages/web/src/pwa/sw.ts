/**
 * BackPlan's service worker. It makes the app installable and lets it open with no network:
 * every built file is precached at install, page loads fall back to the cached app shell, and
 * hashed assets come from the cache. API calls are never intercepted: patient data is kept by
 * the app itself in IndexedDB (offline-store.ts), where it is tied to the signed-in person and
 * cleared on sign-out, and writes wait in the outbox (docs/offline.md).
 *
 * Built as its own entry by vite-plugin.ts, which fills in the two placeholders below.
 */

/** The parts of the service worker scope this file uses (the DOM lib has no worker types). */
interface ExtendableEventLike extends Event {
  waitUntil(work: Promise<unknown>): void;
}
interface FetchEventLike extends ExtendableEventLike {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface MessageEventLike extends ExtendableEventLike {
  readonly data: unknown;
}
interface PushEventLike extends ExtendableEventLike {
  readonly data: { text(): string } | null;
}
interface NotificationEventLike extends ExtendableEventLike {
  readonly notification: Notification;
}
interface WindowClientLike {
  readonly url: string;
  focus(): Promise<unknown>;
}
interface ServiceWorkerScopeLike {
  readonly location: Location;
  readonly registration: ServiceWorkerRegistration;
  readonly clients: {
    claim(): Promise<void>;
    matchAll(options: { type: 'window' }): Promise<readonly WindowClientLike[]>;
    openWindow(url: string): Promise<unknown>;
  };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEventLike) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEventLike) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEventLike) => void): void;
  addEventListener(type: 'push', listener: (event: PushEventLike) => void): void;
  addEventListener(type: 'notificationclick', listener: (event: NotificationEventLike) => void): void;
}

const worker = globalThis as unknown as ServiceWorkerScopeLike;
const PRECACHE_URLS = '__BACKPLAN_PRECACHE__' as unknown as readonly string[];
const CACHE_NAME = 'backplan-shell-__BACKPLAN_BUILD_VERSION__';
const CACHE_PREFIX = 'backplan-shell-';
const APP_SHELL = '/index.html';

/** Paths the worker leaves alone: the API (never cached here), FHIR and the API explorer. */
function isPassThrough(url: URL): boolean {
  return url.pathname.startsWith('/api/') || url.pathname.startsWith('/fhir/');
}

worker.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE_NAME);
      // `reload` skips the HTTP cache so a new version never precaches an old file.
      await cache.addAll(PRECACHE_URLS.map((url) => new Request(url, { cache: 'reload' })));
    })(),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names
          .filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE_NAME)
          .map((name) => caches.delete(name)),
      );
      await worker.clients.claim();
    })(),
  );
});

worker.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') event.waitUntil(worker.skipWaiting());
});

/** Network first for pages, so a new release shows at once; the cached shell when offline. */
async function pageResponse(request: Request): Promise<Response> {
  try {
    return await fetch(request);
  } catch {
    const cached = await caches.match(APP_SHELL, { cacheName: CACHE_NAME });
    return cached ?? Response.error();
  }
}

/** Cache first for built files: their names carry a content hash, so a cached copy is never stale. */
async function assetResponse(request: Request): Promise<Response> {
  const cached = await caches.match(request, { cacheName: CACHE_NAME });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok && new URL(request.url).pathname.startsWith('/assets/')) {
    const cache = await caches.open(CACHE_NAME);
    await cache.put(request, response.clone());
  }
  return response;
}

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== worker.location.origin || isPassThrough(url)) return;
  if (request.mode === 'navigate') {
    event.respondWith(pageResponse(request));
    return;
  }
  event.respondWith(assetResponse(request));
});

/** A reminder sent by Web Push: JSON `{ title, body, url? }`, or plain text as the body. */
function reminderFrom(text: string): { title: string; body: string; url: string } {
  try {
    const parsed = JSON.parse(text) as { title?: unknown; body?: unknown; url?: unknown };
    return {
      title: typeof parsed.title === 'string' ? parsed.title : 'BackPlan',
      body: typeof parsed.body === 'string' ? parsed.body : '',
      url: typeof parsed.url === 'string' && parsed.url.startsWith('/') ? parsed.url : '/app/today',
    };
  } catch {
    return { title: 'BackPlan', body: text, url: '/app/today' };
  }
}

worker.addEventListener('push', (event) => {
  const reminder = reminderFrom(event.data?.text() ?? '');
  event.waitUntil(
    worker.registration.showNotification(reminder.title, {
      body: reminder.body,
      icon: '/icons/icon-192.png',
      data: { url: reminder.url },
      tag: 'backplan-reminder',
    }),
  );
});

worker.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const data = event.notification.data as { url?: string } | null;
  const url = data?.url ?? '/app/today';
  event.waitUntil(
    (async () => {
      const open = await worker.clients.matchAll({ type: 'window' });
      const existing = open.find((client) => new URL(client.url).pathname.startsWith('/app'));
      if (existing) await existing.focus();
      else await worker.clients.openWindow(url);
    })(),
  );
});
