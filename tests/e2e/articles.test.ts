import type { BrowserContext } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { converterFrom } from '@/lib/text/chinese/convert';
import { sourceScriptOf } from '@/lib/content/field-values';
import type { StoredSite } from '@/lib/outputs/store/contract';
import { readerFragments, readSeed, SEED_ARTICLES } from '../seeds';
import { baseUrl, newPhoneContext, sharedBrowser, visibleText } from './browser';

const browser = sharedBrowser();
const withoutQuotes = (text: string) => text.replace(/[「」『』“”‘’"']/g, '');
let context: BrowserContext;
beforeAll(async () => {
  ({ context } = await newPhoneContext(browser()));
});

describe.each(SEED_ARTICLES)('seed $seed', ({ seed, slug }) => {
  const source = readSeed(seed);
  const original = sourceScriptOf(source.lang, `${source.title}\n${source.body}`);
  const convert = converterFrom(original);
  const fragments = readerFragments(source);

  test.each(['zh-Hant', 'zh-Hans'] as const)('every sentence reaches the %s reader', async (locale) => {
    const page = await context.newPage();
    const response = await page.goto(`${baseUrl()}/${locale.toLowerCase()}/posts/${slug}`);
    expect(response?.status()).toBe(200);
    expect(await page.locator('html').getAttribute('lang')).toBe(locale);
    // Quotation marks follow the page (tests/e2e/typography.test.ts), and a fragment may hold half a quotation.
    const text = withoutQuotes(await visibleText(page));
    const expected = (locale === original.script ? fragments : fragments.map(convert)).map(withoutQuotes);
    const missing = expected.filter((fragment) => !text.includes(fragment));
    expect(missing).toEqual([]);
    await expect.poll(() => page.locator('h1').count()).toBe(1);
    await page.close();
  });
});

test('a converted article says so and links to the original', async () => {
  const page = await context.newPage();
  await page.goto(`${baseUrl()}/zh-hans/posts/tsai-open-source-ai-sovereignty`);
  const notice = page.getByText('本文原以繁体中文写成');
  await expect.poll(() => notice.isVisible()).toBe(true);
  const original = notice.getByRole('link', { name: '阅读原文' });
  expect(await original.getAttribute('href')).toBe('/zh-hant/posts/tsai-open-source-ai-sovereignty');
  await page.goto(`${baseUrl()}/zh-hant/posts/tsai-open-source-ai-sovereignty`);
  expect(await page.getByText('本文原以').count()).toBe(0);
  await page.close();
});

test('the article header shows the Taipei date, the linked source, tags and categories', async () => {
  const page = await context.newPage();
  await page.goto(`${baseUrl()}/zh-hant/posts/tsai-open-source-ai-sovereignty`);
  const header = page.locator('article header');
  expect(await header.locator('time').innerText()).toBe('2026年2月7日');
  expect(await header.getByRole('link', { name: 'DRM News' }).getAttribute('href')).toBe('https://www.youtube.com/watch?v=MEfO09kPf-w');
  const headerText = await header.innerText();
  for (const term of ['AI 產業動態', '蔡崇信', 'World Government Summit']) expect(headerText).toContain(term);
  await page.close();
});

test('the home page lists the newest articles first, with date, description and source', async () => {
  const { articles } = JSON.parse(readFileSync('public/_store/site.json', 'utf8')) as StoredSite;
  const page = await context.newPage();
  await page.goto(`${baseUrl()}/zh-hans`);
  const links = await page.locator('main article h2 a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
  expect(links).toEqual(articles.slice(0, 20).map((article) => `/zh-hans/posts/${article.slug}`));
  const titles = await page.locator('main article h2').allInnerTexts();
  expect(titles[0]).toBe('蔡崇信在迪拜喊话：开源 AI 让各国“主张主权”，全栈企业才能笑到最后');
  const first = page.locator('main article').first();
  expect(await first.locator('time').innerText()).toBe('2026年2月7日');
  expect(await first.innerText()).toContain('来源：DRM News');
  expect(await first.innerText()).toContain('主张数据主权');
  await page.close();
});

test.each([
  // Written "2026-02-07 02:22" and "2025-02-14 02:45:45" without an offset, in Taipei: in UTC (the server's
  // zone here, and Vercel's) both are the day before.
  ['tsai-alibaba-ai-early-not-leading', '2026-02-06T18:22:00.000Z', '2026年2月7日'],
  ['tsai-ai-race-commercialization-hkej', '2025-02-13T18:45:45.000Z', '2025年2月14日'],
])("%s shows its Taipei day, not the server's", async (slug, instant, day) => {
  const page = await context.newPage();
  await page.goto(`${baseUrl()}/zh-hant/posts/${slug}`);
  const time = page.locator('article header time').first();
  expect(await time.getAttribute('datetime')).toBe(instant);
  expect(await time.innerText()).toBe(day);
  await page.close();
});

test('the article carries schema.org data in the page script', async () => {
  const page = await context.newPage();
  await page.goto(`${baseUrl()}/zh-hans/posts/jensen-huang-china-open-source-ai-lead`);
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(data).toMatchObject({
    '@type': 'Article',
    headline: '开源 AI 的隐忧——为什么黄仁勋说中国“遥遥领先”',
    inLanguage: 'zh-Hans',
    datePublished: '2025-12-24T04:30:00.000Z',
    isBasedOn: 'https://www.youtube.com/watch?v=jpZ0dPsnIWw',
  });
  await page.close();
});

test.each([
  // A Taiwan article read in Simplified: mainland words, none of Taiwan's left.
  ['zh-hans', 'tsai-open-source-ai-sovereignty', ['迪拜', '服务器', '芯片', '软件'], ['杜拜', '伺服器', '晶片', '軟體', '软体']],
  // A mainland article read in Traditional: Taiwan words.
  ['zh-hant', 'tsai-world-governments-summit-katzenberg', ['雲端運算', '杜拜', '資料中心'], ['云计算', '雲計算', '迪拜', '數據中心']],
])("a converted article reads in the other region's words (%s/posts/%s)", async (prefix, slug, present, absent) => {
  const page = await context.newPage();
  await page.goto(`${baseUrl()}/${prefix}/posts/${slug}`);
  const text = await page.locator('article').innerText();
  for (const word of present) expect(text).toContain(word);
  for (const word of absent) expect(text).not.toContain(word);
  // The review marks are for npm run dev only.
  expect(await page.locator('mark[data-vocabulary]').count()).toBe(0);
  await page.close();
});
