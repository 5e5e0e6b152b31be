import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import webpush from 'web-push';
import { apiGet, expectAccessible, navigateInApp, signUpPatient } from './patient-support';
import { type E2eApp, launchBrowser, startAppForE2E } from './support/browser';

let server: E2eApp;
let browser: Browser;

beforeAll(async () => {
  // VAPID keys configured, so the Web Push channel is offered.
  server = await startAppForE2E({
    webPush: { ...webpush.generateVAPIDKeys(), subject: 'mailto:admin@clinic.example' },
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('patient records', () => {
  it('records a medicine as reported, and "I no longer take this" removes it from the list', async () => {
    const { context, page, problems } = await signUpPatient(server, browser);
    await navigateInApp(page, '/app/medications');
    await page.getByRole('heading', { name: 'Your medicines', level: 1 }).waitFor();
    await page.getByText('No medicines listed.').waitFor();
    await page.getByLabel('Name of the medicine').fill('ibuprofen');
    await page.getByLabel('Amount each time').fill('400');
    await page.getByLabel('How often').selectOption('as-needed');
    await page.getByLabel('Most times in a day').fill('3');
    await page.getByRole('button', { name: 'Add to my list' }).click();
    await page.getByText('400 mg, only when needed, by mouth').waitFor();
    await expectAccessible(page);
    const listed = await apiGet<{ medications: { drug: string; maxDosesPerDay: number | null }[] }>(
      page,
      '/api/v1/me/medications',
    );
    expect(listed.medications).toMatchObject([{ drug: 'ibuprofen', maxDosesPerDay: 3 }]);
    // The page records; it never advises.
    expect((await page.locator('main').textContent()) ?? '').not.toMatch(/you should (take|stop|start)/i);

    await page.getByRole('button', { name: 'I no longer take ibuprofen' }).click();
    await page.getByText('No medicines listed.').waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('saves reminder settings: time, a repeat, quiet days and channels, with Web Push offered', async () => {
    const { context, page, problems } = await signUpPatient(server, browser);
    await navigateInApp(page, '/app/reminders');
    await page.getByRole('heading', { name: 'Reminders', level: 1 }).waitFor();
    await page
      .getByRole('group', { name: 'Daily reminder' })
      .getByRole('radio', { name: 'On' })
      .check({ force: true });
    await page.getByLabel('Time').fill('19:30');
    await page
      .getByRole('group', { name: 'Remind me again if I have not checked in' })
      .getByRole('radio', { name: 'After 60 minutes' })
      .check({ force: true });
    await page.getByLabel('Sunday').check();
    await page.getByLabel('By email').check();
    await page.getByLabel('Notifications on this device').waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Save reminders' }).click();
    await page.getByText('Saved. We will remind you at 19:30.').waitFor();
    const saved = await apiGet<{
      time: string;
      repeatAfterMinutes: number;
      quietDays: number[];
      channels: string[];
    }>(page, '/api/v1/me/reminders');
    expect(saved).toMatchObject({ time: '19:30', repeatAfterMinutes: 60, quietDays: [0] });
    expect([...saved.channels].sort()).toEqual(['email', 'in_app']);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('downloads the full data export from the report page', async () => {
    const { context, page, problems } = await signUpPatient(server, browser);
    await navigateInApp(page, '/app/report');
    await page.getByRole('heading', { name: 'Report and your data', level: 1 }).waitFor();
    await expectAccessible(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download all my data' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^backplan-export-\d{4}-\d{2}-\d{2}\.json$/);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const exported = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { exportedAt: string };
    expect(exported.exportedAt).toMatch(/^\d{4}-/);
    expect(problems).toEqual([]);
    await context.close();
  });
});
