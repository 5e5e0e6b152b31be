import type { FastifyInstance } from 'fastify';
import type { AppDependencies } from '../app';
import { createDisabledMailer } from '../mail/mailer';
import { accountRoutes } from '../modules/accounts/routes';
import { adminRoutes } from '../modules/admin/routes';
import { DEFAULT_AUTH_SETTINGS, type ServiceContext } from '../modules/auth/context';
import { createArgon2Hasher } from '../modules/auth/password-hasher';
import { authRoutes } from '../modules/auth/routes';
import { consentRoutes } from '../modules/consent/routes';
import { dataRightsRoutes } from '../modules/data-rights/routes';
import { organisationRoutes } from '../modules/organisations/routes';
import { DEFAULT_RATE_LIMITS, registerRateLimits } from './rate-limit';
import { registerSecurityHeaders } from './security';
import { registerSession } from './session';

/** The collaborators every account and patient-data service receives. */
export function createServiceContext(app: FastifyInstance, deps: AppDependencies): ServiceContext {
  const log = app.log.child({ component: 'accounts' });
  return {
    db: deps.database.db,
    analyticsDb: deps.analyticsDatabase?.db ?? deps.database.db,
    hasher: deps.passwordHasher ?? createArgon2Hasher(),
    mailer: deps.mailer ?? createDisabledMailer({ warn: (message) => log.warn(message) }),
    clock: deps.clock ?? (() => new Date()),
    settings: { ...DEFAULT_AUTH_SETTINGS, ...deps.auth },
    log: {
      warn: (message) => log.warn(message),
      error: (details, message) => log.error(details, message),
    },
  };
}

/** Headers, rate limits, sessions, CSRF and access rules: registered before any route. */
export async function registerProtection(
  app: FastifyInstance,
  services: ServiceContext,
  deps: AppDependencies,
): Promise<void> {
  await registerSecurityHeaders(app, { tls: services.settings.secureCookies });
  await registerRateLimits(app, { ...DEFAULT_RATE_LIMITS, ...deps.rateLimits });
  await registerSession(app, services);
}

export async function registerAccountRoutes(app: FastifyInstance, services: ServiceContext): Promise<void> {
  const opts = { ctx: services };
  await app.register(authRoutes, opts);
  await app.register(accountRoutes, opts);
  await app.register(organisationRoutes, opts);
  await app.register(consentRoutes, opts);
  await app.register(dataRightsRoutes, opts);
  await app.register(adminRoutes, opts);
}
