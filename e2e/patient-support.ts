import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import type { AppDependencies } from '../packages/server/src/app';
import { accessibilityViolations, type E2eApp, launchBrowser, startAppForE2E } from './support/browser';

/** Helpers shared by the patient e2e files: a signed-up patient in a fresh browser context. */

export const PHONE = { width: 390, height: 844 } as const;
export const DESKTOP = { width: 1280, height: 800 } as const;
export const NARROW = { width: 320, height: 640 } as const;

export interface PatientSession {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Console errors, page errors and CSP violations: every test expects this to stay empty. */
  readonly problems: string[];
}

let counter = 0;
const DAY_MS = 86_400_000;

/**
 * How many days back the most recent Wednesday is. The plan this intake makes has sessions on
 * Monday, Tuesday, Wednesday, Friday and Saturday, so on a Wednesday there is always a session.
 */
export function daysBackToWednesday(now: Date = new Date()): number {
  return (now.getDay() - 3 + 7) % 7;
}

/**
 * Server dependencies for a test that must run on a session day whatever today is: the server
 * clock runs `daysBack` behind (pair it with `signUpPatient({ daysBack })` for the browser),
 * and sessions last long enough that the browser, on real time, keeps the cookie.
 */
export function shiftedServer(daysBack: number): Partial<Omit<AppDependencies, 'database' | 'webDist'>> {
  return {
    clock: () => new Date(Date.now() - daysBack * DAY_MS),
    auth: { sessionAbsoluteHours: 24 * (daysBack + 2) },
  };
}

/** Signs a new patient up through the real sign-up page and returns the signed-in context. */
/** The app and browser a patient test file shares, set up once for the file. */
export interface WednesdayApp {
  readonly server: E2eApp;
  readonly browser: Browser;
  /** How many days back the app's clock runs: to the most recent Wednesday, a session day. */
  readonly daysBack: number;
}

/**
 * Starts the app running as on the most recent Wednesday (so a session is due whatever today
 * is) and a browser, before the file's tests, and closes both after. Call at the top level.
 */
export function useWednesdayApp(): WednesdayApp {
  const daysBack = daysBackToWednesday();
  let server: E2eApp | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startAppForE2E(shiftedServer(daysBack));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('useWednesdayApp: used before the app started');
    return value;
  };
  return {
    get server() {
      return started(server);
    },
    get browser() {
      return started(browser);
    },
    daysBack,
  };
}

/** A JSON GET from inside the page, with the page's session. */
export async function apiGet<T>(page: Page, path: string): Promise<T> {
  return await page.evaluate(async (target) => (await (await fetch(target)).json()) as T, path);
}

export async function signUpPatient(
  server: E2eApp,
  browser: Browser,
  options: { viewport?: { width: number; height: number }; name?: string; daysBack?: number } = {},
): Promise<PatientSession & { email: string }> {
  counter += 1;
  const email = `patient${counter}-${Date.now()}@example.org`;
  const context = await browser.newContext({ viewport: options.viewport ?? PHONE });
  // The page's clock runs as far behind as the server's (shiftedServer), at natural speed.
  if (options.daysBack) await context.clock.install({ time: Date.now() - options.daysBack * DAY_MS });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    // A 401 from /auth/me is how a signed-out page learns it is signed out.
    if (message.type() === 'error' && !message.text().includes('401')) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`${server.baseUrl}/sign-up`);
  await page.getByLabel('Your name').fill(options.name ?? 'Ana');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill('lemon trees in the courtyard');
  await page.getByLabel('I have read this and I want to create an account.').check();
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('heading', { name: 'My account', exact: true }).waitFor();
  return { context, page, problems, email };
}

export async function heading(page: Page): Promise<string> {
  const h1 = page.getByRole('heading', { level: 1 });
  await h1.waitFor();
  return (await h1.textContent()) ?? '';
}

/**
 * Waits until the page's h1 is exactly `name`. After a click inside the single-page app the
 * previous page's h1 is still there for a moment, so reading "the" heading at once can race.
 */
export async function expectHeading(page: Page, name: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
}

export async function expectAccessible(page: Page): Promise<void> {
  expect(await accessibilityViolations(page)).toEqual([]);
}

/** Moves within the single-page app without a full reload (so it also works offline). */
export async function navigateInApp(page: Page, path: string): Promise<void> {
  await page.evaluate((target) => {
    // The state shape React Router writes, with a fresh key, as a click on a link would.
    const index = ((window.history.state as { idx?: number } | null)?.idx ?? 0) + 1;
    const state = { usr: null, key: Math.random().toString(36).slice(2, 10), idx: index };
    window.history.pushState(state, '', target);
    window.dispatchEvent(new PopStateEvent('popstate', { state }));
  }, path);
}

export async function noSidewaysScroll(page: Page): Promise<number> {
  return await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/**
 * Answers the intake wizard screen by screen until the review screen. `answerFor` may pick a
 * specific answer for a question (by its visible text); otherwise: age 52, the first option of
 * a choice, "No" to yes/no questions, and `defaultScale` on 0–10 scales.
 */
export async function answerIntake(
  page: Page,
  options: {
    readonly answerFor?: (question: string) => string | undefined;
    readonly defaultScale?: number;
    /** Stop before answering the screen whose question contains this text. */
    readonly stopAt?: string;
  } = {},
): Promise<void> {
  await page.getByRole('heading', { name: 'Your check-up', level: 1 }).waitFor();
  for (let guard = 0; guard < 120; guard += 1) {
    const submit = page.getByRole('button', { name: 'Send my answers' });
    if ((await submit.count()) > 0) return;
    const begin = page.getByRole('button', { name: 'Begin' });
    if ((await begin.count()) > 0) {
      await begin.click();
      continue;
    }
    const progress = (await page.locator('.intake-progress').textContent()) ?? '';
    const age = page.getByLabel('How old are you?');
    if ((await age.count()) > 0) {
      await age.fill('52');
    } else {
      const group = page.locator('.intake-screen fieldset').first();
      const question = ((await group.locator('legend').textContent()) ?? '').trim();
      if (options.stopAt && question.includes(options.stopAt)) return;
      const wanted = options.answerFor?.(question);
      const radios = group.getByRole('radio');
      const names = await radios.evaluateAll((inputs) =>
        inputs.map((input) => input.closest('label')?.textContent?.trim() ?? ''),
      );
      const isScale = names.length === 11 && names[0] === '0';
      const pick =
        wanted ?? (isScale ? String(options.defaultScale ?? 5) : names.includes('No') ? 'No' : names[0]);
      await radios.nth(Math.max(names.indexOf(pick ?? ''), 0)).check({ force: true });
    }
    await page.getByRole('button', { name: 'Next' }).click();
    await page.waitForFunction(
      (before) =>
        document.querySelector('.intake-progress')?.textContent !== before ||
        !document.querySelector('.intake-progress'),
      progress,
    );
  }
  throw new Error('The intake wizard did not reach its review screen.');
}
