import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * Security headers (OWASP Secure Headers Project) and a strict
 * Content-Security-Policy: scripts, styles and connections only from this
 * origin, no inline script or style, no framing, no plugins. The Vite build
 * has no inline code, so the web app runs under it unchanged.
 *
 * The API explorer at /api/docs (swagger-ui) sets inline style attributes, so
 * that prefix alone gets a policy that also allows inline styles; scripts stay
 * same-origin there too.
 */
export const STRICT_CSP = {
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'manifest-src': ["'self'"],
  'worker-src': ["'self'"],
  'object-src': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

export const DOCS_CSP =
  "default-src 'self'; base-uri 'self'; script-src 'self'; script-src-attr 'none'; " +
  "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; " +
  "object-src 'none'; form-action 'self'; frame-ancestors 'none'";

/** Sign-in bodies are a few hundred bytes; 16 KiB leaves room and refuses padding early (global limit: 256 KiB). */
export const AUTH_BODY_LIMIT = 16 * 1024;

export async function registerSecurityHeaders(
  app: FastifyInstance,
  options: { tls: boolean },
): Promise<void> {
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/v1/auth/')) {
      route.bodyLimit = Math.min(route.bodyLimit ?? AUTH_BODY_LIMIT, AUTH_BODY_LIMIT);
    }
  });
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: options.tls ? { ...STRICT_CSP, 'upgrade-insecure-requests': [] } : STRICT_CSP,
    },
    // HSTS only means something over TLS; sent when BackPlan is configured for it.
    strictTransportSecurity: options.tls ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/docs')) reply.header('content-security-policy', DOCS_CSP);
    // Responses about a person must not sit in shared or browser caches.
    if (request.url.startsWith('/api/v1/')) reply.header('cache-control', 'no-store');
  });
}
