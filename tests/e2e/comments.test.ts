import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { baseUrl, fixtureBaseUrl, fixtureSiteDir, newPhoneContext, sharedBrowser, tabTo } from './browser';
import { FIXTURE_GISCUS } from './fixture-site';

/**
 * Comments (giscus): nothing from giscus or GitHub before the reader asks; then one frame whose request
 * names the repository, the article's one thread for both scripts, the page's language and theme; the
 * theme follows the switch. The fixture site is built with GISCUS_* set, the seeds site without.
 */
const browser = sharedBrowser();
const SLUG = 'tsai-open-source-ai-sovereignty';

const LOCALES = [
  { locale: 'zh-hant', lang: 'zh-TW', show: '顯示留言', heading: '留言', switchLabel: '外觀', system: 'light' },
  { locale: 'zh-hans', lang: 'zh-CN', show: '显示留言', heading: '留言', switchLabel: '外观', system: 'dark' },
] as const;

type Received = { origin: string; data: unknown };

/**
 * giscus.app answered here: records each widget request, and stands in for the widget itself, which asks
 * the page for a height and notes every message the page sends it.
 */
async function fakeGiscus(context: BrowserContext): Promise<URL[]> {
  const requests: URL[] = [];
  await context.route(/^https:\/\/giscus\.app\//, (route) => {
    requests.push(new URL(route.request().url()));
    return route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>giscus</title><p>comments</p><script>
        window.received = [];
        addEventListener('message', (event) => received.push({ origin: event.origin, data: event.data }));
        parent.postMessage({ giscus: { resizeHeight: 321 } }, '*');
      </script>`,
    });
  });
  return requests;
}

const received = async (page: Page): Promise<Received[]> => {
  const frame = page.frames().find((child) => child.url().startsWith('https://giscus.app/'));
  return frame ? frame.evaluate(() => (window as unknown as { received: Received[] }).received) : [];
};

describe.each(LOCALES)('comments ($locale)', ({ locale, lang, show, heading, switchLabel, system }) => {
  test('load only on request, with the article’s thread, the page’s language and theme; the theme follows the switch', async () => {
    const { context, externalRequests } = await newPhoneContext(browser());
    const requests = await fakeGiscus(context);
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: system });
    const response = await page.goto(`${fixtureBaseUrl()}/${locale}/posts/${SLUG}`, { waitUntil: 'networkidle' });
    expect(await page.getByRole('heading', { name: heading, exact: true }).count()).toBe(1);
    const button = page.getByRole('button', { name: show });
    expect(await button.isVisible()).toBe(true);
    // Before the press: nothing from giscus or GitHub, and no frame of theirs.
    expect(requests).toEqual([]);
    expect(externalRequests.filter((url) => /giscus|github/.test(url))).toEqual([]);
    expect(page.frames().filter((frame) => /giscus/.test(frame.url()))).toEqual([]);
    // The policy admits giscus's frame, and nothing else of it.
    const policy = response!.headers()['content-security-policy'];
    expect(policy).toMatch(/frame-src [^;]*https:\/\/giscus\.app/);
    expect(policy.split('; ').filter((directive) => directive.includes('giscus'))).toEqual([expect.stringMatching(/^frame-src /)]);

    await tabTo(page, button, 200);
    await page.keyboard.press('Enter');
    await expect.poll(() => requests.length).toBe(1);
    const [widget] = requests;
    expect(`${widget.origin}${widget.pathname}`).toBe(`https://giscus.app/${lang}/widget`);
    expect(Object.fromEntries(widget.searchParams)).toMatchObject({
      repo: FIXTURE_GISCUS.GISCUS_REPO,
      repoId: FIXTURE_GISCUS.GISCUS_REPO_ID,
      category: FIXTURE_GISCUS.GISCUS_CATEGORY,
      categoryId: FIXTURE_GISCUS.GISCUS_CATEGORY_ID,
      // One thread per article for both scripts: the slug, not the path.
      term: SLUG,
      strict: '1',
      theme: system,
      origin: `${fixtureBaseUrl()}/${locale}/posts/${SLUG}`,
      session: '',
    });
    expect(widget.searchParams.get('description')).toBeTruthy();

    // The frame replaces the button, is named, and takes the height giscus asks for.
    const frame = page.locator('iframe[src^="https://giscus.app/"]');
    expect(await frame.getAttribute('title')).toBe(heading);
    await expect.poll(() => frame.evaluate((element) => element.getBoundingClientRect().height)).toBe(321);
    expect(await button.count()).toBe(0);

    // The reader switches the theme: giscus is told, by a message to its origin only.
    const other = system === 'light' ? 'dark' : 'light';
    await page.getByRole('combobox', { name: switchLabel }).selectOption(other);
    await expect.poll(() => received(page)).toEqual([{ origin: fixtureBaseUrl(), data: { giscus: { setConfig: { theme: other } } } }]);
    await context.close();
  });
});

test('both scripts ask giscus for the same thread', async () => {
  const { context } = await newPhoneContext(browser());
  const requests = await fakeGiscus(context);
  const page = await context.newPage();
  for (const { locale, show } of LOCALES) {
    await page.goto(`${fixtureBaseUrl()}/${locale}/posts/${SLUG}`, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: show }).click();
    await expect.poll(() => requests.length).toBe(locale === 'zh-hant' ? 1 : 2);
  }
  expect(requests.map((url) => url.searchParams.get('term'))).toEqual([SLUG, SLUG]);
  expect(requests.map((url) => url.pathname)).toEqual(['/zh-TW/widget', '/zh-CN/widget']);
  await context.close();
});

test('a pre-rendered article of the fixture site has the button too: the settings reached the build', async () => {
  const home = await (await fetch(`${fixtureBaseUrl()}/zh-hant`)).text();
  const newest = /href="(\/zh-hant\/posts\/[^"]+)"/.exec(home)![1];
  // The page as the build wrote it, not as a request would render it now.
  const built = readFileSync(path.join(fixtureSiteDir(), '.next/server/app', `${newest}.html`), 'utf8');
  expect(built).toContain('顯示留言');
  expect(built).toContain(FIXTURE_GISCUS.GISCUS_REPO_ID);
});

test('a site that sets no repository shows no comments, and its policy admits no giscus frame', async () => {
  const { context, externalRequests } = await newPhoneContext(browser());
  const page = await context.newPage();
  const response = await page.goto(`${baseUrl()}/zh-hant/posts/${SLUG}`, { waitUntil: 'networkidle' });
  expect(await page.getByRole('heading', { name: '留言', exact: true }).count()).toBe(0);
  expect(await page.getByRole('button', { name: '顯示留言' }).count()).toBe(0);
  expect(await page.locator('main').innerText()).not.toContain('giscus');
  expect(response!.headers()['content-security-policy']).not.toContain('giscus');
  expect(externalRequests.filter((url) => /giscus|github/.test(url))).toEqual([]);
  await context.close();
});
