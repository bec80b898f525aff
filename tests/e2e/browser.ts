import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

/** The production build of the repository itself (the seeds), served by `next start`. */
export const baseUrl = () => inject('baseUrl');
/** The fixture site (tests/e2e/fixture-site.ts): imported Hugo site, fixture and generated articles, ISR. */
export const fixtureBaseUrl = () => inject('fixtureBaseUrl');
export const fixtureSiteDir = () => inject('fixtureSiteDir');
/** The fixture site's build as it was before any test read a page of it (for pages rendered on their first request). */
export const fixturePristineDir = () => inject('fixturePristineDir');

/** The system Chromium (never a downloaded one), as CI installs it with apt-get. */
export function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) throw new Error(`No Chromium at ${executablePath}: apt-get install chromium, or set CHROME_PATH`);
  return chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

/** One browser for a test file: launched before its tests, closed after them. */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());
  return () => browser!;
}

/** A phone-sized context (readers come on phones first) that records every request leaving localhost. */
export async function newPhoneContext(browser: Browser): Promise<{ context: BrowserContext; externalRequests: string[] }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-TW' });
  const externalRequests: string[] = [];
  // This machine has no internet: answer external requests ourselves, after noting them, as a third
  // party would: with a cookie, so that a test asserting "no cookie before the press" can fail.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => {
    externalRequests.push(route.request().url());
    return route.fulfill({
      status: 200,
      contentType: 'text/html',
      headers: { 'set-cookie': 'VISITOR_INFO=tracked; Path=/; Secure; SameSite=None' },
      body: '<!doctype html><title>third party</title>',
    });
  });
  return { context, externalRequests };
}

/** What a reader sees of the main content: its text, whitespace removed so layout does not matter. */
export async function visibleText(page: Page, selector = 'main'): Promise<string> {
  return (await page.locator(selector).innerText()).replace(/\s+/g, '');
}
/** Presses Tab until `target` has the focus (at most `limit` times); the number of presses, or a failure naming where focus went. */
export async function tabTo(page: Page, target: Locator, limit = 40): Promise<number> {
  const handle = await target.elementHandle();
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((element) => document.activeElement === element, handle)) return presses;
  }
  throw new Error(
    `Tab never reached ${target} (focus ended on ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120))})`,
  );
}
