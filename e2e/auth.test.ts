import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../packages/server/src/modules/accounts/account-service';
import { createArgon2Hasher } from '../packages/server/src/modules/auth/password-hasher';
import { totpCode } from '../packages/server/src/modules/auth/totp';
import { accessibilityViolations, type E2eApp, launchBrowser, startAppForE2E } from './support/browser';

/**
 * Accounts in a real browser: sign-up, sign-in, a clinician's TOTP step, the
 * admin accounts page, the language switcher, and an axe check of every page,
 * with any CSP violation or console error failing the test.
 */
let server: E2eApp;
let browser: Browser;
const STAFF_PASSWORD = 'river stones and quiet lanterns';

beforeAll(async () => {
  server = await startAppForE2E();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Session {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly problems: string[];
}

async function openPage(path: string, viewport?: { width: number; height: number }): Promise<Session> {
  const context = await browser.newContext(viewport ? { viewport } : {});
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    // A 401 from /auth/me is how a signed-out page learns it is signed out.
    if (message.type() === 'error' && !message.text().includes('401')) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`${server.baseUrl}${path}`);
  return { context, page, problems };
}

async function heading(page: Page): Promise<string> {
  const h1 = page.getByRole('heading', { level: 1 });
  await h1.waitFor();
  return (await h1.textContent()) ?? '';
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await accessibilityViolations(page)).toEqual([]);
}

async function staff(role: 'clinician' | 'admin', email: string) {
  return createAccount(
    { db: server.database.handle.db, hasher: createArgon2Hasher(), clock: () => new Date() },
    {
      email,
      displayName: `${role} Smith`,
      password: STAFF_PASSWORD,
      role,
      organisationName: 'Harbour Clinic',
    },
  );
}

async function signInWithTotp(page: Page, email: string, secret: string): Promise<void> {
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(STAFF_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Two-step sign-in', level: 1 }).waitFor();
  await expectAccessible(page);
  await page.getByLabel('Code from your authenticator app').fill(totpCode(secret, new Date()));
  await page.getByRole('button', { name: 'Verify' }).click();
  await page.getByRole('heading', { name: 'My account', exact: true }).waitFor();
}

describe('accounts in the browser', () => {
  it('signs up a patient, shows the account page, signs out and signs back in', async () => {
    const { context, page, problems } = await openPage('/sign-up');
    expect(await heading(page)).toBe('Create your BackPlan account');
    await expectAccessible(page);
    await page.getByLabel('Your name').fill('Rosa');
    await page.getByLabel('Email address').fill('rosa@example.org');
    await page.getByLabel('Password', { exact: true }).fill('lemon trees in the courtyard');
    await page.getByLabel('I have read this and I want to create an account.').check();
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'My account', exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Who can see my record' }).waitFor();
    await page.getByText('Your record is private to you').waitFor();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
    await expectAccessible(page);
    await page.getByLabel('Email address').fill('rosa@example.org');
    await page.getByLabel('Password').fill('lemon trees in the courtyard');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'My account', exact: true }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('asks a clinician for the TOTP code, then lets them invite a patient', async () => {
    const clinician = await staff('clinician', 'dr.lee@example.org');
    const { context, page, problems } = await openPage('/sign-in');
    await signInWithTotp(page, 'dr.lee@example.org', clinician.totp?.secret ?? '');
    await page.getByRole('button', { name: 'Create an invitation' }).click();
    const link = (await page.locator('.invite dd').nth(1).textContent()) ?? '';
    expect(link).toContain('/join#token=');
    await expectAccessible(page);
    expect(problems).toEqual([]);
    await context.close();

    const join = await openPage(new URL(link).pathname + new URL(link).hash);
    expect(await heading(join.page)).toBe('Join your clinic');
    await expectAccessible(join.page);
    await join.page.getByRole('link', { name: 'Create an account' }).click();
    await join.page.getByText('You are joining a clinic with an invitation').waitFor();
    await join.page.getByLabel('Your name').fill('Pablo');
    await join.page.getByLabel('Email address').fill('pablo@example.org');
    await join.page.getByLabel('Password', { exact: true }).fill('sunlight on the old bridge');
    await join.page.getByLabel('I have read this and I want to create an account.').check();
    await join.page.getByRole('button', { name: 'Create account' }).click();
    await join.page.getByText('Your record is shared with Harbour Clinic').waitFor();
    await join.page.getByText('clinician Smith').first().waitFor();
    await expectAccessible(join.page);
    expect(join.problems).toEqual([]);
    await join.context.close();
  });

  it('shows an admin the accounts of their clinic', async () => {
    const admin = await staff('admin', 'admin.kim@example.org');
    const { context, page, problems } = await openPage('/sign-in');
    await signInWithTotp(page, 'admin.kim@example.org', admin.totp?.secret ?? '');
    await page.getByRole('link', { name: 'Accounts' }).click();
    await page.getByRole('heading', { name: 'Accounts', level: 1 }).waitFor();
    await page.getByRole('cell', { name: 'admin.kim@example.org' }).waitFor();
    await page.getByRole('cell', { name: 'dr.lee@example.org' }).waitFor();
    await expectAccessible(page);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('switches to Spanish, and the password pages pass axe', async () => {
    const { context, page, problems } = await openPage('/forgot-password');
    expect(await heading(page)).toBe('Reset your password');
    await expectAccessible(page);
    await page.getByLabel('Language').selectOption('es');
    await page.getByRole('heading', { name: 'Restablecer tu contraseña', level: 1 }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    await expectAccessible(page);
    await page.goto(`${server.baseUrl}/reset-password#token=${'a'.repeat(43)}`);
    expect(await heading(page)).toBe('Elige una nueva contraseña');
    await expectAccessible(page);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('fits a 320 px wide screen without sideways scrolling', async () => {
    for (const path of ['/sign-in', '/sign-up', '/join']) {
      const { context, page } = await openPage(path, { width: 320, height: 640 });
      await heading(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      await context.close();
    }
  });
});
