import { expect, test } from 'vitest';
import { baseUrl, newPhoneContext, useBrowser } from './browser';

const browser = useBrowser();

test('nothing but a poster loads from YouTube until the reader presses play', async () => {
  const { context, externalRequests } = await newPhoneContext(browser());
  const page = await context.newPage();
  await page.goto(`${baseUrl()}/zh-hant/posts/tsai-open-source-ai-sovereignty`, { waitUntil: 'networkidle' });

  const play = page.getByRole('button', { name: /播放/ });
  expect(await play.count()).toBe(1);
  expect(await page.locator('iframe').count()).toBe(0);
  expect(externalRequests.filter((url) => !url.startsWith('https://i.ytimg.com/'))).toEqual([]);
  expect(await context.cookies('https://www.youtube-nocookie.com')).toEqual([]);

  // The 16:9 box is there before the press, so the player does not shift the text.
  const box = await page.locator('figure').first().boundingBox();
  expect(box && Math.round((box.width / box.height) * 9)).toBe(16);

  await play.focus();
  await page.keyboard.press('Enter');
  const iframe = page.locator('iframe');
  await expect.poll(() => iframe.count()).toBe(1);
  const src = new URL((await iframe.getAttribute('src'))!);
  expect(`${src.origin}${src.pathname}`).toBe('https://www.youtube-nocookie.com/embed/MEfO09kPf-w');
  expect(src.searchParams.get('autoplay')).toBe('1');
  await context.close();
});
