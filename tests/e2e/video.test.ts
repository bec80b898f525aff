import { expect, test } from 'vitest';
import { baseUrl, newPhoneContext, sharedBrowser } from './browser';

const browser = sharedBrowser();

test('nothing but a poster loads from YouTube until the reader presses play, and then it plays', async () => {
  const { context, externalRequests } = await newPhoneContext(browser());
  const page = await context.newPage();
  await page.goto(`${baseUrl()}/zh-hant/posts/tsai-open-source-ai-sovereignty`, { waitUntil: 'networkidle' });
  const player = page.locator('figure iframe');
  await player.scrollIntoViewIfNeeded();
  const frame = page.frameLocator('figure iframe');
  const play = frame.getByRole('link', { name: /播放/ });
  await expect.poll(() => play.count()).toBe(1);

  // Before the press: the poster only, no frame of YouTube's, no cookie (the fake third party sets one when reached).
  expect(externalRequests.filter((url) => !url.startsWith('https://i.ytimg.com/'))).toEqual([]);
  expect(
    page
      .frames()
      .map((child) => child.url())
      .filter((url) => /youtube/.test(url)),
  ).toEqual([]);
  expect(await context.cookies('https://www.youtube-nocookie.com')).toEqual([]);
  expect(await player.getAttribute('title')).toMatch(/^影片：/);

  // The 16:9 box is there before the press, so the player does not shift the text.
  const box = await player.boundingBox();
  expect(box && Math.round((box.width / box.height) * 9)).toBe(16);
  // A plain link to the video, for readers without JavaScript or frames.
  expect(await page.locator('figure figcaption a').getAttribute('href')).toBe('https://www.youtube.com/watch?v=MEfO09kPf-w');

  // From the keyboard: Tab reaches the play link inside the frame, Enter plays.
  await play.focus();
  await page.keyboard.press('Enter');
  await expect
    .poll(() =>
      page
        .frames()
        .map((child) => child.url())
        .find((url) => url.includes('youtube-nocookie.com')),
    )
    .toBeDefined();
  const src = new URL(
    page
      .frames()
      .find((child) => child.url().includes('youtube-nocookie.com'))!
      .url(),
  );
  expect(`${src.origin}${src.pathname}`).toBe('https://www.youtube-nocookie.com/embed/MEfO09kPf-w');
  expect(src.searchParams.get('autoplay')).toBe('1');
  // The same fake that stayed silent before the press sets its cookie now: the check above could fail.
  await expect.poll(async () => (await context.cookies('https://www.youtube-nocookie.com')).length).toBeGreaterThan(0);
  await context.close();
});
