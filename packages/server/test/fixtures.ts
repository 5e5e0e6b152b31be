import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Database } from '../src/db/client';
import { type CreatedAccount, createAccount } from '../src/modules/accounts/account-service';
import { totpCode } from '../src/modules/auth/totp';
import type { Role } from '../src/modules/auth/users-repository';
import { fastHasher, type ManualClock } from './app';

export const STAFF_PASSWORD = 'correct horse battery staple';
export const PATIENT_PASSWORD = 'a quiet walk by the river';

/** A browser-like client: keeps the cookies it is given and echoes the CSRF cookie as a header. */
export class Client {
  readonly cookies = new Map<string, string>();
  constructor(private readonly app: FastifyInstance) {}

  get csrfToken(): string | undefined {
    return this.cookies.get('bp_csrf') ?? this.cookies.get('__Host-bp_csrf');
  }

  async request(options: InjectOptions & { csrf?: boolean }): Promise<LightMyRequestResponse> {
    const { csrf = true, ...rest } = options;
    const cookieHeader = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const headers: Record<string, string> = { ...(rest.headers as Record<string, string> | undefined) };
    if (cookieHeader) headers.cookie = cookieHeader;
    if (csrf && this.csrfToken && rest.method && rest.method !== 'GET')
      headers['x-csrf-token'] = this.csrfToken;
    const response = await this.app.inject({ ...rest, headers });
    for (const cookie of response.cookies as {
      name: string;
      value: string;
      maxAge?: number;
      expires?: Date;
    }[]) {
      const expired = cookie.value === '' || (cookie.expires !== undefined && cookie.expires.getTime() <= 0);
      if (expired) this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    return response;
  }

  get(url: string) {
    return this.request({ method: 'GET', url });
  }

  post(url: string, payload?: object) {
    return this.request({ method: 'POST', url, ...(payload ? { payload } : {}) });
  }
}

export interface Actor {
  readonly account: CreatedAccount;
  readonly email: string;
  readonly password: string;
  readonly client: Client;
}

let counter = 0;
export function uniqueEmail(prefix: string): string {
  counter += 1;
  return `${prefix}.${counter}.${Date.now().toString(36)}@example.org`;
}

/** Creates an account and signs it in (with TOTP for staff), returning a ready client. */
export async function signedInActor(
  app: FastifyInstance,
  db: Database,
  clock: ManualClock,
  options: { role: Role; organisationName?: string; password?: string; displayName?: string },
): Promise<Actor> {
  const email = uniqueEmail(options.role);
  const password = options.password ?? (options.role === 'patient' ? PATIENT_PASSWORD : STAFF_PASSWORD);
  const account = await createAccount(
    { db, hasher: fastHasher, clock },
    {
      email,
      password,
      displayName: options.displayName ?? `${options.role} ${counter}`,
      role: options.role,
      ...(options.organisationName ? { organisationName: options.organisationName } : {}),
    },
  );
  const client = new Client(app);
  await logInClient(client, clock, email, password, account.totp?.secret);
  return { account, email, password, client };
}

/** Password step, then the TOTP step when the account has a secret. Moves the clock past the last code used. */
export async function logInClient(
  client: Client,
  clock: ManualClock,
  email: string,
  password: string,
  totpSecret?: string,
): Promise<void> {
  const login = await client.post('/api/v1/auth/login', { email, password });
  if (login.statusCode !== 200) throw new Error(`login failed: ${login.statusCode} ${login.body}`);
  if (!totpSecret) return;
  clock.advance(30_000);
  const second = await client.post('/api/v1/auth/login/second-factor', {
    code: totpCode(totpSecret, clock()),
  });
  if (second.statusCode !== 200) throw new Error(`second factor failed: ${second.statusCode} ${second.body}`);
}
