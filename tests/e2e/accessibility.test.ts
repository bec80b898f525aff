import { readdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Locator } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { baseUrl, fixtureBaseUrl, newPhoneContext, sharedBrowser, tabTo } from './browser';

/**
 * axe-core on every kind of page, in both scripts, light and dark: no serious or critical violation.
 * Then the controls a reader drives from the keyboard: the script switcher, the player (its play link
 * lives inside the srcdoc frame) and the header's search box: reached with Tab, used with Enter or
 * Space, with a focus ring one can see.
 */
const browser = sharedBrowser();
const LOCALES = ['zh-hant', 'zh-hans'] as const;
const SCHEMES = ['light', 'dark'] as const;

function videoArticleSlug(): string {
  const file = readdirSync('content/posts').find(
    (name) => name.endsWith('.md') && /\{\{[<%]\s*youtube\s/.test(readFileSync(`content/posts/${name}`, 'utf8')),
  );
  if (!file) throw new Error('no article in content/posts plays a YouTube video');
  return file.replace(/\.md$/, '');
}

/** The first link of a list page into one of its entries (a tag, a year, a company), found on the page itself. */
async function firstEntry(origin: string, locale: string, list: string): Promise<string | undefined> {
  const html = await (await fetch(`${origin}/${locale}/${list}`)).text();
  const match = new RegExp(`<main[\\s\\S]*?href="(/${locale}/${list}/[^"?#]+)"`).exec(html);
  return match?.[1];
}

type Kind = { kind: string; url: (locale: string) => Promise<string | undefined> };

const KINDS: Kind[] = [
  { kind: 'home', url: async (locale) => `${baseUrl()}/${locale}` },
  {
    kind: 'page 2 of the home list',
    url: async (locale) => {
      // The seeds fit on one page; the fixture site has enough articles for several.
      for (const origin of [baseUrl(), fixtureBaseUrl()])
        if ((await fetch(`${origin}/${locale}/page/2`)).status === 200) return `${origin}/${locale}/page/2`;
      return undefined;
    },
  },
  { kind: 'an article with a video', url: async (locale) => `${baseUrl()}/${locale}/posts/${videoArticleSlug()}` },
  // Zoomable images (links named in the page's script, even without alt text) and the share bar.
  { kind: 'an article with images', url: async (locale) => `${baseUrl()}/${locale}/posts/tsai-ai-race-commercialization-hkej` },
  // The fixture site is built with comments (tests/e2e/fixture-site.ts): their button and note.
  { kind: 'an article with comments', url: async (locale) => `${fixtureBaseUrl()}/${locale}/posts/tsai-open-source-ai-sovereignty` },
  // The imported Hugo fixture's callouts (each tone, light and dark), formulas, <video> and <audio>.
  { kind: 'an article with callouts, math and media', url: async (locale) => `${fixtureBaseUrl()}/${locale}/posts/media-and-math` },
  { kind: 'the tag index', url: async (locale) => `${baseUrl()}/${locale}/tags` },
  {
    kind: 'a tag',
    url: async (locale) => (await firstEntry(baseUrl(), locale, 'tags')) && `${baseUrl()}${await firstEntry(baseUrl(), locale, 'tags')}`,
  },
  { kind: 'the category index', url: async (locale) => `${baseUrl()}/${locale}/categories` },
  { kind: 'the archive', url: async (locale) => `${baseUrl()}/${locale}/archive` },
  {
    kind: 'a year',
    url: async (locale) =>
      (await firstEntry(baseUrl(), locale, 'archive')) && `${baseUrl()}${await firstEntry(baseUrl(), locale, 'archive')}`,
  },
  { kind: 'the company index', url: async (locale) => `${baseUrl()}/${locale}/companies` },
  {
    kind: 'a company',
    url: async (locale) =>
      (await firstEntry(baseUrl(), locale, 'companies')) && `${baseUrl()}${await firstEntry(baseUrl(), locale, 'companies')}`,
  },
  {
    kind: 'the search page',
    url: async (locale) =>
      (await fetch(`${baseUrl()}/${locale}/search?q=AI`)).status === 200 ? `${baseUrl()}/${locale}/search?q=AI` : undefined,
  },
  { kind: 'a 404 page', url: async (locale) => `${baseUrl()}/${locale}/posts/no-such-article` },
];

const cases = KINDS.flatMap((kind) => LOCALES.flatMap((locale) => SCHEMES.map((scheme) => ({ ...kind, locale, scheme }))));

describe('axe-core: no serious or critical violation', () => {
  test.each(cases)('$kind in $locale, $scheme', async ({ url, locale, scheme, kind }) => {
    const address = await url(locale);
    if (!address) {
      // Only "page 2" may be missing, and only when no site has enough articles for it.
      expect(kind).toBe('page 2 of the home list');
      return;
    }
    const { context } = await newPhoneContext(browser());
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    const response = await page.goto(address, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(kind === 'a 404 page' ? 404 : 200);
    const { violations } = await new AxeBuilder({ page }).analyze();
    const serious = violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({
        rule: violation.id,
        impact: violation.impact,
        help: violation.help,
        nodes: violation.nodes.slice(0, 5).map((node) => `${node.target.join(' ')}: ${node.failureSummary?.split('\n')[1]?.trim() ?? ''}`),
      }));
    expect(serious).toEqual([]);
    await context.close();
  });
});

/** Whether the focused element shows a ring: an outline or a box shadow, as computed on :focus-visible. */
async function focusRing(locator: Locator): Promise<{ visible: boolean; style: string }> {
  return locator.evaluate((element) => {
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    return {
      visible: element.matches(':focus-visible') && (outline || shadow),
      style: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} / ${style.boxShadow}`,
    };
  });
}

describe('from the keyboard, with a visible focus ring', () => {
  test.each(LOCALES)('the script switcher (%s): Tab reaches it, Enter switches the page to the other script', async (locale) => {
    const { context } = await newPhoneContext(browser());
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/${locale}/tags`, { waitUntil: 'networkidle' });
    const other = locale === 'zh-hant' ? 'zh-hans' : 'zh-hant';
    const switcher = page.locator(`header a[href^="/${other}"][title]`);
    await tabTo(page, switcher);
    expect(await focusRing(switcher)).toMatchObject({ visible: true });
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl()}/${other}/tags`);
    expect(await page.locator('html').getAttribute('lang')).toBe(other === 'zh-hant' ? 'zh-Hant' : 'zh-Hans');
    await context.close();
  });

  test('the player: Tab goes into the frame to the play link, which shows its ring; Enter plays', async () => {
    const { context } = await newPhoneContext(browser());
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/zh-hant/posts/${videoArticleSlug()}`, { waitUntil: 'networkidle' });
    const frameElement = page.locator('figure iframe').first();
    await frameElement.scrollIntoViewIfNeeded();
    await expect.poll(async () => (await frameElement.contentFrame())?.locator('a').count()).toBe(1);
    const frame = (await frameElement.elementHandle())!;
    // Tab until the focus is inside the frame: the play link is the frame's only stop.
    let presses = 0;
    while (!(await page.evaluate((element) => document.activeElement === element, frame))) {
      if (++presses > 60) throw new Error('Tab never entered the player');
      await page.keyboard.press('Tab');
    }
    const playLink = (await frameElement.contentFrame())!.locator('a');
    expect(await playLink.evaluate((link) => document.activeElement === link)).toBe(true);
    // The ring is drawn on the link's label (the srcdoc's own style sheet).
    const ring = await playLink.locator('span').evaluate((span) => {
      const style = getComputedStyle(span);
      return { focusVisible: span.closest('a')!.matches(':focus-visible'), outline: `${style.outlineStyle} ${style.outlineWidth}` };
    });
    expect(ring.focusVisible).toBe(true);
    expect(ring.outline).toMatch(/^solid [1-9]/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.frames().some((child) => child.url().startsWith('https://www.youtube-nocookie.com/embed/'))).toBe(true);
    await context.close();
  });

  test.each(LOCALES)('the search box (%s): Tab reaches it, typing and Enter search; the button works with Space', async (locale) => {
    const { context } = await newPhoneContext(browser());
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/${locale}`, { waitUntil: 'networkidle' });
    const box = page.locator('header input[type="search"]');
    await tabTo(page, box);
    expect(await focusRing(box)).toMatchObject({ visible: true });
    await page.keyboard.type('AI');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === `/${locale}/search` && url.searchParams.get('q') === 'AI');

    await page.goto(`${baseUrl()}/${locale}`, { waitUntil: 'networkidle' });
    await tabTo(page, page.locator('header input[type="search"]'));
    await page.keyboard.type('開源');
    const button = page.locator('header form[role="search"] button');
    await page.keyboard.press('Tab');
    expect(await button.evaluate((element) => document.activeElement === element)).toBe(true);
    expect(await focusRing(button)).toMatchObject({ visible: true });
    await page.keyboard.press('Space');
    await page.waitForURL((url) => url.pathname === `/${locale}/search` && url.searchParams.get('q') === '開源');
    await context.close();
  });
});
