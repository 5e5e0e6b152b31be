import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '../packages/server/src/modules/auth/totp';
import { fastHasher } from '../packages/server/test/app';
import { PATIENT_PASSWORD } from '../packages/server/test/fixtures';
import {
  LONG_SESSIONS,
  type SeededClinic,
  type SeededPatient,
  ShiftedClock,
  seedClinic,
} from './clinician-support';
import { accessibilityViolations, type E2eApp, launchBrowser, startAppForE2E } from './support/browser';

/**
 * The clinician workspace in Debian Chromium, on data seeded through the real
 * APIs over three simulated months: TOTP sign-in, the triage order, accepting
 * a step-up card and seeing the new plan on the patient's side, an opioid
 * that takes the total past 50 MME, messages both ways, and axe on every
 * clinician route at tablet and desktop sizes.
 */
const TABLET = { width: 768, height: 1024 } as const;
const DESKTOP = { width: 1280, height: 800 } as const;

let server: E2eApp;
let browser: Browser;
let seeded: SeededClinic;
let clinician: Session;

interface Session {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly problems: string[];
}

beforeAll(async () => {
  const clock = new ShiftedClock();
  server = await startAppForE2E({ clock: clock.now, auth: LONG_SESSIONS, passwordHasher: fastHasher });
  seeded = await seedClinic(server, clock);
  browser = await launchBrowser();
});

afterAll(async () => {
  await clinician?.context.close();
  await browser?.close();
  await server?.close();
});

async function open(viewport: { width: number; height: number }): Promise<Session> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    // A 401 from /auth/me is how a signed-out page learns it is signed out.
    if (message.type() === 'error' && !message.text().includes('401')) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return { context, page, problems };
}

async function heading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

