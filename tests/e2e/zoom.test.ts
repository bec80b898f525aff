import AxeBuilder from '@axe-core/playwright';
import { Resvg } from '@resvg/resvg-js';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { baseUrl, newPhoneContext, sharedBrowser, tabTo } from './browser';

/**
 * Image zoom, in both scripts: an article's image opens full size in a modal dialog, from the keyboard as
 * from a press; Esc and the close button close it and the focus goes back; the caption is in the page's
 * script; the dialog's code is fetched only on the first press.
 */
const browser = sharedBrowser();

/** A Simplified article with one image outside any link, `![图片](…)`. */
const PLAIN_IMAGE = 'tsai-world-governments-summit-katzenberg';
/** A Hong Kong article whose thumbnails (…_620.jpg) link to their full-size files, without alt text. */
const LINKED_THUMBNAILS = 'tsai-ai-race-commercialization-hkej';

const LOCALES = [
  { locale: 'zh-hant', open: '放大圖片', close: '關閉', caption: '圖片', unnamed: '放大的圖片' },
  { locale: 'zh-hans', open: '放大图片', close: '关闭', caption: '图片', unnamed: '放大的图片' },
] as const;

/** The news sites' images, answered here: a picture as wide as its address says (thumbnails 620, full size 1200). */
async function serveImages(context: BrowserContext): Promise<string[]> {
  const requested: string[] = [];
  const png = (width: number) =>
    new Resvg(
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${width / 2}"><rect width="100%" height="100%" fill="#369"/></svg>`,
    )
      .render()
      .asPng();
  await context.route(/^https:\/\/(static\.hkej\.com|inews\.gtimg\.com)\//, (route) => {
    requested.push(route.request().url());
    return route.fulfill({ contentType: 'image/png', body: png(/_620\./.test(route.request().url()) ? 620 : 1200) });
  });
  return requested;
}

/** Script files the page has fetched from the site. */
function scriptRequests(page: Page): string[] {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script' && request.url().startsWith(baseUrl())) scripts.push(request.url());
  });
  return scripts;
}

const dialogState = (page: Page) =>
  page.evaluate(() => {
    const dialog = document.querySelector('dialog');
    const image = dialog?.querySelector('img');
    return {
      open: dialog?.open ?? false,
      label: dialog?.getAttribute('aria-label'),
      src: image?.getAttribute('src'),
      width: image?.naturalWidth,
      caption: dialog?.querySelector('figcaption')?.hidden ? null : dialog?.querySelector('figcaption')?.textContent,
      focus: document.activeElement?.textContent,
    };
  });

describe.each(LOCALES)('image zoom ($locale)', ({ locale, open, close, caption, unnamed }) => {
  test('from the keyboard: Enter opens the image full size, Esc closes it and the focus returns; the code comes on the first press', async () => {
    const { context } = await newPhoneContext(browser());
    await serveImages(context);
    const page = await context.newPage();
    const scripts = scriptRequests(page);
    await page.goto(`${baseUrl()}/${locale}/posts/${PLAIN_IMAGE}`, { waitUntil: 'networkidle' });
    const link = page.getByRole('link', { name: `${open}：${caption}` });
    const source = (await link.locator('img').getAttribute('src'))!;
    // Without JavaScript, the link simply shows the file.
    expect(await link.getAttribute('href')).toBe(source);
    expect(await page.locator('dialog').count()).toBe(0);
    const loadedBefore = scripts.length;

    await tabTo(page, link, 200);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => dialogState(page))
      .toMatchObject({ open: true, src: source, width: 1200, label: caption, caption, focus: `✕ ${close}` });
    // The dialog's code was fetched now, not with the page.
    expect(scripts.length).toBeGreaterThan(loadedBefore);
    expect(page.url()).toBe(`${baseUrl()}/${locale}/posts/${PLAIN_IMAGE}`);
    expect(await page.getByRole('dialog', { name: caption }).isVisible()).toBe(true);

    await page.keyboard.press('Escape');
    await expect.poll(() => dialogState(page)).toMatchObject({ open: false });
    expect(await link.evaluate((element) => element === document.activeElement)).toBe(true);

    // Again, closed with its button this time (Enter on the focused button).
    await page.keyboard.press('Enter');
    await expect.poll(() => dialogState(page)).toMatchObject({ open: true, focus: `✕ ${close}` });
    await page.keyboard.press('Enter');
    await expect.poll(() => dialogState(page)).toMatchObject({ open: false });
    expect(await link.evaluate((element) => element === document.activeElement)).toBe(true);
    await context.close();
  });

  test('a thumbnail linked to its full-size file opens that file; a press on the backdrop closes it', async () => {
    const { context } = await newPhoneContext(browser());
    const images = await serveImages(context);
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/${locale}/posts/${LINKED_THUMBNAILS}`, { waitUntil: 'networkidle' });
    // No alt text in the article: the link is still named, in the page's script.
    const links = page.getByRole('link', { name: open, exact: true });
    expect(await links.count()).toBe(2);
    const full = (await links.first().getAttribute('href'))!;
    expect(full).toMatch(/^https:\/\/static\.hkej\.com\/.+[^0]\.jpg$/);
    await links.first().click();
    await expect.poll(() => dialogState(page)).toMatchObject({ open: true, src: full, width: 1200, label: unnamed, caption: null });
    expect(images).toContain(full);
    await page.mouse.click(5, 5);
    await expect.poll(() => dialogState(page)).toMatchObject({ open: false });
    await context.close();
  });

  test.each(['light', 'dark'] as const)('axe finds nothing serious with the dialog open (%s)', async (scheme) => {
    const { context } = await newPhoneContext(browser());
    await serveImages(context);
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${baseUrl()}/${locale}/posts/${PLAIN_IMAGE}`, { waitUntil: 'networkidle' });
    await page.getByRole('link', { name: `${open}：${caption}` }).click();
    await expect.poll(() => dialogState(page)).toMatchObject({ open: true, width: 1200 });
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(
      violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id),
    ).toEqual([]);
    await context.close();
  });
});

test('an article without images has no zoom links', async () => {
  const { context } = await newPhoneContext(browser());
  const page = await context.newPage();
  await page.goto(`${baseUrl()}/zh-hant/posts/tsai-open-source-ai-sovereignty`, { waitUntil: 'networkidle' });
  expect(await page.locator('article .prose img').count()).toBe(0);
  expect(await page.locator('a[data-zoom]').count()).toBe(0);
  await context.close();
});
