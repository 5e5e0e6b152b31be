import fastifyCookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type AppError, forbidden, unauthorized } from '../errors';
import type { AuthSettings, RequestMeta, ServiceContext } from '../modules/auth/context';
import { type AccessRule, decideAccess, type Principal } from '../modules/auth/principal';
import { type IssuedSession, resolveSession } from '../modules/auth/session-service';
import { safeEqual, sha256Hex } from '../modules/auth/tokens';
import type { StoredFactRows } from '../modules/summaries/facts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in person, or null. Set before any handler runs. */
    principal: Principal | null;
    /**
     * On routes with `config.withStoredFactRows`: the signed-in patient's stored triage
     * fact rows, read with the session (null without them; undefined elsewhere).
     */
    storedFactRows: StoredFactRows | null | undefined;
  }
  interface FastifyInstance {
    /** Every route with its access rule, in registration order (the authorization matrix test reads it). */
    readonly routeRegistry: RegisteredRoute[];
  }
  interface FastifyContextConfig {
    /** Who may call the route; required on every /api/v1 route (see principal.ts). */
    access?: AccessRule;
    /** Read the patient's stored triage fact rows with the session (summaries/facts.ts). */
    withStoredFactRows?: boolean;
  }
}

export interface RegisteredRoute {
  readonly method: string;
  readonly url: string;
  readonly access: AccessRule | undefined;
  /** The route validates a JSON body, query string or path parameters (the fuzz test covers these). */
  readonly validates: readonly ('body' | 'querystring' | 'params')[];
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const CSRF_HEADER = 'x-csrf-token';

/** With TLS, the __Host- prefix pins cookies to this host, path / and Secure (RFC 6265bis §4.1.3.2). */
export function cookieNames(settings: AuthSettings): { session: string; csrf: string } {
  return settings.secureCookies
    ? { session: '__Host-bp_session', csrf: '__Host-bp_csrf' }
    : { session: 'bp_session', csrf: 'bp_csrf' };
}

export function requestMeta(request: FastifyRequest): RequestMeta {
  return { ip: request.ip, requestId: String(request.id) };
}

/**
 * Session cookie: HttpOnly (no script can read it), SameSite=Lax, Secure behind
 * TLS, expiring with the session's absolute timeout. The CSRF cookie is
 * readable by the web app, which echoes it in the x-csrf-token header; the
 * server checks the header against the digest stored with the session
 * (double submit bound to the session, OWASP CSRF Prevention Cheat Sheet).
 */
export function setSessionCookies(reply: FastifyReply, issued: IssuedSession, settings: AuthSettings): void {
  const names = cookieNames(settings);
  const common = { path: '/', secure: settings.secureCookies, expires: issued.absoluteExpiresAt };
  reply.setCookie(names.session, issued.token, { ...common, httpOnly: true, sameSite: 'lax' });
  reply.setCookie(names.csrf, issued.csrfToken, { ...common, httpOnly: false, sameSite: 'strict' });
}

export function clearSessionCookies(reply: FastifyReply, settings: AuthSettings): void {
  const names = cookieNames(settings);
  reply.clearCookie(names.session, { path: '/', secure: settings.secureCookies });
  reply.clearCookie(names.csrf, { path: '/', secure: settings.secureCookies });
}

function sameOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

function denial(decision: ReturnType<typeof decideAccess>): AppError | null {
  switch (decision) {
    case 'allow':
      return null;
    case 'sign-in':
      return unauthorized();
    case 'second-factor':
      return unauthorized('Enter the code from your authenticator app to finish signing in.');
    case 'enrol-second-factor':
      return forbidden('Set up two-step sign-in before opening patient records.');
    case 'forbidden':
      return forbidden();
  }
}

/**
 * Resolves the session on every request, checks CSRF for cookie-authenticated
 * writes, and enforces each route's declared access rule before the body is
 * even validated. A /api/v1 route without an access rule fails at start-up, so
 * no route can be forgotten (fail closed).
 */
export async function registerSession(app: FastifyInstance, ctx: ServiceContext): Promise<void> {
  await app.register(fastifyCookie);
  app.decorateRequest('principal', null);
  app.decorateRequest('storedFactRows', undefined);
  const names = cookieNames(ctx.settings);

  const registry: RegisteredRoute[] = [];
  app.decorate('routeRegistry', registry);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      const validates = (['body', 'querystring', 'params'] as const).filter((part) => route.schema?.[part]);
      registry.push({ method: String(method), url: route.url, access: route.config?.access, validates });
    }
    if (route.url.startsWith('/api/v1/') && route.config?.access === undefined) {
      throw new Error(`${String(route.method)} ${route.url} declares no access rule (config.access).`);
    }
  });

  // preParsing: after the per-route rate limit (an onRequest hook) and before the body is read,
  // so anonymous traffic neither bypasses the limit nor makes the server parse large bodies.
  app.addHook('preParsing', async (request, _reply, payload) => {
    const token = request.cookies[names.session];
    const withStoredFactRows = request.routeOptions.config.withStoredFactRows === true;
    const resolved = token
      ? await resolveSession(ctx.db, token, ctx.clock(), ctx.settings, { withStoredFactRows })
      : null;
    request.principal = resolved?.principal ?? null;
    request.storedFactRows = resolved?.storedFactRows;

    if (!SAFE_METHODS.has(request.method)) {
      if (!sameOrigin(request)) throw forbidden('This request came from another site.');
      if (resolved) {
        const header = request.headers[CSRF_HEADER];
        const presented = typeof header === 'string' ? header : '';
        if (!presented || !safeEqual(sha256Hex(presented), resolved.csrfHash)) {
          throw forbidden('The security token is missing or out of date. Reload the page and try again.');
        }
      }
    }
    const rule = request.routeOptions.config.access;
    if (rule !== undefined) {
      const refused = denial(decideAccess(rule, request.principal));
      if (refused) throw refused;
    }
    return payload;
  });
}

/** The principal of a route whose access rule already required a session. */
export function requirePrincipal(request: FastifyRequest): Principal {
  if (!request.principal) throw unauthorized();
  return request.principal;
}