async function expectAccessible(page: Page, where: string): Promise<void> {
  expect(await accessibilityViolations(page), where).toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${where}: no sideways scrolling of the page`).toBeLessThanOrEqual(0);
}

async function signInPatient(patient: SeededPatient): Promise<Session> {
  const session = await open(TABLET);
  await session.page.goto(`${server.baseUrl}/sign-in`);
  await session.page.getByLabel('Email address').fill(patient.email);
  await session.page.getByLabel('Password').fill(PATIENT_PASSWORD);
  await session.page.getByRole('button', { name: 'Sign in' }).click();
  await heading(session.page, 'My account');
  return session;
}

const recordUrl = (patient: SeededPatient, tab = '') =>
  `${server.baseUrl}/clinician/patients/${patient.id}${tab ? `/${tab}` : ''}`;

describe('clinician workspace', () => {
  it('signs a clinician in with TOTP and shows the triage order, red flag on top, with the reason on each row', async () => {
    clinician = await open(TABLET);
    const { page } = clinician;
    await page.goto(`${server.baseUrl}/clinician`);
    await heading(page, 'Sign in');
    await page.getByLabel('Email address').fill(seeded.clinician.email);
    await page.getByLabel('Password').fill(seeded.clinician.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await heading(page, 'Two-step sign-in');
    await page
      .getByLabel('Code from your authenticator app')
      .fill(totpCode(seeded.clinician.totpSecret, new Date()));
    await page.getByRole('button', { name: 'Verify' }).click();
    await heading(page, 'Patients');
    const rows = page.locator('table.panel-table tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    const names = await rows.locator('th[scope="row"]').allTextContents();
    expect(names.slice(0, 2)).toEqual([seeded.redFlag.name, seeded.stepUp.name]);
    expect((await rows.nth(0).locator('td').first().textContent())?.toLowerCase()).toContain('red flag');
    expect(await rows.nth(1).locator('td').first().textContent()).toMatch(/no meaningful improvement/i);
    await expectAccessible(page, 'panel');
    await page.getByLabel('Search by name').fill('quinn');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => rows.allTextContents()).toEqual([expect.stringContaining(seeded.quiet.name)]);
    expect(clinician.problems).toEqual([]);
  });

  it('opens a patient, accepts the step-up card with a reason, and the patient sees step 2', async () => {
    const { page } = clinician;
    await page.goto(`${server.baseUrl}/clinician`);
    await page.getByRole('link', { name: seeded.stepUp.name }).click();
    await heading(page, seeded.stepUp.name);
    await page.getByRole('heading', { name: 'Stepped care' }).waitFor();
    await expectAccessible(page, 'summary');
    await page.getByRole('link', { name: 'Decisions' }).click();
    const card = page.locator('[data-rule-id="step2-nsaid-first"]');
    await card.waitFor();
    expect(await card.textContent()).toContain('Sources');
    await expectAccessible(page, 'decisions');
    await card
      .getByLabel('Your reason')
      .fill('Discussed at the week-12 review; the patient agrees to try an NSAID.');
    await card.getByRole('button', { name: 'Accept' }).click();
    await page.getByText(/The care plan is now version \d+ \(step 2\)/).waitFor();

    const patient = await signInPatient(seeded.stepUp);
    await patient.page.goto(`${server.baseUrl}/app/today`);
    await patient.page.getByText('Step 2: extra help').waitFor();
    expect(patient.problems).toEqual([]);
    await patient.context.close();
  });

  it('adds an opioid that takes the total past 50 MME and shows the alert with its naloxone suggestion before saving', async () => {
    const { page } = clinician;
    await page.goto(recordUrl(seeded.stepUp, 'medications'));
    await page.getByRole('heading', { name: 'Medicines', level: 2 }).waitFor();
    const addMedicine = async (drug: string, dose: string) => {
      await page.getByLabel('Medicine (generic name)').fill(drug);
      await page.getByLabel('Dose per time').fill(dose);
      await page.getByLabel('How often').selectOption('BID');
      await page.getByRole('button', { name: 'Check safety' }).click();
      await page.getByText(/With this medicine: [\d.]+ MME\/day/).waitFor();
    };
    await addMedicine('oxycodone', '10');
    await page.getByRole('button', { name: 'Save medicine' }).click();
    await page.getByText('Medicine saved.').waitFor();
    await addMedicine('morphine', '15');
    const alert = page.locator('.med-check [data-rule-id="mme-50-naloxone"]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Offer naloxone');
    expect(await page.locator('.med-check').textContent()).toContain('60 MME/day');
    await expectAccessible(page, 'medicines with an alert');
    await page.getByRole('button', { name: 'Save medicine' }).click();
    await page.getByText('Medicine saved.').waitFor();
    await page.getByText('Total 60 MME/day (CDC 2022 factors)').waitFor();
  });

  it('sends a message both ways', async () => {
    const { page } = clinician;
    await page.goto(recordUrl(seeded.stepUp, 'messages'));
    await page.getByLabel('New message').fill('How did the new walking plan go this week?');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByText('Message sent.').waitFor();

    const patient = await signInPatient(seeded.stepUp);
    await patient.page.goto(`${server.baseUrl}/messages`);
    await heading(patient.page, 'Messages');
    await patient.page.getByText('How did the new walking plan go this week?').waitFor();
    await expectAccessible(patient.page, 'patient messages');
    await patient.page.getByLabel('New message').fill('Better, thank you. Walking 20 minutes now.');
    await patient.page.getByRole('button', { name: 'Send' }).click();
    await patient.page.getByText('Message sent.').waitFor();
    expect(patient.problems).toEqual([]);
    await patient.context.close();

    await page.goto(`${server.baseUrl}/clinician`);
    await heading(page, 'Patients');
    await page.goto(recordUrl(seeded.stepUp, 'messages'));
    await page.getByText('Better, thank you. Walking 20 minutes now.').waitFor();
    expect(clinician.problems).toEqual([]);
  });

  for (const [size, viewport] of [
    ['a tablet', TABLET],
    ['a desktop', DESKTOP],
  ] as const) {
    it(`has no accessibility violations on any clinician route, on ${size}`, async () => {
      const tabs = [
        '',
        'proms',
        'diary',
        'sessions',
        'decisions',
        'plan',
        'medications',
        'messages',
        'notes',
      ];
      const routes = [
        '/clinician',
        '/clinician/invites',
        ...tabs.map((tab) => `/clinician/patients/${seeded.stepUp.id}${tab ? `/${tab}` : ''}`),
      ];
      const { page } = clinician;
      await page.setViewportSize(viewport);
      for (const route of routes) {
        await page.goto(`${server.baseUrl}${route}`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        // Every section has loaded: no lazy chunk or data still on its way.
        await page.waitForFunction(
          () =>
            !document.querySelector('[aria-busy="true"]') &&
            ![...document.querySelectorAll('[role="status"]')].some((e) =>
              e.textContent?.includes('Loading'),
            ),
        );
        await expectAccessible(page, `${route} at ${viewport.width}px`);
      }
      expect(clinician.problems).toEqual([]);
    });
  }

  it('records a red-flag clearance on the record page, and the red flag leaves the panel’s priority-1 reasons', async () => {
    const { page } = clinician;
    await page.setViewportSize(TABLET);
    await page.goto(recordUrl(seeded.redFlag));
    await heading(page, seeded.redFlag.name);
    const section = page.locator('section.red-flag-clearance');
    await section.getByText(/Active red flag \(emergency\)/).waitFor();
    await expectAccessible(page, 'record with a red flag');
    // Errors are named and announced before anything is sent.
    await section.getByRole('button', { name: 'Record clearance' }).click();
    await section.getByRole('alert').waitFor();
    expect(await section.getByLabel('Reason for clearance').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'clearance form with errors');
    await section
      .getByLabel('Reason for clearance')
      .fill('Seen in clinic today: retention explained by a urinary tract infection, now treated.');
    await section
      .getByLabel('Findings: what you examined and ruled out')
      .fill('Normal saddle sensation and anal tone; post-void residual 30 mL; no leg weakness.');
    await section.getByLabel('I have assessed this patient and ruled out the emergency.').check();
    await section.getByRole('button', { name: 'Record clearance' }).click();
    await section.getByText('Clearance recorded.').waitFor();
    await section.getByText(/Red flag cleared by Dr Alex Rivera on \d{4}-\d{2}-\d{2}\./).waitFor();
    expect(await section.getByText(/Active red flag/).count()).toBe(0);
    await expectAccessible(page, 'record after clearance');

    await page.goto(`${server.baseUrl}/clinician`);
    await heading(page, 'Patients');
    const rows = page.locator('table.panel-table tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    const row = rows.filter({ hasText: seeded.redFlag.name });
    expect((await row.locator('td').first().textContent())?.toLowerCase()).not.toContain('red flag');
    expect((await rows.nth(0).locator('th[scope="row"]').textContent())?.trim()).not.toBe(
      seeded.redFlag.name,
    );
    expect(clinician.problems).toEqual([]);
  });
});
