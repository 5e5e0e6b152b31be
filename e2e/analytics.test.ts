import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '../packages/server/src/modules/auth/totp';
import { buildDemoClinic, type DemoClinicResult } from '../packages/server/src/modules/demo/demo-clinic';
import { fastHasher } from '../packages/server/test/app';
import { accessibilityViolations, type E2eApp, launchBrowser, startAppForE2E } from './support/browser';

/**
 * Responder analytics in Debian Chromium, on a demo clinic of 60 synthetic patients with 16 weeks
 * of history: the clinician signs in with TOTP, follows the workspace link, sees the chart and
 * the table (small groups hidden), filters by pain type, and axe finds nothing at tablet size.
 */
let server: E2eApp;
let browser: Browser;
let clinic: DemoClinicResult;

beforeAll(async () => {
  server = await startAppForE2E({ passwordHasher: fastHasher });
  clinic = await buildDemoClinic(server.database.handle.db, {
    clinicName: 'E2E Analytics Clinic',
    patients: 60,
    weeks: 16,
    seed: 12,
    today: new Date().toISOString().slice(0, 10),
    hasher: fastHasher,
    emailTag: 'e2e-analytics',
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function heading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

describe('responder analytics page', () => {
  it('shows the clinic’s responders as a chart and a table, hides small groups, and filters', async () => {
    const context = await browser.newContext({ viewport: { width: 768, height: 1024 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    const { clinician } = clinic.signIns;
    await page.goto(`${server.baseUrl}/clinician`);
    await heading(page, 'Sign in');
    await page.getByLabel('Email address').fill(clinician.email);
    await page.getByLabel('Password').fill(clinician.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await heading(page, 'Two-step sign-in');
    await page
      .getByLabel('Code from your authenticator app')
      .fill(totpCode(clinician.totpSecret, new Date()));
    await page.getByRole('button', { name: 'Verify' }).click();
    await heading(page, 'Patients');
    await page.getByRole('link', { name: 'Who responds' }).click();
    await heading(page, 'Who responds to what');
    await page.getByRole('img', { name: /Share improved, with 95% intervals/ }).waitFor();
    const rows = page.locator('table.analytics-table tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThan(3);
    const text = (await rows.allTextContents()).join('\n');
    expect(text).toMatch(/Fewer than 10/);
    expect(text).toMatch(/\d+% \(\d+\/\d+\)/);
    expect(await page.getByText(/not a trial/).count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Pain type').selectOption('mechanical');
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await page.waitForURL(/phenotype=mechanical/);
    await expect
      .poll(async () =>
        (await rows.locator('td:first-child').allTextContents()).every((c) => c === 'Mechanical'),
      )
      .toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });
});
