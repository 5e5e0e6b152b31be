import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  answerIntake,
  expectAccessible,
  heading,
  navigateInApp,
  signUpPatient,
  useWednesdayApp,
} from './patient-support';

/** Runs as on the most recent Wednesday, a session day (see patient-support.ts). */
const app = useWednesdayApp();

interface CheckInRow {
  readonly day: string;
  readonly pain: number;
  readonly idempotencyKey: string;
}

/** The patient's check-ins as the server holds them, read with the page's own session. */
async function serverCheckIns(page: Page): Promise<CheckInRow[]> {
  return await page.evaluate(async () => {
    const response = await fetch('/api/v1/me/check-ins');
    return ((await response.json()) as { checkIns: CheckInRow[] }).checkIns;
  });
}

async function fillCheckIn(page: Page, pain: number): Promise<void> {
  await navigateInApp(page, '/app/check-in');
  await page.getByRole('heading', { name: 'Daily check-in', level: 1 }).waitFor();
  const group = (name: string) => page.getByRole('group', { name });
  await group('How bad has your back pain been over the last 24 hours, on average?')
    .getByRole('radio', { name: String(pain), exact: true })
    .check({ force: true });
  await group('How well did you sleep last night?')
    .getByRole('radio', { name: '6', exact: true })
    .check({ force: true });
  await group('How has your mood been today?')
    .getByRole('radio', { name: '7', exact: true })
    .check({ force: true });
  await page.getByLabel('Minutes of activity today').fill('25');
  await group('Are you having a flare-up?').getByRole('radio', { name: 'No' }).check({ force: true });
  // The weekly bladder/bowel/saddle question appears on the day the server says it is due.
  const weekly = page.getByRole('group', { name: /new problems passing urine/ });
  if ((await weekly.count()) > 0) await weekly.getByRole('radio', { name: 'No' }).check({ force: true });
  await page.getByRole('button', { name: 'Save my check-in' }).click();
}

