import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { converterFrom } from '@/lib/text/chinese/convert';
import type { StoredArticle } from '@/lib/outputs/store/contract';
import { baseUrl, newPhoneContext, sharedBrowser } from './browser';

const browser = sharedBrowser();
let context: BrowserContext;
beforeAll(async () => {
  ({ context } = await newPhoneContext(browser()));
});

/** Every published article of the build, with its title, plain text and tags in both scripts (as readers get them). */
const articles = readdirSync('public/_store/articles').map((file) => {
  const stored = JSON.parse(readFileSync(path.join('public/_store/articles', file), 'utf8')) as StoredArticle;
  const own = stored.html.replace(/<pre[\s\S]*?<\/pre>/g, ' ').replace(/<[^>]+>/g, ' ');
  const converted = converterFrom(stored.source, stored.vocabulary)(own);
  const [hant, hans] = stored.source.script === 'zh-Hant' ? [own, converted] : [converted, own];
  const tags = (script: 'hant' | 'hans') => stored.tags.map((tag) => tag.name[script]).join(' ');
  return {
    slug: stored.slug,
    title: stored.title,
    text: { hant: `${stored.title.hant} ${hant} ${tags('hant')}`, hans: `${stored.title.hans} ${hans} ${tags('hans')}` },
  };
});

/** The slugs whose text, in either script, contains one of these spellings (a query's Traditional and Simplified forms). */
const containing = (...spellings: (string | RegExp)[]) =>
  articles
    .filter(({ text }) =>
      spellings.some((spelling) =>
        [text.hant, text.hans].some((t) => (typeof spelling === 'string' ? t.includes(spelling) : spelling.test(t))),
      ),
    )
    .map(({ slug }) => slug)
    .sort();

const resultSlugs = async (page: Page) =>
  (await page.locator('main ol li h2 a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!)))
    .map((href) => href.split('/').pop()!)
    .sort();

/** The search page for a query, once its results are announced. */
async function searchFor(locale: 'zh-hant' | 'zh-hans', query: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${baseUrl()}/${locale}/search?q=${encodeURIComponent(query)}`);
  await page.locator('[role="status"]', { hasText: query }).waitFor();
  return page;
}

describe.each([
  { locale: 'zh-hant', query: '主权', script: 'hant', mark: '主權' },
  { locale: 'zh-hans', query: '主權', script: 'hans', mark: '主权' },
] as const)('$locale, searching in the other script ($query)', ({ locale, query, script, mark }) => {
  test('lists every article containing it, titles and marked snippets in the page script', async () => {
    const expected = containing('主權', '主权');
    expect(expected).toContain('tsai-open-source-ai-sovereignty');
    const page = await searchFor(locale, query);
    expect(await resultSlugs(page)).toEqual(expected);
    expect(await page.getByRole('status').innerText()).toContain(String(expected.length));

    const article = articles.find(({ slug }) => slug === 'tsai-open-source-ai-sovereignty')!;
    const item = page.locator('main ol li', { has: page.locator(`a[href="/${locale}/posts/tsai-open-source-ai-sovereignty"]`) });
    expect(await item.locator('h2').innerText()).toBe(article.title[script]);
    expect(await item.locator('p mark').allInnerTexts()).toContain(mark);
    await page.close();
  });
});

test('a Latin word, in any case', async () => {
  const expected = containing(/\bnvidia/i);
  expect(expected.length).toBeGreaterThan(0);
  for (const query of ['NVIDIA', 'nvidia']) {
    const page = await searchFor('zh-hans', query);
    expect(await resultSlugs(page)).toEqual(expected);
    expect((await page.locator('main ol mark').allInnerTexts()).every((text) => text.toLowerCase() === 'nvidia')).toBe(true);
    await page.close();
  }
});

test('a query nothing matches says so', async () => {
  const page = await searchFor('zh-hant', '量子電腦');
  expect(await page.getByRole('status').innerText()).toBe('找不到符合「量子電腦」的文章。');
  expect(await page.locator('main ol').count()).toBe(0);
  await page.close();
});

test('keyboard: Tab to the search box, type, Enter, Tab to the first result', async () => {
  const expected = containing(/\balibaba/i);
  expect(expected.length).toBeGreaterThan(0);
  const page = await context.newPage();
  await page.goto(`${baseUrl()}/zh-hant/search`);
  const focusedId = () => page.evaluate(() => document.activeElement?.id);
  for (let presses = 0; presses < 30 && (await focusedId()) !== 'search-query'; presses++) await page.keyboard.press('Tab');
  expect(await focusedId()).toBe('search-query');
  expect(await page.getByRole('searchbox', { name: '搜尋文章' }).last().getAttribute('id')).toBe('search-query');

  await page.keyboard.type('Alibaba');
  await page.keyboard.press('Enter');
  await page.locator('[role="status"]', { hasText: 'Alibaba' }).waitFor();
  expect(new URL(page.url()).searchParams.get('q')).toBe('Alibaba');
  expect(await resultSlugs(page)).toEqual(expected);
  expect(await focusedId()).toBe('search-query');

  const firstResult = await page.locator('main ol li h2 a').first().getAttribute('href');
  const focusedHref = () => page.evaluate(() => document.activeElement?.getAttribute('href'));
  for (let presses = 0; presses < 5 && (await focusedHref()) !== firstResult; presses++) await page.keyboard.press('Tab');
  expect(await focusedHref()).toBe(firstResult);
  await page.keyboard.press('Enter');
  await page.waitForURL(`${baseUrl()}${firstResult}`);
  await page.close();
});

test('only the search page loads the search code', async () => {
  const loadsSearch = async (pathname: string) => {
    const html = await (await fetch(`${baseUrl()}${pathname}`)).text();
    const scripts = [...html.matchAll(/<script src="([^"]+)"/g)].map((match) => match[1]);
    const sources = await Promise.all(scripts.map(async (src) => (await fetch(new URL(src, baseUrl()))).text()));
    return sources.some((source) => source.includes('/_search'));
  };
  expect(await loadsSearch('/zh-hant/search')).toBe(true);
  expect(await loadsSearch('/zh-hant')).toBe(false);
  expect(await loadsSearch('/zh-hans/posts/tsai-open-source-ai-sovereignty')).toBe(false);
  expect(await loadsSearch('/zh-hant/tags')).toBe(false);
});

test('the index is served as static files, and the page works as a plain form without JavaScript', async () => {
  const manifest = await fetch(`${baseUrl()}/_search/manifest.json`);
  expect(manifest.status).toBe(200);
  expect((await manifest.json()).n).toBe(articles.length);
  const html = await (await fetch(`${baseUrl()}/zh-hant/search`)).text();
  expect(html).toMatch(/<form[^>]*action="\/zh-hant\/search"/);
  expect(html).toContain('<noscript>');
  expect(html).toContain('搜尋需要 JavaScript');
});
