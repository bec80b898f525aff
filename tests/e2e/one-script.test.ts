import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { routing } from '@/lib/core/i18n/routing';
import { foreignCharacters } from '../foreign-script';
import { SEED_ARTICLES } from '../seeds';
import { baseUrl, newPhoneContext, sharedBrowser } from './browser';

const browser = sharedBrowser();

/** Everything a reader sees, and the page title, except the switcher's own label (in the other script by design). */
function readerText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    body.querySelectorAll('header a[hreflang]').forEach((switcher) => switcher.remove());
    document.body.append(body);
    body.hidden = false;
    const text = `${document.title}\n${body.innerText}`;
    body.remove();
    return text;
  });
}

const PAGES = [
  '',
  ...SEED_ARTICLES.map(({ slug }) => `/posts/${slug}`),
  '/posts/no-such-article',
  '/companies',
  '/companies/nvidia',
  '/companies/alibaba',
  '/companies/hon-hai',
];

describe.each(routing.locales)('%s pages', (locale) => {
  test.each(PAGES)('%s reads in one script', async (path) => {
    const { context } = await newPhoneContext(browser());
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/${locale.toLowerCase()}${path}`);
    expect(foreignCharacters(await readerText(page), locale)).toEqual([]);
    await context.close();
  });
});
