/**
 * The first screen's reads, sent while the app's code is still starting, so they travel beside
 * the JavaScript instead of after it: on /app/today the chain code → /auth/me → code → /me/today
 * was the largest cost Lighthouse measured on a phone (docs/performance.md).
 *
 * Each response is handed to the first `uses` GETs of the same path (as a copy). Any write
 * (POST, DELETE…) drops whatever is left, so nothing read before a change is served after it.
 */
interface StartupRead {
  readonly response: Promise<Response>;
  uses: number;
}

const reads = new Map<string, StartupRead>();

/** Starts a GET of `path` (e.g. '/api/v1/auth/me') for the first `uses` reads of it. */
export function startStartupRead(path: string, uses = 1): void {
  const response = fetch(path, {
    method: 'GET',
    headers: { accept: 'application/json' },
    credentials: 'same-origin',
  });
  // An unhandled rejection would be reported even though the reader handles it.
  response.catch(() => undefined);
  reads.set(path, { response, uses });
}

/** The response started for `path`, if one is left: a copy, so each reader can read the body. */
export function takeStartupRead(path: string): Promise<Response> | undefined {
  const read = reads.get(path);
  if (read === undefined) return undefined;
  read.uses -= 1;
  if (read.uses <= 0) reads.delete(path);
  return read.response.then((response) => response.clone());
}

/** Forgets every read not yet taken: called on every write. */
export function dropStartupReads(): void {
  reads.clear();
}
