import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pdfPages } from '../packages/server/src/modules/reports/pdf-text.test-support';
import {
  answerIntake,
  apiGet,
  expectAccessible,
  expectHeading,
  navigateInApp,
  signUpPatient,
  useWednesdayApp,
} from './patient-support';

/** Runs as on the most recent Wednesday, a session day, so the session is there whatever today is. */
const app = useWednesdayApp();

/** Earlier diary days, posted through the API as the phone would have, so a 7-day mean exists. */
async function seedEarlierCheckIns(page: Page, pain: number, days: number): Promise<void> {
  await page.evaluate(
    async ({ pain, days }) => {
      const csrf = document.cookie
        .split('; ')
        .find((part) => part.startsWith('bp_csrf=') || part.startsWith('__Host-bp_csrf='))
        ?.split('=')[1];
      for (let back = days; back >= 1; back -= 1) {
        const date = new Date();
        date.setDate(date.getDate() - back);
        const day = date.toLocaleDateString('en-CA');
        const response = await fetch('/api/v1/me/check-ins', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': csrf ?? '' },
          body: JSON.stringify({
            day,
            pain,
            sleepQuality: 5,
            mood: 5,
            activityMinutes: 20,
            sideEffects: [],
            flare: false,
            newBladderBowelSaddleSymptoms: null,
            idempotencyKey: crypto.randomUUID(),
            clientRecordedAt: `${day}T20:00:00.000Z`,
          }),
        });
        if (!response.ok) throw new Error(`seeding ${day} failed: ${response.status}`);
      }
    },
    { pain, days },
  );
}

async function checkIn(page: Page, pain: number): Promise<void> {
  await navigateInApp(page, '/app/check-in');
  await page.getByRole('heading', { name: 'Daily check-in', level: 1 }).waitFor();
  const group = (name: string | RegExp) => page.getByRole('group', { name });
  await group(/back pain been over the last 24 hours/)
    .getByRole('radio', { name: String(pain), exact: true })
    .check({ force: true });
  await group('How well did you sleep last night?')
    .getByRole('radio', { name: '6', exact: true })
    .check({ force: true });
  await group('How has your mood been today?')
    .getByRole('radio', { name: '7', exact: true })
    .check({ force: true });
  await page.getByLabel('Minutes of activity today').fill('30');
  await page.getByLabel('Sleepy or drowsy').check();
  await group('Are you having a flare-up?').getByRole('radio', { name: 'No' }).check({ force: true });
  const weekly = group(/new problems passing urine/);
  if ((await weekly.count()) > 0) await weekly.getByRole('radio', { name: 'No' }).check({ force: true });
  await page.getByRole('button', { name: 'Save my check-in' }).click();
}

/** Plays every exercise of today's session: counts a rep, rates pain 2, marks it done. */
async function completeSession(page: Page): Promise<number> {
  await page.getByRole('link', { name: 'Start today’s exercises' }).click();
  await page.getByRole('button', { name: /^STOP/ }).waitFor();
  await expectAccessible(page);
  let played = 0;
  for (let guard = 0; guard < 25; guard += 1) {
    if ((await page.getByRole('heading', { name: 'Session finished', level: 1 }).count()) > 0) break;
    const progress = (await page.locator('.session-progress').textContent()) ?? '';
    const counter = page.getByRole('button', { name: 'Count one' });
    if ((await counter.count()) > 0) await counter.click();
    await page
      .getByRole('group', { name: 'Pain during this exercise' })
      .getByRole('radio', { name: '2', exact: true })
      .check({ force: true });
    await page
      .getByRole('group', { name: 'How did it go?' })
      .getByRole('radio', { name: 'Done' })
      .check({ force: true });
    await page.getByRole('button', { name: 'Next' }).click();
    played += 1;
    await page.waitForFunction(
      (before) => document.querySelector('.session-progress')?.textContent !== before,
      progress,
    );
  }
  await page.getByText('Saved.', { exact: true }).waitFor();
  return played;
}

