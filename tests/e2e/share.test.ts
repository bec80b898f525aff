import jsQR from 'jsqr';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { baseUrl, newPhoneContext, sharedBrowser, tabTo } from './browser';

/**
 * Sharing an article, in both scripts: plain links to five services and a QR code for WeChat, each carrying
 * the article's address in the page's script; copying the link; the system share sheet where there is one.
 */
const browser = sharedBrowser();
const SLUG = 'tsai-open-source-ai-sovereignty';

const LOCALES = [
  {
    locale: 'zh-hant',
    heading: '分享',
    copy: '複製連結',
    copied: '已複製連結',
    weibo: '微博',
    wechat: '微信',
    qrAlt: '這篇文章網址的 QR 碼',
  },
  {
    locale: 'zh-hans',
    heading: '分享',
    copy: '复制链接',
    copied: '已复制链接',
    weibo: '微博',
    wechat: '微信',
    qrAlt: '这篇文章网址的二维码',
  },
] as const;

/** The article's address as the page states it (its canonical link), which every share must carry. */
const canonical = (page: Page) =>
  page
    .locator('link[rel="canonical"]')
    .getAttribute('href')
    .then((href) => href!);

/** The QR code as the browser draws it (the image the reader sees, on a canvas), read by an independent decoder. */
async function readQrCode(page: Page, selector: string): Promise<string | undefined> {
  const { pixels, size } = await page.locator(selector).evaluate((image: HTMLImageElement) => {
    const size = 400;
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = size;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0, size, size);
    return { pixels: Array.from(context.getImageData(0, 0, size, size).data), size };
  });
  return jsQR(new Uint8ClampedArray(pixels), size, size)?.data;
}

describe.each(LOCALES)('sharing an article ($locale)', ({ locale, heading, copy, copied, weibo, wechat, qrAlt }) => {
  test('five plain share links carry the address and title; nothing is loaded from the services', async () => {
    const { context, externalRequests } = await newPhoneContext(browser());
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/${locale}/posts/${SLUG}`, { waitUntil: 'networkidle' });
    const address = await canonical(page);
    expect(address).toMatch(new RegExp(`/${locale}/posts/${SLUG}$`));
    const title = (await page.locator('h1').innerText()).trim();
    const section = page.locator('section', { has: page.getByRole('heading', { name: heading, exact: true }) });

    const expected = [
      { name: 'X', host: 'x.com', url: 'url', text: 'text' },
      { name: 'Facebook', host: 'www.facebook.com', url: 'u' },
      { name: 'LINE', host: 'social-plugins.line.me', url: 'url' },
      { name: weibo, host: 'service.weibo.com', url: 'url', text: 'title' },
      { name: 'Telegram', host: 't.me', url: 'url', text: 'text' },
    ];
    for (const service of expected) {
      const link = section.getByRole('link', { name: `分享到 ${service.name}`, exact: true });
      expect(await link.innerText()).toBe(service.name);
      const href = new URL((await link.getAttribute('href'))!);
      expect(href.protocol).toBe('https:');
      expect(href.host).toBe(service.host);
      expect(href.searchParams.get(service.url)).toBe(address);
      if (service.text) expect(href.searchParams.get(service.text)).toBe(title);
      expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    }
    // No widget, no script, no pixel of theirs: the page asked none of them for anything.
    expect(externalRequests.filter((url) => /x\.com|facebook|line\.me|weibo|t\.me|wechat|qq\.com/.test(url))).toEqual([]);
    await context.close();
  });

  test('copy the link: the clipboard holds the address, and the reader is told', async () => {
    const { context } = await newPhoneContext(browser());
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/${locale}/posts/${SLUG}`, { waitUntil: 'networkidle' });
    const button = page.getByRole('button', { name: copy });
    await tabTo(page, button, 200);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').filter({ hasText: copied }).count()).toBe(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await canonical(page));
    await context.close();
  });

  test('the system share sheet: offered only where the browser has one, with the address and title', async () => {
    const { context } = await newPhoneContext(browser());
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/${locale}/posts/${SLUG}`, { waitUntil: 'networkidle' });
    // Chromium on Linux has no Web Share API: no button that could do nothing.
    expect(await page.evaluate(() => typeof navigator.share)).toBe('undefined');
    await expect.poll(() => page.getByRole('button', { name: copy }).count()).toBe(1);
    expect(await page.getByRole('button', { name: '分享…' }).count()).toBe(0);

    // A browser that has one (a phone): the sheet opens with this article.
    await context.addInitScript(() => {
      const shared: ShareData[] = [];
      (window as unknown as { __shared: ShareData[] }).__shared = shared;
      Object.defineProperty(navigator, 'share', { value: async (data: ShareData) => void shared.push(data) });
    });
    await page.reload({ waitUntil: 'networkidle' });
    const share = page.getByRole('button', { name: '分享…' });
    await expect.poll(() => share.count()).toBe(1);
    await share.click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared))
      .toEqual([{ title: (await page.locator('h1').innerText()).trim(), url: await canonical(page) }]);
    await context.close();
  });

  test('WeChat: a QR code of the address, fetched only when the reader opens it, and scannable', async () => {
    const { context } = await newPhoneContext(browser());
    const page = await context.newPage();
    const codes: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/qr/')) codes.push(new URL(request.url()).pathname);
    });
    await page.goto(`${baseUrl()}/${locale}/posts/${SLUG}`, { waitUntil: 'networkidle' });
    const image = page.getByRole('img', { name: qrAlt });
    expect(await image.isVisible()).toBe(false);
    expect(codes).toEqual([]);

    // From the keyboard: the disclosure's summary is a Tab stop; Enter opens it.
    await tabTo(page, page.locator('summary', { hasText: wechat }), 200);
    await page.keyboard.press('Enter');
    await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth > 0)).toBe(true);
    expect(codes).toEqual([`/qr/${locale}/${SLUG}.svg`]);
    expect(await readQrCode(page, `img[alt="${qrAlt}"]`)).toBe(await canonical(page));
    await context.close();
  });
});

test('QR codes exist only for articles, as SVG', async () => {
  const good = await fetch(`${baseUrl()}/qr/zh-hans/${SLUG}.svg`);
  expect(good.status).toBe(200);
  expect(good.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
  expect(await good.text()).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  for (const path of [`/qr/zh-hant/no-such-article.svg`, `/qr/en/${SLUG}.svg`, `/qr/zh-hant/${SLUG}.png`, `/qr/zh-hant/..%2F${SLUG}.svg`])
    expect((await fetch(`${baseUrl()}${path}`)).status, path).toBe(404);
});
