import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import type { FastifyInstance } from 'fastify';
import { type Browser, chromium, type Page } from 'playwright-core';
import { type AppDependencies, buildApp } from '../../packages/server/src/app';
import { createTestDatabase, type TestDatabase } from '../../packages/server/test/db';

export const CHROMIUM_PATH = process.env.BACKPLAN_CHROMIUM ?? '/usr/bin/chromium';
export const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../packages/web/dist');

/**
 * Debian's Chromium, with the flags this machine needs (engineering.md §3): no
 * sandbox as root, and no background networking on a closed network.
 */
export async function launchBrowser(): Promise<Browser> {
  return await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

export interface E2eApp {
  readonly app: FastifyInstance;
  readonly baseUrl: string;
  readonly database: TestDatabase;
  close(): Promise<void>;
}

/**
 * The real server on a fresh database and the built web app, on a free loopback port.
 * `overrides` (optional) replace app dependencies, e.g. a shifted clock for date-bound tests.
 */
export async function startAppForE2E(
  overrides: Partial<Omit<AppDependencies, 'database' | 'webDist'>> = {},
): Promise<E2eApp> {
  const database = await createTestDatabase();
  const app = await buildApp({
    database: database.handle,
    webDist: WEB_DIST,
    logLevel: 'silent',
    ...overrides,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    app,
    baseUrl: `http://127.0.0.1:${port}`,
    database,
    async close() {
      await app.close();
      await database.drop();
    },
  };
}

/** WCAG 2.2 A/AA violations on the current page, as readable strings. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}
