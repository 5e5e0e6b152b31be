/**
 * A minimal cookie-keeping HTTP client for tests that talk to a real server
 * process: it stores cookies from Set-Cookie and echoes the CSRF cookie in the
 * x-csrf-token header on writes, as the web app does.
 */
export class CookieClient {
  private readonly cookies = new Map<string, string>();

  constructor(readonly baseUrl: string) {}

  private cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  private csrfToken(): string | undefined {
    for (const [name, value] of this.cookies) if (name.endsWith('bp_csrf')) return value;
    return undefined;
  }

  async request(method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown }> {
    const headers: Record<string, string> = { cookie: this.cookieHeader() };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const csrf = this.csrfToken();
    if (csrf && method !== 'GET') headers['x-csrf-token'] = csrf;
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair?.indexOf('=') ?? -1;
      if (pair && eq > 0) this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
    const text = await response.text();
    return { status: response.status, json: text ? JSON.parse(text) : null };
  }

  post(path: string, body: unknown): Promise<{ status: number; json: unknown }> {
    return this.request('POST', path, body);
  }

  get(path: string): Promise<{ status: number; json: unknown }> {
    return this.request('GET', path);
  }
}