describe('patient app offline', () => {
  it('queues a check-in made offline, syncs it on reconnect, and a lost response never duplicates', async () => {
    const { context, page, problems } = await signUpPatient(app.server, app.browser, {
      daysBack: app.daysBack,
    });
    await navigateInApp(page, '/app/check-in');
    await page.locator('.patient-app').waitFor();

    // Online: saved straight away.
    await fillCheckIn(page, 6);
    await page.getByText('Saved. Thank you.').waitFor();
    expect((await serverCheckIns(page)).map((row) => row.pain)).toEqual([6]);

    // Offline: saved on the phone, shown as waiting, nothing reaches the server.
    await context.setOffline(true);
    await fillCheckIn(page, 4);
    await page.getByText('Saved on this phone — will sync when you are back online.').waitFor();
    await page.getByText('Saved on this phone — will sync (1 item waiting).').waitFor();
    await expectAccessible(page);

    // Back online: the outbox sends it; the later check-in replaces the earlier one for the day.
    await context.setOffline(false);
    await page.getByText('All saved.').waitFor();
    const afterSync = await serverCheckIns(page);
    expect(afterSync.map((row) => row.pain)).toEqual([4]);

    // A response lost on the way back: the server stored it, the phone retries with the same key.
    let dropped = 0;
    await page.route('**/api/v1/me/check-ins', async (route) => {
      if (route.request().method() === 'POST' && dropped === 0) {
        dropped += 1;
        await route.fetch();
        await route.abort('connectionreset');
        return;
      }
      await route.continue();
    });
    const replies: { replayed: boolean }[] = [];
    page.on('response', async (response) => {
      if (response.request().method() === 'POST' && response.url().endsWith('/api/v1/me/check-ins')) {
        replies.push((await response.json()) as { replayed: boolean });
      }
    });
    await fillCheckIn(page, 3);
    // The phone never heard back, so it says the check-in is waiting, then retries with the same key.
    await page.getByText('Saved on this phone — will sync when you are back online.').waitFor();
    await expect.poll(async () => (await serverCheckIns(page))[0]?.pain, { timeout: 20_000 }).toBe(3);
    await page.getByText('All saved.').waitFor();
    await expect.poll(async () => await page.locator('.sync-waiting').count()).toBe(0);
    const afterReplay = await serverCheckIns(page);
    expect(dropped).toBe(1);
    // The retry reached the server and was recognised as the same record.
    expect(replies.map((reply) => reply.replayed)).toEqual([true]);
    expect(afterReplay).toHaveLength(1);
    expect(afterReplay[0]?.pain).toBe(3);
    expect(problems.filter((problem) => !problem.includes('net::ERR_'))).toEqual([]);
    await context.close();
  });

  it('opens with no network once installed: the service worker serves the app shell', async () => {
    const { context, page, problems } = await signUpPatient(app.server, app.browser, {
      daysBack: app.daysBack,
    });
    await navigateInApp(page, '/app/learn');
    await page.getByRole('heading', { name: 'Learn', level: 1 }).waitFor();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // The first load is not controlled yet; reload once so the worker serves this page.
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await context.setOffline(true);
    await page.goto(`${app.server.baseUrl}/app/learn/relaxation/relax-breathing`);
    expect(await heading(page)).not.toBe('');
    await page.getByRole('button', { name: 'Begin' }).waitFor();
    // Offline, the only errors are the refused network calls themselves.
    expect(problems.filter((problem) => !problem.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
    await context.setOffline(false);
    await context.close();
  });

  it('opens today’s plan offline from the phone, plays the session offline and syncs its log once', async () => {
    const { context, page, problems } = await signUpPatient(app.server, app.browser, {
      daysBack: app.daysBack,
    });
    await navigateInApp(page, '/app/intake');
    await answerIntake(page);
    await page.getByRole('button', { name: 'Send my answers' }).click();
    await page.getByRole('link', { name: 'See today’s plan' }).click();
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.getByRole('link', { name: 'Start today’s exercises' }).waitFor();

    // No network at all: a fresh load of Today comes from the service worker and the phone's copy.
    await context.setOffline(true);
    await page.goto(`${app.server.baseUrl}/app/today`);
    await page.getByText(/You are offline\. This is what was saved on this phone/).waitFor();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Start today’s exercises' }).click();
    for (let guard = 0; guard < 25; guard += 1) {
      if ((await page.getByRole('heading', { name: 'Session finished', level: 1 }).count()) > 0) break;
      const progress = (await page.locator('.session-progress').textContent()) ?? '';
      await page
        .getByRole('group', { name: 'How did it go?' })
        .getByRole('radio', { name: 'Done' })
        .check({ force: true });
      await page.getByRole('button', { name: 'Next' }).click();
      await page.waitForFunction(
        (before) => document.querySelector('.session-progress')?.textContent !== before,
        progress,
      );
    }
    await page.getByText('Saved on this phone — will sync when you are back online.').waitFor();
    await page.getByRole('link', { name: 'Back to today' }).click();
    await page.getByText('Done for today. Saved on this phone — will sync.').waitFor();

    await context.setOffline(false);
    await page.getByText('All saved.').waitFor();
    const day = await page.evaluate(() => new Date().toLocaleDateString('en-CA'));
    const today = await page.evaluate(
      async (date) =>
        (await (await fetch(`/api/v1/me/today?date=${date}`)).json()) as {
          session: { loggedSessionId: string | null };
        },
      day,
    );
    expect(today.session.loggedSessionId).not.toBeNull();
    // Exactly one session log for the day: the full export lists every stored row.
    const exported = await page.evaluate(
      async () =>
        (await (await fetch('/api/v1/me/export')).json()) as { records: Record<string, { day: string }[]> },
    );
    const logsKey = Object.keys(exported.records).find((name) => /session.?logs/i.test(name)) ?? '';
    expect(exported.records[logsKey]?.filter((row) => row.day === day)).toHaveLength(1);
    expect(problems.filter((problem) => !problem.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
    await context.close();
  });
});
