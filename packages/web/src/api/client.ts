/**
 * The one way the web app talks to the server: same-origin fetch with the
 * session cookie, the CSRF token echoed from its cookie on every write, and
 * errors turned into `ApiError` values the pages can show.
 */
import { dropStartupReads, takeStartupRead } from './startup-reads';

export interface FieldIssue {
  readonly path: string;
  readonly message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: readonly FieldIssue[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The server's message for one field, e.g. `issueFor('password')` for `body.password`. */
  issueFor(field: string): string | undefined {
    return this.issues.find((i) => i.path === `body.${field}` || i.path === field)?.message;
  }
}

function csrfToken(): string | undefined {
  for (const part of document.cookie.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === '__Host-bp_csrf' || name === 'bp_csrf') return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

export async function api<T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const token = csrfToken();
  if (method !== 'GET' && token) headers['x-csrf-token'] = token;
  if (method !== 'GET') dropStartupReads();
  let response: Response;
  try {
    const startup = method === 'GET' ? takeStartupRead(`/api/v1${path}`) : undefined;
    response = await (startup ??
      fetch(`/api/v1${path}`, {
        method,
        headers,
        credentials: 'same-origin',
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }));
  } catch {
    throw new ApiError(0, 'network', 'network');
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  const data: unknown = text ? JSON.parse(text) : undefined;
  if (!response.ok) {
    const error = (data ?? {}) as { error?: string; message?: string; issues?: FieldIssue[] };
    throw new ApiError(response.status, error.error ?? 'error', error.message ?? '', error.issues ?? []);
  }
  return data as T;
}
