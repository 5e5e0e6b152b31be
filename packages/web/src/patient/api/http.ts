/**
 * Fetch for the patient API: same-origin cookies, the CSRF token echoed in a header for
 * writes (the server's double-submit rule), JSON in and out, and errors that say whether a
 * retry could help. Network failures are a separate error class so the offline queue can tell
 * "no connection" from "the server said no".
 */
import { dropStartupReads, takeStartupRead } from '../../api/startup-reads';

const CSRF_COOKIES = ['__Host-bp_csrf', 'bp_csrf'];
const CSRF_HEADER = 'x-csrf-token';

/** The server answered with an error status. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: readonly { path: string; message: string }[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** 408, 429 and 5xx may succeed later; any other 4xx will not, however often it is sent. */
  get retryable(): boolean {
    return this.status === 408 || this.status === 429 || this.status >= 500;
  }
}

/** The request never reached the server (offline, DNS, connection reset). */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('The server could not be reached.', { cause });
    this.name = 'NetworkError';
  }
}

function csrfToken(): string | null {
  for (const part of document.cookie.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name !== undefined && CSRF_COOKIES.includes(name)) return decodeURIComponent(value.join('='));
  }
  return null;
}

interface ErrorBody {
  readonly error?: string;
  readonly message?: string;
  readonly issues?: readonly { path: string; message: string }[];
}

async function errorFrom(response: Response): Promise<ApiError> {
  let body: ErrorBody = {};
  try {
    body = (await response.json()) as ErrorBody;
  } catch {
    // Not JSON (e.g. a proxy's error page): the status alone is enough.
  }
  return new ApiError(
    response.status,
    body.error ?? `http_${response.status}`,
    body.message ?? response.statusText,
    body.issues ?? [],
  );
}

/** Sends a request and returns the raw response when it is 2xx; throws ApiError or NetworkError. */
export async function apiRequest(method: string, path: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') {
    dropStartupReads();
    const token = csrfToken();
    if (token) headers[CSRF_HEADER] = token;
  }
  let response: Response;
  try {
    const startup = method === 'GET' ? takeStartupRead(path) : undefined;
    response = await (startup ??
      fetch(path, {
        method,
        headers,
        credentials: 'same-origin',
        body: body === undefined ? undefined : JSON.stringify(body),
      }));
  } catch (error) {
    throw new NetworkError(error);
  }
  if (!response.ok) throw await errorFrom(response);
  return response;
}

/** A JSON request; 204 gives undefined. */
export async function apiJson<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await apiRequest(method, path, body);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}
