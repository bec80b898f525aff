import { readFileSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import type { CompanyEntry, StoredListPage } from '@/lib/outputs/store/contract';
import { baseUrl, newPhoneContext, sharedBrowser } from './browser';

const browser = sharedBrowser();

/** A company as the build counted it (the content store), so adding an article breaks nothing here. */
function companyEntry(id: string): CompanyEntry {
  return (JSON.parse(readFileSync('public/_store/companies.json', 'utf8')) as CompanyEntry[]).find((company) => company.id === id)!;
}
let context: BrowserContext;
beforeAll(async () => {
  ({ context } = await newPhoneContext(browser()));
});

async function sidebarCompanies(path: string): Promise<string[]> {
  const page = await context.newPage();
  await page.goto(`${baseUrl()}${path}`);
  const names = await page.getByRole('complementary').locator('h3').allInnerTexts();
  await page.close();
  return names;
}

test('seed 000 lists Alibaba first, from its front matter', async () => {
  const page = await context.newPage();
  await page.goto(`${baseUrl()}/zh-hant/posts/tsai-open-source-ai-sovereignty`);
  const aside = page.getByRole('complementary', { name: '相關公司' });
  expect(await aside.locator('h3').first().innerText()).toBe('阿里巴巴集團');
  const card = aside.locator('li', { has: page.getByRole('link', { name: '阿里巴巴集團' }) }).first();
  const cardText = await card.innerText();
  expect(cardText).toContain('NYSE: BABA · HKEX: 9988');
  expect(cardText).toContain(`${companyEntry('alibaba').articleCount} 篇文章提及`);
  expect(await card.getByRole('link', { name: '阿里巴巴集團' }).getAttribute('href')).toBe('/zh-hant/companies/alibaba');
  // Up to three other articles about Alibaba, never this one.
  const others = await card.locator('ul a').allInnerTexts();
  expect(others).toHaveLength(Math.min(3, companyEntry('alibaba').articleCount - 1));
  expect(others).not.toContain(await page.locator('h1').innerText());
  // No article twice in the sidebar: a card leaves out what a card above it lists.
  const articleLinks = await aside.locator('a[href*="/posts/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(new Set(articleLinks).size).toBe(articleLinks.length);
  // Company names link from the sidebar only, not from inside the body.
  expect(await page.locator('article a[href*="/companies/"]').count()).toBe(0);
  await page.close();
});

test('seed 003 concerns NVIDIA, detected through 黃仁勳', async () => {
  expect(await sidebarCompanies('/zh-hant/posts/jensen-huang-china-open-source-ai-lead')).toContain('輝達');
  expect(await sidebarCompanies('/zh-hans/posts/jensen-huang-china-open-source-ai-lead')).toContain('英伟达');
});

test('passing mentions do not crowd the sidebar', async () => {
  // Seed 000 names 鴻海, 廣達 and 緯穎 once each.
  const names = await sidebarCompanies('/zh-hant/posts/tsai-open-source-ai-sovereignty');
  expect(names).not.toContain('鴻海');
  expect(names.length).toBeLessThanOrEqual(5);
});

test('the sidebar follows the article on phones and sits beside it on wide screens', async () => {
  const page = await context.newPage();
  const path = `${baseUrl()}/zh-hant/posts/tsai-open-source-ai-sovereignty`;
  await page.goto(path);
  let article = (await page.locator('main article').first().boundingBox())!;
  let aside = (await page.getByRole('complementary').boundingBox())!;
  expect(aside.y).toBeGreaterThanOrEqual(article.y + article.height);
  await page.setViewportSize({ width: 1280, height: 900 });
  article = (await page.locator('main article').first().boundingBox())!;
  aside = (await page.getByRole('complementary').boundingBox())!;
  expect(aside.x).toBeGreaterThanOrEqual(article.x + article.width);
  expect(aside.y).toBeLessThan(article.y + 200);
  await page.close();
});

test('the Alibaba page lists every seed that discusses Alibaba, newest first', async () => {
  const page = await context.newPage();
  await page.goto(`${baseUrl()}/zh-hant/companies/alibaba`);
  expect(await page.locator('h1').innerText()).toContain('阿里巴巴集團');
  expect(await page.locator('main').innerText()).toContain('NYSE: BABA · HKEX: 9988');
  const dates = await page.locator('main article time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')!));
  expect(dates).toHaveLength(Math.min(companyEntry('alibaba').articleCount, 20));
  expect([...dates].sort().reverse()).toEqual(dates);
  await page.close();
});

test('NVIDIA is 輝達 in Traditional and 英伟达 in Simplified', async () => {
  const page = await context.newPage();
  await page.goto(`${baseUrl()}/zh-hant/companies/nvidia`);
  expect(await page.locator('h1').innerText()).toMatch(/^輝達/);
  await page.goto(`${baseUrl()}/zh-hans/companies/nvidia`);
  expect(await page.locator('h1').innerText()).toMatch(/^英伟达/);
  expect(await page.locator('main').innerText()).toContain('关于英伟达的文章');
  const list = JSON.parse(readFileSync('public/_store/lists/companies/nvidia/1.json', 'utf8')) as StoredListPage;
  expect(await page.locator('main article h2').allInnerTexts()).toEqual(list.cards.map((card) => card.title.hans));
  expect(list.cards.map((card) => card.slug)).toContain('jensen-huang-china-open-source-ai-lead'); // detected through 黃仁勳
  await page.close();
});

test('the companies index lists every company with its article count', async () => {
  const page = await context.newPage();
  await page.goto(`${baseUrl()}/zh-hans/companies`);
  const rows = await page.locator('main li').allInnerTexts();
  const companies = JSON.parse(readFileSync('public/_store/companies.json', 'utf8')) as CompanyEntry[];
  expect(rows).toHaveLength(companies.length);
  expect(rows.map((row) => row.replace(/\s+/g, ' '))).toEqual(
    companies.map((company) => `${company.name.hans} ${company.articleCount} 篇文章提及`),
  );
  await page.close();
});

test('an unknown company answers 404 in the page script', async () => {
  const page = await context.newPage();
  const response = await page.goto(`${baseUrl()}/zh-hans/companies/no-such-company`);
  expect(response?.status()).toBe(404);
  expect(await page.locator('h1').innerText()).toBe('找不到这个页面');
  await page.close();
});

test('the sidebar adds no client JavaScript of its own', async () => {
  const page = await context.newPage();
  await page.goto(`${baseUrl()}/zh-hant/posts/tsai-alibaba-ai-early-not-leading`);
  const aside = page.getByRole('complementary');
  expect(await aside.getAttribute('aria-labelledby')).toBe('related-companies');
  // A client sidebar would ship its markup in a chunk; a server one leaves none in any script the page loads.
  const sources = await page
    .locator('script[src]')
    .evaluateAll((elements) => elements.map((element) => (element as HTMLScriptElement).src));
  expect(sources.length).toBeGreaterThan(0);
  for (const source of sources) expect(await (await fetch(source)).text()).not.toContain('related-companies');
  await page.close();
});
