import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';

/**
 * Per-IP request limits for the API, counted in memory by each instance: a
 * general ceiling for every /api and /fhir route and a lower one for the sign-in, sign-up
 * and reset endpoints. Credential guessing is also throttled per account and
 * per IP in PostgreSQL (modules/auth/throttle.ts), shared by all instances.
 */
export interface RateLimitSettings {
  /** Requests per minute per IP across the API. */
  readonly apiPerMinute: number;
  /** Requests per minute per IP to each unauthenticated auth endpoint. */
  readonly authPerMinute: number;
}

export const DEFAULT_RATE_LIMITS: RateLimitSettings = { apiPerMinute: 600, authPerMinute: 30 };

const STRICT_PREFIXES = ['/api/v1/auth/login', '/api/v1/auth/signup', '/api/v1/auth/password-reset'];

export async function registerRateLimits(app: FastifyInstance, settings: RateLimitSettings): Promise<void> {
  // Runs before rate-limit's own onRoute hook, which reads config.rateLimit.
  app.addHook('onRoute', (route) => {
    if (STRICT_PREFIXES.some((prefix) => route.url.startsWith(prefix))) {
      route.config = { ...route.config, rateLimit: { max: settings.authPerMinute, timeWindow: 60_000 } };
    }
  });
  await app.register(rateLimit, {
    global: true,
    max: settings.apiPerMinute,
    timeWindow: 60_000,
    // The JSON API and the FHIR API are limited; the web app's static files are not.
    allowList: (request) => !request.url.startsWith('/api/') && !request.url.startsWith('/fhir/'),
  });
}
