import { expect, test } from 'vitest';
import { baseUrl, newPhoneContext, sharedBrowser } from './browser';

const browser = sharedBrowser();

async function redirectOf(path: string, headers: Record<string, string>): Promise<string | null> {
  const response = await fetch(`${baseUrl()}${path}`, { headers, redirect: 'manual' });
  return response.headers.get('location');
}

test.each([
  ['zh-CN', '/zh-hans'],
  ['zh-SG', '/zh-hans'],
  ['zh-Hans', '/zh-hans'],
  ['en-US,zh-CN;q=0.5', '/zh-hans'],
  ['zh-TW', '/zh-hant'],
  ['zh-HK', '/zh-hant'],
  ['zh-MO', '/zh-hant'],
  ['zh-Hant', '/zh-hant'],
  ['zh', '/zh-hant'],
  ['en-US', '/zh-hant'],
  ['', '/zh-hant'],
])('/ with Accept-Language "%s" goes to %s', async (acceptLanguage, target) => {
  expect(await redirectOf('/', { 'accept-language': acceptLanguage })).toBe(target);
});

test('the NEXT_LOCALE cookie wins over Accept-Language', async () => {
  expect(await redirectOf('/', { 'accept-language': 'zh-TW', cookie: 'NEXT_LOCALE=zh-Hans' })).toBe('/zh-hans');
  expect(await redirectOf('/', { 'accept-language': 'zh-CN', cookie: 'NEXT_LOCALE=zh-Hant' })).toBe('/zh-hant');
});

test('the switcher leads to the same page in the other script and is remembered', async () => {
  const { context } = await newPhoneContext(browser());
  const page = await context.newPage();
  await page.goto(`${baseUrl()}/zh-hant/posts/jensen-huang-china-open-source-ai-lead`);
  const toSimplified = page.locator('header a[hreflang="zh-Hans"]');
  expect(await toSimplified.innerText()).toBe('简体');
  await toSimplified.click();
  await page.waitForURL('**/zh-hans/posts/jensen-huang-china-open-source-ai-lead');
  expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hans');
  expect(await page.locator('h1').innerText()).toBe('开源 AI 的隐忧——为什么黄仁勋说中国“遥遥领先”');
  const cookies = await context.cookies();
  expect(cookies.find((cookie) => cookie.name === 'NEXT_LOCALE')?.value).toBe('zh-Hans');

  const toTraditional = page.locator('header a[hreflang="zh-Hant"]');
  expect(await toTraditional.innerText()).toBe('繁體');
  await page.goto(baseUrl());
  expect(new URL(page.url()).pathname).toBe('/zh-hans');
  await context.close();
});

test.each([
  ['/zh-hant/posts/no-such-article', '找不到這個頁面'],
  ['/zh-hans/posts/no-such-article', '找不到这个页面'],
  ['/zh-hans/no/such/page', '找不到这个页面'],
])('%s answers 404 in its script', async (path, heading) => {
  const { context } = await newPhoneContext(browser());
  const page = await context.newPage();
  const response = await page.goto(`${baseUrl()}${path}`);
  expect(response?.status()).toBe(404);
  expect(await page.locator('h1').innerText()).toBe(heading);
  await context.close();
});

test('an unknown locale ends on a 404 page', async () => {
  const { context } = await newPhoneContext(browser());
  const page = await context.newPage();
  const response = await page.goto(`${baseUrl()}/fr/posts/tsai-open-source-ai-sovereignty`);
  expect(response?.status()).toBe(404);
  expect(await page.locator('h1').innerText()).toBe('找不到這個頁面');
  await context.close();
});
