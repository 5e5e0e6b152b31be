import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { DestinationStream } from 'pino';
import type { DatabaseHandle } from './db/client';
import type { Mailer } from './mail/mailer';
import { analyticsRoutes } from './modules/analytics/routes';
import type { AuthSettings } from './modules/auth/context';
import type { PasswordHasher } from './modules/auth/password-hasher';
import { clinicalApiRoutes } from './modules/clinical-api/routes';
import { clinicianRoutes } from './modules/clinician/routes';
import { fhirRoutes } from './modules/fhir/routes';
import { healthRoutes } from './modules/health/routes';
import { messageRoutes } from './modules/messages/routes';
import { patientAppRoutes } from './modules/patient-app/routes';
import type { WebPushSettings } from './modules/reminders/channels';
import { createServiceContext, registerAccountRoutes, registerProtection } from './plugins/accounts';
import { registerErrorHandling } from './plugins/errors';
import { registerOpenApi } from './plugins/openapi';
import type { RateLimitSettings } from './plugins/rate-limit';
import { redactedLogPaths, serializeRequestForLog } from './plugins/request-context';
import { registerWeb } from './plugins/web';
import { BACKPLAN_VERSION } from './version';

export interface AppDependencies {
  readonly database: DatabaseHandle;
  /** A read-only connection (a replica) for analytics reads; the primary when omitted. */
  readonly analyticsDatabase?: DatabaseHandle;
  /** Directory of the built web app; omitted in API-only tests. */
  readonly webDist?: string;
  /** pino level; tests pass 'silent'. */
  readonly logLevel?: string;
  /** Where logs go (default stdout); tests capture them to prove secrets never appear. */
  readonly logStream?: DestinationStream;
  /** Accounts and sessions: timeouts, cookie security, public URL. */
  readonly auth?: Partial<AuthSettings>;
  readonly passwordHasher?: PasswordHasher;
  /** Outgoing email; by default disabled (logs that it is). */
  readonly mailer?: Mailer;
  /** The clock services use; tests move it to expire sessions. */
  readonly clock?: () => Date;
  readonly rateLimits?: Partial<RateLimitSettings>;
  /** Fastify trustProxy: true, or addresses/CIDRs of the TLS-terminating proxy. */
  readonly trustProxy?: boolean | string;
  /** VAPID keys for Web Push reminders; without them the web_push channel is skipped. */
  readonly webPush?: WebPushSettings | null;
}

/** Builds the whole application without listening, so tests can `inject` into it. */
export async function buildApp(deps: AppDependencies): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: deps.logLevel ?? 'info',
      ...(deps.logStream ? { stream: deps.logStream } : {}),
      redact: { paths: redactedLogPaths, censor: '[redacted]' },
      serializers: { req: serializeRequestForLog },
    },
    genReqId: (request) => {
      const incoming = request.headers['x-request-id'];
      return typeof incoming === 'string' && /^[\w-]{8,64}$/.test(incoming) ? incoming : randomUUID();
    },
    requestIdHeader: false,
    bodyLimit: 256 * 1024,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    trustProxy: deps.trustProxy ?? false,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  registerErrorHandling(app);
  const services = createServiceContext(app, deps);
  await registerProtection(app, services, deps);
  await registerOpenApi(app, BACKPLAN_VERSION);

  await app.register(healthRoutes, { ping: () => deps.database.ping() });
  await registerAccountRoutes(app, services);
  await app.register(clinicalApiRoutes);
  await app.register(patientAppRoutes, { ctx: services, webPush: deps.webPush ?? null });
  await app.register(clinicianRoutes, { ctx: services });
  await app.register(analyticsRoutes, { ctx: services });
  await app.register(messageRoutes, { ctx: services });
  await app.register(fhirRoutes, { ctx: services });
  await registerWeb(app, deps.webDist);
  return app;
}
