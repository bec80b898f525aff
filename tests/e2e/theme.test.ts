import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { baseUrl, fixtureBaseUrl, newPhoneContext, sharedBrowser } from './browser';

/**
 * The theme switch: light, dark or as the system, remembered across reloads and applied before the first
 * paint, in both scripts; reaching the page's colours, Shiki's code blocks and the players' frames.
 */
const browser = sharedBrowser();

const LOCALES = [
  { locale: 'zh-hant', label: '外觀', options: ['跟隨系統', '淺色', '深色'] },
  { locale: 'zh-hans', label: '外观', options: ['跟随系统', '浅色', '深色'] },
] as const;

/** The body's two backgrounds: Tailwind's zinc-950 (as its CSS writes it for Chromium, in lab) and white. */
const DARK_BODY = 'lab(2.51107 0.242703 -0.886115)';
const LIGHT_BODY = 'rgb(255, 255, 255)';

type Frame = { theme: string | null; scheme: string; body: string | null };

/**
 * Before any of the page's own code runs: records, at every frame the browser renders until the body
 * exists (requestAnimationFrame runs just before a frame is painted), the theme attribute, the page's
 * colour scheme and the body's background; and every value the attribute ever takes.
 */
async function recordFirstFrames(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const state = window as unknown as { __frames: Frame[]; __themes: (string | null)[] };
    state.__frames = [];
    state.__themes = [];
    const record = () => {
      const root = document.documentElement;
      state.__frames.push({
        theme: root?.getAttribute('data-theme') ?? null,
        scheme: root ? getComputedStyle(root).colorScheme : '',
        body: document.body ? getComputedStyle(document.body).backgroundColor : null,
      });
      if (!document.body) requestAnimationFrame(record);
    };
    requestAnimationFrame(record);
    new MutationObserver((records) => {
      for (const change of records)
        if (change.attributeName === 'data-theme') state.__themes.push(document.documentElement.getAttribute('data-theme'));
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-theme'] });
  });
}

async function firstFrames(page: Page): Promise<{ frames: Frame[]; themes: (string | null)[] }> {
  await page.waitForFunction(() => (window as unknown as { __frames: Frame[] }).__frames.some((frame) => frame.body !== null));
  return page.evaluate(() => {
    const state = window as unknown as { __frames: Frame[]; __themes: (string | null)[] };
    return { frames: state.__frames, themes: state.__themes };
  });
}

const bodyBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

describe.each(LOCALES)('the theme switch ($locale)', ({ locale, label, options }) => {
  test('is labelled in the page’s script, is used from the keyboard, and its choice survives a reload with no flash', async () => {
    const { context } = await newPhoneContext(browser());
    await recordFirstFrames(context);
    const page = await context.newPage();
    // The system is light: a dark choice that arrived late would show a light page first.
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`${baseUrl()}/${locale}`, { waitUntil: 'networkidle' });
    const select = page.getByRole('combobox', { name: label });
    expect(await select.locator('option').allInnerTexts()).toEqual(options);
    expect(await select.inputValue()).toBe('system');
    expect(await bodyBackground(page)).toBe(LIGHT_BODY);

    // From the keyboard: focus, then the arrow keys pick the next choices (light, then dark).
    await select.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe('light');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe('dark');
    expect(await bodyBackground(page)).toBe(DARK_BODY);
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe('dark');

    // Reloaded: dark from the very first frame, the attribute set once (by the head script), never light.
    await page.reload({ waitUntil: 'networkidle' });
    const { frames, themes } = await firstFrames(page);
    expect(frames.length).toBeGreaterThan(0);
    for (const frame of frames) expect(frame).toMatchObject({ theme: 'dark', scheme: 'dark' });
    expect(frames.at(-1)!.body).toBe(DARK_BODY);
    expect(themes).toEqual(['dark']);
    // The switch shows the remembered choice once the page is interactive.
    await expect.poll(() => select.inputValue()).toBe('dark');
    expect(await select.evaluate((element: HTMLSelectElement) => element.selectedOptions[0].text)).toBe(options[2]);
    await context.close();
  });

  test('a light choice holds on a dark system from the first frame; "as the system" follows the system again', async () => {
    const { context } = await newPhoneContext(browser());
    await recordFirstFrames(context);
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${baseUrl()}/${locale}/tags`, { waitUntil: 'networkidle' });
    expect(await bodyBackground(page)).toBe(DARK_BODY);
    const select = page.getByRole('combobox', { name: label });
    await select.selectOption('light');
    expect(await bodyBackground(page)).toBe(LIGHT_BODY);

    await page.reload({ waitUntil: 'networkidle' });
    const { frames } = await firstFrames(page);
    for (const frame of frames) expect(frame).toMatchObject({ theme: 'light', scheme: 'light' });
    expect(frames.at(-1)!.body).toBe(LIGHT_BODY);

    await expect.poll(() => select.inputValue()).toBe('light');
    await select.selectOption('system');
    expect(await page.locator('html').getAttribute('data-theme')).toBeNull();
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull();
    expect(await bodyBackground(page)).toBe(DARK_BODY);
    // Following the system means following its changes too.
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await bodyBackground(page)).toBe(LIGHT_BODY);
    await context.close();
  });
});

test('the choice reaches the players’ frames, before and after they load', async () => {
  const { context } = await newPhoneContext(browser());
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`${baseUrl()}/zh-hant`, { waitUntil: 'networkidle' });
  await page.getByRole('combobox', { name: '外觀' }).selectOption('dark');
  // The article is opened after the choice: its lazy frame loads later and must take it.
  await page.goto(`${baseUrl()}/zh-hant/posts/tsai-open-source-ai-sovereignty`, { waitUntil: 'networkidle' });
  const frameElement = page.locator('figure iframe').first();
  await frameElement.scrollIntoViewIfNeeded();
  const frameBackground = async () => {
    const frame = await (await frameElement.elementHandle())?.contentFrame();
    return frame?.evaluate(() => [document.documentElement.getAttribute('data-theme'), getComputedStyle(document.body).backgroundColor]);
  };
  await expect.poll(frameBackground).toEqual(['dark', 'rgb(24, 24, 27)']);
  await page.getByRole('combobox', { name: '外觀' }).selectOption('light');
  await expect.poll(frameBackground).toEqual(['light', 'rgb(244, 244, 245)']);
  // The play button keeps its contrast in both themes.
  const frame = frameElement.contentFrame();
  expect(await frame.locator('a span').evaluate((span) => getComputedStyle(span).color)).toBe('rgb(255, 255, 255)');
  await context.close();
});

test('code blocks take Shiki’s dark colours when the reader chooses dark on a light system', async () => {
  const { context } = await newPhoneContext(browser());
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`${fixtureBaseUrl()}/zh-hant/posts/hostile-code`, { waitUntil: 'networkidle' });
  const token = page.locator('pre.shiki span[style*="--shiki-dark:"]').first();
  const colours = () =>
    token.evaluate((span) => {
      const probe = document.createElement('span');
      probe.style.color = getComputedStyle(span).getPropertyValue('--shiki-dark');
      document.body.append(probe);
      const dark = getComputedStyle(probe).color;
      probe.remove();
      return { shown: getComputedStyle(span).color, dark };
    });
  const light = await colours();
  expect(light.shown).not.toBe(light.dark);
  await page.getByRole('combobox', { name: '外觀' }).selectOption('dark');
  const dark = await colours();
  expect(dark.shown).toBe(dark.dark);
  await context.close();
});