describe('the patient journey', () => {
  it('signs up, does the intake, sees the plan, completes a session, checks in online and offline, sees progress and reads the PDF', async () => {
    const { context, page, problems } = await signUpPatient(app.server, app.browser, {
      daysBack: app.daysBack,
    });

    // From the account page the header leads to the patient app; with no plan yet, Today offers
    // onboarding (what BackPlan is and is not) and the check-up.
    await page.getByRole('link', { name: 'My plan' }).first().click();
    await page.getByRole('heading', { name: 'Let’s make your plan' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'What BackPlan is, and joining a clinic' }).click();
    await expectHeading(page, 'Welcome to BackPlan');
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Start my check-up' }).click();
    await answerIntake(page, { defaultScale: 6 });
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Send my answers' }).click();
    await page.getByRole('heading', { name: 'Your check-up is done', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Your plan is ready' }).waitFor();
    await expectAccessible(page);

    // Today shows the plan; the session player runs every exercise.
    await page.getByRole('link', { name: 'See today’s plan' }).click();
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
    await expectAccessible(page);
    const day = await page.evaluate(() => new Date().toLocaleDateString('en-CA'));
    const today = await apiGet<{ session: { isSessionDay: boolean; exercises: unknown[] } | null }>(
      page,
      `/api/v1/me/today?date=${day}`,
    );
    expect(today.session?.isSessionDay).toBe(true);
    const played = await completeSession(page);
    expect(played).toBe(today.session?.exercises.length);
    const logged = await apiGet<{ session: { loggedSessionId: string | null } | null }>(
      page,
      `/api/v1/me/today?date=${day}`,
    );
    expect(logged.session?.loggedSessionId).not.toBeNull();

    // Progress with four earlier diary days (pain 6), then today's check-in online.
    await seedEarlierCheckIns(page, 6, 4);
    await navigateInApp(page, '/app/progress');
    await page.getByRole('heading', { name: 'Your progress', level: 1 }).waitFor();
    await expectAccessible(page);
    const before = await page.locator('.trend-chart').first().locator('.chart-summary').textContent();
    await checkIn(page, 5);
    await page.getByText('Saved. Thank you.').waitFor();

    // Offline: a second check-in for today waits on the phone, then syncs without a duplicate.
    await context.setOffline(true);
    await checkIn(page, 3);
    await page.getByText('Saved on this phone — will sync when you are back online.').waitFor();
    await context.setOffline(false);
    await page.getByText('All saved.').waitFor();
    const { checkIns } = await apiGet<{ checkIns: { day: string; pain: number; sideEffects: string[] }[] }>(
      page,
      '/api/v1/me/check-ins',
    );
    const todays = checkIns.filter((row) => row.day === day);
    expect(checkIns).toHaveLength(5);
    expect(todays).toHaveLength(1);
    expect(todays[0]).toMatchObject({ pain: 3, sideEffects: ['drowsiness'] });

    // The chart has changed: the 7-day mean now includes today, (4 × 6 + 3) / 5 = 5.4.
    await navigateInApp(page, '/app/progress');
    await page.getByRole('heading', { name: 'Your progress', level: 1 }).waitFor();
    const after = await page.locator('.trend-chart').first().locator('.chart-summary').textContent();
    expect(after).not.toBe(before);
    expect(before).toContain('to 6.0');
    expect(after).toContain('to 5.4');
    await expectAccessible(page);

    // The one-page report for the doctor: download it and read its text.
    await navigateInApp(page, '/app/report');
    await page.getByRole('heading', { name: 'Report and your data', level: 1 }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download the report (PDF)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^backplan-report-\d{4}-\d{2}-\d{2}\.pdf$/);
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    const pages = await pdfPages(Buffer.concat(chunks));
    expect(pages).toHaveLength(1);
    for (const fact of [
      'BackPlan report',
      'Pain: 7-day average',
      'Step 1: exercise, learning and self-care',
    ]) {
      expect(pages[0]).toContain(fact);
    }
    expect(pages[0]).toContain('Pain now (7-day average): 5.4');
    // While offline, the refused requests themselves are the only errors allowed.
    expect(problems.filter((problem) => !problem.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
    await context.close();
  });
});
