import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  answerIntake,
  daysBackToWednesday,
  expectAccessible,
  heading,
  NARROW,
  navigateInApp,
  noSidewaysScroll,
  shiftedServer,
  signUpPatient,
} from './patient-support';
import { accessibilityViolations, type E2eApp, launchBrowser, startAppForE2E } from './support/browser';

let server: E2eApp;
let browser: Browser;
const DAYS_BACK = daysBackToWednesday();

beforeAll(async () => {
  server = await startAppForE2E(shiftedServer(DAYS_BACK));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Every patient route. Each must show a heading, pass axe and fit a 320 px screen. */
const ROUTES = [
  '/app/today',
  '/app/welcome',
  '/app/intake',
  '/app/check-in',
  '/app/session',
  '/app/flare',
  '/app/measures/peg-3',
  '/app/measures/phq-2',
  '/app/measures/reassessment',
  '/app/progress',
  '/app/learn',
  '/app/learn/lessons/lesson-how-pain-works',
  '/app/learn/relaxation/relax-breathing',
  '/app/goals',
  '/app/medications',
  '/app/reminders',
  '/app/report',
];

async function visitAll(page: Page): Promise<Record<string, string>> {
  const titles: Record<string, string> = {};
  let previous = '';
  for (const route of ROUTES) {
    await navigateInApp(page, route);
    await page.locator('.patient-app').waitFor();
    await page.locator('.patient-loading').waitFor({ state: 'detached' });
    // A navigation is a transition: the previous page can stay on screen while the next one
    // loads, so wait for the heading to change (two routes in a row with one title wait 1.5 s).
    await page
      .waitForFunction((before) => document.querySelector('h1')?.textContent !== before, previous, {
        timeout: 1_500,
      })
      .catch(() => undefined);
    titles[route] = await heading(page);
    previous = titles[route];
    expect(titles[route], route).not.toBe('');
    expect(await accessibilityViolations(page), route).toEqual([]);
    expect(await noSidewaysScroll(page), route).toBeLessThanOrEqual(0);
  }
  return titles;
}

describe('patient routes', () => {
  it('renders every patient route at 320 px, before and after the intake, with no accessibility violations', async () => {
    const { context, page, problems } = await signUpPatient(server, browser, {
      viewport: NARROW,
      daysBack: DAYS_BACK,
    });
    await visitAll(page);
    await navigateInApp(page, '/app/intake');
    await answerIntake(page);
    await page.getByRole('button', { name: 'Send my answers' }).click();
    await page.getByRole('heading', { name: 'Your check-up is done', level: 1 }).waitFor();
    await expectAccessible(page);
    const titles = await visitAll(page);
    expect(titles['/app/today']).toBe('Today');
    expect(titles['/app/session']).toBe('Today’s exercises');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('switches to Spanish at any time, on every patient route', async () => {
    const { context, page, problems } = await signUpPatient(server, browser, { daysBack: DAYS_BACK });
    await navigateInApp(page, '/app/intake');
    await answerIntake(page);
    await page.getByRole('button', { name: 'Send my answers' }).click();
    await page.getByRole('heading', { name: 'Your check-up is done', level: 1 }).waitFor();
    await navigateInApp(page, '/app/check-in');
    await page.getByRole('heading', { name: 'Daily check-in', level: 1 }).waitFor();
    // Mid-task: the page changes language in place, nothing is reloaded.
    await page.getByLabel('Language').selectOption('es');
    await page.getByRole('heading', { name: 'Registro diario', level: 1 }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    await page.getByRole('navigation', { name: 'Su plan' }).getByRole('link', { name: 'Hoy' }).waitFor();
    const titles = await visitAll(page);
    expect(titles['/app/today']).toBe('Hoy');
    expect(titles['/app/progress']).toBe('Su progreso');
    expect(titles['/app/medications']).toBe('Sus medicamentos');
    expect(titles['/app/reminders']).toBe('Recordatorios');
    expect(titles['/app/report']).toBe('Informe y sus datos');
    await page.getByLabel('Idioma').selectOption('en');
    await page.getByRole('heading', { name: 'Report and your data', level: 1 }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });
});
