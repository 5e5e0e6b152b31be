import { describe, expect, it } from 'vitest';
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

describe('patient safety paths', () => {
  it('stops the intake on an emergency red flag with a clear "what to do now" screen', async () => {
    const { context, page, problems } = await signUpPatient(app.server, app.browser, {
      daysBack: app.daysBack,
    });
    await navigateInApp(page, '/app/intake');
    await page.getByRole('button', { name: 'Begin' }).click();
    // The first safety question is a cauda equina feature (clinical.md §4.1).
    await page
      .getByRole('group', { name: /newly hard to start passing urine/ })
      .getByRole('radio', { name: 'Yes' })
      .check({ force: true });
    await page.getByRole('button', { name: 'Next' }).click();
    await expectHeading(page, 'Get emergency help now');
    await page.getByText('Go to the nearest emergency department now.').waitFor();
    await page.getByText(/call emergency services/).waitFor();
    await expectAccessible(page);
    // The wizard does not continue: no question follows the stop.
    expect(await page.locator('.intake-screen').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows crisis resources when PHQ-9 item 9 is above 0, and the server flags it for the clinician', async () => {
    const { context, page, problems } = await signUpPatient(app.server, app.browser, {
      daysBack: app.daysBack,
    });
    await navigateInApp(page, '/app/intake');
    const moodPositive = (question: string) => {
      if (question.startsWith('Little interest') || question.startsWith('Feeling down'))
        return 'More than half the days';
      if (question.startsWith('Thoughts that you would be better off dead')) return 'Several days';
      return undefined;
    };
    await answerIntake(page, {
      answerFor: moodPositive,
      stopAt: 'Thoughts that you would be better off dead',
    });
    await page
      .getByRole('group', { name: /better off dead/ })
      .getByRole('radio', { name: 'Several days' })
      .check({ force: true });
    await page.getByRole('button', { name: 'Next' }).click();
    await expectHeading(page, 'You do not have to face this alone');
    await page.getByText('In the US: call or text 988 (Suicide and Crisis Lifeline).').waitFor();
    await page.getByText(/Samaritans on 116 123/).waitFor();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Carry on with the check-up' }).click();
    await answerIntake(page, { answerFor: moodPositive });
    await page.getByRole('button', { name: 'Send my answers' }).click();
    await page.getByRole('heading', { name: 'Your check-up is done', level: 1 }).waitFor();
    const { assessment } = await apiGet<{ assessment: { selfHarmSafetyFlag: boolean } }>(
      page,
      '/api/v1/me/assessment',
    );
    expect(assessment.selfHarmSafetyFlag).toBe(true);
    await expectAccessible(page);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('sends a weekly bladder, bowel or saddle "yes" to the emergency screen and tells the care team', async () => {
    const { context, page, problems } = await signUpPatient(app.server, app.browser, {
      daysBack: app.daysBack,
    });
    await navigateInApp(page, '/app/intake');
    await answerIntake(page);
    await page.getByRole('button', { name: 'Send my answers' }).click();
    await page.getByRole('heading', { name: 'Your check-up is done', level: 1 }).waitFor();

    await navigateInApp(page, '/app/check-in');
    await page.getByRole('heading', { name: 'Daily check-in', level: 1 }).waitFor();
    // Asked when no weekly answer was given in the last 7 days: always, for a new patient.
    const weekly = page.getByRole('group', { name: /new problems passing urine/ });
    const group = (name: RegExp) => page.getByRole('group', { name });
    await group(/back pain been over the last 24 hours/)
      .getByRole('radio', { name: '4', exact: true })
      .check({ force: true });
    await group(/sleep last night/)
      .getByRole('radio', { name: '5', exact: true })
      .check({ force: true });
    await group(/mood been today/)
      .getByRole('radio', { name: '5', exact: true })
      .check({ force: true });
    await group(/having a flare-up/)
      .getByRole('radio', { name: 'No' })
      .check({ force: true });
    await weekly.getByRole('radio', { name: 'Yes' }).check({ force: true });
    await page.getByRole('button', { name: 'Save my check-in' }).click();
    await expectHeading(page, 'Get emergency help now');
    await page.getByText('Your care team has been told.').waitFor();
    await expectAccessible(page);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('ends a session at once with STOP and says what to do', async () => {
    const { context, page, problems } = await signUpPatient(app.server, app.browser, {
      daysBack: app.daysBack,
    });
    await navigateInApp(page, '/app/intake');
    await answerIntake(page);
    await page.getByRole('button', { name: 'Send my answers' }).click();
    await page.getByRole('link', { name: 'See today’s plan' }).click();
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Start today’s exercises' }).click();
    await page.getByRole('button', { name: /^STOP/ }).click();
    await expectHeading(page, 'Stop exercising for today');
    await page.getByText('Go to an emergency department now if').waitFor();
    await page.getByText('Contact your doctor or care team today if').waitFor();
    await page.getByText('Saved.', { exact: true }).waitFor();
    await expectAccessible(page);
    expect(problems).toEqual([]);
    await context.close();
  });
});
