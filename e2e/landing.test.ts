import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations, type E2eApp, launchBrowser, startAppForE2E } from './support/browser';

let server: E2eApp;
let browser: Browser;

beforeAll(async () => {
  server = await startAppForE2E();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('landing page', () => {
  it('shows the product, what it does and a way to sign in, with no accessibility violations', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await page.goto(server.baseUrl);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toContain('chronic low back pain');
    expect(await page.getByRole('link', { name: 'Sign in' }).count()).toBeGreaterThan(0);
    expect(await page.title()).toContain('BackPlan');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('is readable on a 320 px wide phone without sideways scrolling', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(server.baseUrl);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});
