import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  answerIntake,
  DESKTOP,
  daysBackToWednesday,
  navigateInApp,
  PHONE,
  shiftedServer,
  signUpPatient,
} from './patient-support';
import { type E2eApp, launchBrowser, startAppForE2E } from './support/browser';

/**
 * Pictures of the main patient screens at phone (390×844) and desktop (1280×800) widths for
 * docs/screenshots/. Always rendered and checked; written to disk only when
 * BACKPLAN_SCREENSHOTS=1, so an ordinary test run never changes committed files:
 *   BACKPLAN_SCREENSHOTS=1 npx vitest run --project e2e e2e/patient-screenshots.test.ts
 */
const WRITE = process.env.BACKPLAN_SCREENSHOTS === '1';
const OUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../docs/screenshots');
const DAYS_BACK = daysBackToWednesday();

let server: E2eApp;
let browser: Browser;

beforeAll(async () => {
  server = await startAppForE2E(shiftedServer(DAYS_BACK));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Three weeks of diary with pain easing from 7 to 4, and two PEG answers, so Progress has a story. */
async function seedHistory(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const csrf = document.cookie
      .split('; ')
      .find((part) => part.startsWith('bp_csrf=') || part.startsWith('__Host-bp_csrf='))
      ?.split('=')[1];
    const post = async (url: string, body: unknown) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrf ?? '' },
        body: JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
    };
    for (let back = 21; back >= 1; back -= 1) {
      const date = new Date();
      date.setDate(date.getDate() - back);
      const day = date.toLocaleDateString('en-CA');
      if (back % 5 === 3) continue; // a few days without a check-in, as in real life
      await post('/api/v1/me/check-ins', {
        day,
        pain: Math.round(4 + (3 * back) / 21),
        sleepQuality: 6,
        mood: 6,
        activityMinutes: 15 + ((21 - back) % 7) * 5,
        sideEffects: [],
        flare: false,
        newBladderBowelSaddleSymptoms: back === 7 ? false : null,
        idempotencyKey: crypto.randomUUID(),
        clientRecordedAt: `${day}T19:30:00.000Z`,
      });
    }
    for (const [back, answers] of [
      [14, { 'pain-average': 7, 'enjoyment-interference': 6, 'activity-interference': 7 }],
      [1, { 'pain-average': 5, 'enjoyment-interference': 4, 'activity-interference': 4 }],
    ] as const) {
      const date = new Date();
      date.setDate(date.getDate() - back);
      await post('/api/v1/me/measures/peg-3', {
        day: date.toLocaleDateString('en-CA'),
        answers,
        idempotencyKey: crypto.randomUUID(),
      });
    }
  });
}

const SCREENS: readonly { name: string; path: string; ready: string }[] = [
  { name: 'welcome', path: '/app/welcome', ready: 'Welcome to BackPlan' },
  { name: 'today', path: '/app/today', ready: 'Today' },
  { name: 'session', path: '/app/session', ready: 'Today’s exercises' },
  { name: 'check-in', path: '/app/check-in', ready: 'Daily check-in' },
  { name: 'progress', path: '/app/progress', ready: 'Your progress' },
  { name: 'flare', path: '/app/flare', ready: 'Flare-up plan' },
  { name: 'medications', path: '/app/medications', ready: 'Your medicines' },
  { name: 'report', path: '/app/report', ready: 'Report and your data' },
];

describe('patient screenshots', () => {
  it('renders the main patient screens at phone and desktop widths', async () => {
    const { context, page, problems } = await signUpPatient(server, browser, {
      daysBack: DAYS_BACK,
      name: 'Maria',
    });
    await navigateInApp(page, '/app/intake');
    await page.getByRole('button', { name: 'Begin' }).waitFor();
    const intakeShots: Buffer[] = [];
    await answerIntake(page, { stopAt: 'What number best describes your pain on average' });
    await page.setViewportSize(PHONE);
    intakeShots.push(await page.screenshot({ fullPage: true }));
    await answerIntake(page);
    await page.getByRole('button', { name: 'Send my answers' }).click();
    await page.getByRole('heading', { name: 'Your check-up is done', level: 1 }).waitFor();
    await seedHistory(page);
    if (WRITE) {
      mkdirSync(OUT, { recursive: true });
      writeFileSync(path.join(OUT, 'patient-intake-phone.png'), intakeShots[0] ?? Buffer.alloc(0));
    }
    for (const viewport of [PHONE, DESKTOP]) {
      await page.setViewportSize(viewport);
      const width = viewport === PHONE ? 'phone' : 'desktop';
      for (const screen of SCREENS) {
        await navigateInApp(page, screen.path);
        await page.getByRole('heading', { name: screen.ready, level: 1, exact: true }).waitFor();
        await page.locator('.patient-loading').waitFor({ state: 'detached' });
        // Phones scroll: the whole page shows what a patient scrolls through; desktops fit one screen.
        const image = await page.screenshot({ fullPage: viewport === PHONE });
        expect(image.length).toBeGreaterThan(10_000);
        if (WRITE) writeFileSync(path.join(OUT, `patient-${screen.name}-${width}.png`), image);
      }
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});
