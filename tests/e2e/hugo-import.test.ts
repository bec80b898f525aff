import { readFileSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { compareWithHugo } from '../support/hugo-fidelity';
import { buildHugoOracle } from '../support/hugo-oracle';
import { fixtureBaseUrl, newPhoneContext, sharedBrowser } from './browser';

/**
 * The Hugo fixture site (tests/fixtures/hugo-site: config.toml with [Permalinks] for two sections,
 * a third section on Hugo's default addresses) imported by `npm run import`, built and served:
 * every old address, every shortcode and every summary, in both scripts.
 */
const browser = sharedBrowser();
let context: BrowserContext;
beforeAll(async () => {
  ({ context } = await newPhoneContext(browser()));
});

async function redirect(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${fixtureBaseUrl()}${path}`, { redirect: 'manual', headers });
  return { status: response.status, location: response.headers.get('location') };
}

/**
 * What the real Hugo publishes of the same fixture site (tests/support/hugo-oracle.ts): every page at its address,
 * with its title, its sentences and its code; every list, every feed, the sitemap. The reference is Hugo's own
 * build, not addresses worked out by hand.
 */
const oracle = buildHugoOracle('tests/fixtures/hugo-site');

describe("every page Hugo publishes of the fixture site reads here as Hugo rendered it, at Hugo's address", () => {
  test('every page reached, every post carrying its sentences, every title, every line of code', async () => {
    const fidelity = await compareWithHugo(fixtureBaseUrl(), oracle);
    expect(fidelity.misses).toEqual([]);
    expect(fidelity.pages).toBe(oracle.pages.length);
    expect(fidelity).toMatchObject({
      reached: fidelity.pages,
      faithful: fidelity.posts,
      titles: fidelity.pages,
      codeOk: fidelity.codeTried,
    });
    expect(fidelity.codeTried).toBeGreaterThan(0);
  });

  test("Hugo's lists (sections, taxonomies, terms) lead to ours, in the reader's script", async () => {
    for (const list of oracle.lists) {
      const response = await fetch(`${fixtureBaseUrl()}${encodeURI(list)}`, { headers: { 'accept-language': 'zh-CN' } });
      expect(response.status, list).toBe(200);
      expect(new URL(response.url).pathname, list).toMatch(/^\/zh-hans(\/|$)/);
    }
  });

  test('every feed Hugo published leads to a feed of ours, so a subscribed reader keeps receiving posts', async () => {
    for (const feed of oracle.feeds) {
      const response = await fetch(`${fixtureBaseUrl()}${encodeURI(feed)}`);
      expect(response.status, feed).toBe(200);
      expect(await response.text(), feed).toMatch(/^<\?xml[\s\S]*<rss[\s\S]*<item>/);
    }
  });

  test('/sitemap.xml leads to the index of our sitemaps, which list the pages', async () => {
    expect(oracle.sitemap).toBe(true);
    const index = await fetch(`${fixtureBaseUrl()}/sitemap.xml`);
    expect(index.status).toBe(200);
    const xml = await index.text();
    expect(xml).toContain('<sitemapindex');
    const first = new URL(/<loc>([^<]+)<\/loc>/.exec(xml)![1]).pathname;
    const sitemap = await (await fetch(`${fixtureBaseUrl()}${first}`)).text();
    expect(sitemap).toContain('/zh-hant/docs/install');
  });
});

describe("every old address answers with one permanent redirect to its article, in the reader's script", () => {
  test("each of Hugo's addresses, with or without its slash: one 308 to the reader's script, the cookie first", async () => {
    for (const { path } of oracle.pages) {
      const encoded = encodeURI(path);
      for (const address of [encoded, encoded.replace(/\/$/, '')]) {
        const { status, location } = await redirect(address, { 'accept-language': 'zh-CN' });
        expect([status, location?.startsWith('/zh-hans/')], address).toEqual([308, true]);
      }
      expect((await redirect(encoded, { 'accept-language': 'zh-CN', cookie: 'NEXT_LOCALE=zh-Hant' })).location, path).toMatch(
        /^\/zh-hant\//,
      );
    }
  });

  test("a bundle's files where Hugo published them lead to the same bytes here, in one redirect", async () => {
    const bundle = oracle.pages.find((page) => page.file.includes('trip-to-taipei/index.md'));
    expect(bundle).toBeDefined();
    const { status, location } = await redirect(`${encodeURI(bundle!.path)}images/cover.png`);
    expect(status).toBe(308);
    const image = await fetch(`${fixtureBaseUrl()}${location}`);
    expect([image.status, image.headers.get('content-type')]).toEqual([200, 'image/png']);
    expect(
      Buffer.from(await image.arrayBuffer()).equals(readFileSync('tests/fixtures/hugo-site/content/blog/trip-to-taipei/images/cover.png')),
    ).toBe(true);
  });

  test('addresses are matched the way Hugo wrote them: any case', async () => {
    expect(await redirect('/2015/03/CRLF-Bom/', { 'accept-language': 'zh-TW' })).toEqual({
      status: 308,
      location: '/zh-hant/posts/crlf-bom',
    });
  });

  test('an old address below one of our locale prefixes (a Hugo language named zh-hans) leads to its page; a page of ours there stays ours', async () => {
    expect(await redirect('/zh-hans/2016/old-name/', { 'accept-language': 'zh-TW' })).toEqual({
      status: 308,
      location: '/zh-hans/posts/old-locale-addresses',
    });
    expect(await redirect('/zh-hant/posts/typography-keep-quotes/')).toEqual({
      status: 308,
      location: '/zh-hant/posts/typography-keep-quotes',
    });
    expect((await redirect('/zh-hant/posts/typography-keep-quotes')).status).toBe(200);
    expect((await redirect('/zh-hans/2016/not-an-old-name/')).status).toBe(308); // its slash, then…
    expect((await redirect('/zh-hans/2016/not-an-old-name')).status).toBe(404);
  });

  test('a future or expired article has no page and no old address', async () => {
    for (const slug of ['future-post', 'expired-post']) expect((await fetch(`${fixtureBaseUrl()}/zh-hant/posts/${slug}`)).status).toBe(404);
    const oldAddress = await fetch(`${fixtureBaseUrl()}${encodeURI('/2020/01/未來才發布-futurepost/')}`);
    expect(oldAddress.status).toBe(404);
    expect(oldAddress.url).not.toContain('/posts/');
  });
});

async function mainText(path: string): Promise<string> {
  const page = await context.newPage();
  const response = await page.goto(`${fixtureBaseUrl()}${path}`);
  expect(response?.status()).toBe(200);
  const text = await page.locator('main').innerText();
  await page.close();
  return text;
}

describe('shortcodes', () => {
  test.each(['zh-hant', 'zh-hans'])('every embed is a frame that loads nothing until asked, with a plain link (%s)', async (prefix) => {
    const page = await context.newPage();
    await page.goto(`${fixtureBaseUrl()}/${prefix}/posts/6550187`);
    const links = await page
      .locator('main figure figcaption a')
      .evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
    expect(links).toEqual([
      'https://vimeo.com/146022717',
      'https://x.com/SanDiegoZoo/status/1453110110599868418',
      'https://x.com/jack/status/20',
      'https://www.instagram.com/p/CxOWiQNP2MO/',
      'https://gist.github.com/spf13/7896402',
      'https://speakerdeck.com/player/50021f75cf1db900020005e7',
      'https://www.bilibili.com/video/BV1xx411c7mD?p=2',
    ]);
    expect(await page.locator('main iframe').count()).toBe(links.length);
    expect(
      page
        .frames()
        .filter((frame) => frame !== page.mainFrame())
        .map((frame) => frame.url())
        .every((url) => url === 'about:srcdoc'),
    ).toBe(true);
    const text = await page.locator('main').innerText();
    expect(text).toContain(prefix === 'zh-hant' ? '作者是 甲、乙' : '作者是 甲、乙'); // {{< param "authors" >}}
    expect(text).toContain('{{< youtube ID >}}'); // an escaped shortcode prints itself
    await page.close();
  });

  test('youtube with start and title, figure, ref and relref in link definitions and links', async () => {
    for (const prefix of ['zh-hant', 'zh-hans']) {
      const page = await context.newPage();
      await page.goto(`${fixtureBaseUrl()}/${prefix}/posts/nan-tou-qing-jing-nong-chang-guo-min-bin-guan`);
      expect(await page.locator('main figure figcaption a').first().getAttribute('href')).toBe(
        'https://www.youtube.com/watch?v=MEfO09kPf-w&t=30s',
      );
      expect(await page.locator('main iframe').first().getAttribute('title')).toMatch(/清境雲海|清境云海/);
      const image = page.locator('main figure img[src="/images/2015/cloud.png"]');
      await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
      const refs = await page
        .locator('main a', { hasText: /上一篇|那篇/ })
        .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
      expect(refs).toEqual([`/${prefix}/posts/crlf-bom`, `/${prefix}/posts/crlf-bom`]);
      await page.close();
    }
  });

  test('a theme shortcode keeps its content, furniture is left out, shortcodes work in table cells', async () => {
    const page = await context.newPage();
    await page.goto(`${fixtureBaseUrl()}/zh-hans/posts/theme-shortcodes`);
    expect(await page.locator('main table iframe').count()).toBe(1);
    // FixIt's admonition is a callout, headed by its title.
    expect(await page.locator('main aside[data-callout="tip"] [data-callout-title]').innerText()).toBe('小提示');
    // The details box is closed: what a reader finds on opening it.
    const text = (await page.locator('main').textContent()) ?? '';
    await page.close();
    expect(text).toContain('ADMONITIONTEXT');
    expect(text).toContain('小提示');
    expect(text).toContain('DETAILSTEXT');
    expect(text).not.toContain('busuanzi');
    expect(text).not.toContain('{{');
  });

  test('code is highlighted and never converted; old WordPress code keeps its blank lines and <', async () => {
    const page = await context.newPage();
    await page.goto(`${fixtureBaseUrl()}/zh-hans/posts/toml-front-matter`);
    const code = await page.locator('main pre.shiki').allInnerTexts();
    expect(code.join('\n')).toContain('println("<hello>")');
    expect(code.join('\n')).toContain('# 繁體註解不轉換');
    expect(code.join('\n')).toMatch(/#include <stdio\.h>\n\nint main/);
    expect(await page.locator('main pre.shiki span[style*="--shiki-dark"]').count()).toBeGreaterThan(0);
    await page.close();
  });
});

describe('summaries and pages', () => {
  test.each(['zh-hant', 'zh-hans'])('list cards: summary field, then text before <!--more-->, then description (%s)', async (prefix) => {
    const home = [];
    for (let page = 1; ; page++) {
      const response = await fetch(`${fixtureBaseUrl()}/${prefix}${page === 1 ? '' : `/page/${page}`}`);
      if (response.status === 404) break;
      home.push(await response.text());
    }
    const html = home.join('\n');
    expect(html).toContain('MANUALSUMMARY');
    expect(html).not.toContain('SUMMARYHIDDEN');
    expect(html).toContain(prefix === 'zh-hant' ? '這篇文章用 Windows 的換行寫成' : '这篇文章用 Windows 的换行写成');
    expect(html).toContain(prefix === 'zh-hant' ? '清境農場的描述' : '清境农场的描述');
    expect(html).not.toContain('FUTUREPOST');
    expect(html).not.toContain('EXPIREDPOST');
  });

  test("a bundle's images beside its index.md show on both scripts' pages", async () => {
    for (const prefix of ['zh-hant', 'zh-hans']) {
      const page = await context.newPage();
      await page.goto(`${fixtureBaseUrl()}/${prefix}/posts/trip-to-taipei`);
      const images = page.locator('main .prose img');
      expect(await images.count()).toBe(2);
      for (const image of await images.all()) {
        await image.scrollIntoViewIfNeeded();
        await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
      }
      await page.close();
    }
  });

  test('an article written in Simplified is detected as such and reads in Taiwan words on the Traditional page', async () => {
    const text = await mainText('/zh-hant/posts/2019-simplified');
    expect(text).toContain('本文原以簡體中文寫成');
    // 写代码 is 寫程式 in Taiwan: the phrase wins over the word (代码 alone would be 程式碼).
    for (const word of ['資料主權', '軟體', '程式設計師寫程式']) expect(text).toContain(word);
    const original = await mainText('/zh-hans/posts/2019-simplified');
    for (const word of ['数据主权', '软件', '程序员写代码']) expect(original).toContain(word);
  });
});

describe("the theme's media, math and callouts, as a reader sees them", () => {
  const SLUG = 'media-and-math';

  async function open(prefix: string, colorScheme: 'light' | 'dark' = 'light') {
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme });
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
    });
    const response = await page.goto(`${fixtureBaseUrl()}/${prefix}/posts/${SLUG}`);
    expect(response?.status()).toBe(200);
    return { page, refused };
  }

  test.each(['zh-hant', 'zh-hans'])("the theme's bilibili shortcode that takes src= is a player (%s)", async (prefix) => {
    const { page } = await open(prefix);
    const frame = page.locator('main figure iframe[srcdoc]');
    expect(await frame.count()).toBe(1);
    const play = await frame.evaluate((element) =>
      new DOMParser().parseFromString(element.getAttribute('srcdoc')!, 'text/html').querySelector('a')!.getAttribute('href'),
    );
    expect(play).toMatch(/^https:\/\/player\.bilibili\.com\/player\.html\?bvid=BV1xx411c7mD&/);
    expect(await page.locator('main figure figcaption a').first().getAttribute('href')).toBe('https://www.bilibili.com/video/BV1xx411c7mD');
    await page.close();
  });

  test("the theme's video (a WebM beside index.md) and audio (static/, through relURL) play with the browser's controls", async () => {
    const { page, refused } = await open('zh-hant');
    const video = page.locator('main video[controls]');
    expect(await video.getAttribute('src')).toBe(`/bundles/posts/${SLUG}/clip.webm`);
    await video.scrollIntoViewIfNeeded();
    // Its metadata loaded: the browser has the file and knows its picture, which a reader can play.
    await expect
      .poll(() => video.evaluate((element: HTMLVideoElement) => (element.readyState >= 1 ? element.videoWidth : 0)), { timeout: 15_000 })
      .toBe(64);
    const audio = page.locator('main audio[controls]');
    expect(await audio.getAttribute('src')).toBe('/audios/chime.wav');
    await expect
      .poll(() => audio.evaluate((element: HTMLAudioElement) => (element.readyState >= 1 ? Math.round(element.duration * 10) : 0)), {
        timeout: 15_000,
      })
      .toBe(3);
    expect(await page.locator('main figure figcaption', { hasText: 'AUDIOTEXT' }).count()).toBe(1);
    expect(refused).toEqual([]);
    await page.close();
  });

  test.each(['zh-hant', 'zh-hans'])('formulas are MathML the browser lays out; prices and code keep their dollars (%s)', async (prefix) => {
    const { page } = await open(prefix);
    const formulas = await page.locator('main math annotation').allTextContents();
    expect(formulas).toEqual(['E = mc^2', 'a^2 + b^2 = c^2', '\\int_0^1 x^2 \\, dx = \\frac{1}{3}']);
    expect(await page.locator('main math[display="block"]').count()).toBe(1);
    // Laid out as mathematics: the integral with its fraction is a box of its own height.
    const height = await page.locator('main math[display="block"]').evaluate((element) => element.getBoundingClientRect().height);
    expect(height).toBeGreaterThan(20);
    const text = await page.locator('main').innerText();
    expect(text).toContain('US$16.95');
    expect(text).toContain('$520');
    expect(text).toContain('$840');
    expect(await page.locator('main code', { hasText: 'echo $HOME $PATH' }).count()).toBe(1);
    expect(await page.locator('main .katex-error').count()).toBe(0);
    await page.close();
  });

  test.each([
    ['zh-hant', '注意', '自訂的標題', '危險操作'],
    ['zh-hans', '注意', '自定义的标题', '危险操作'], // 自訂 is 自定义 on the mainland
  ])(
    "GitHub's alerts and a folded admonition are callouts with their titles in the page's script (%s)",
    async (prefix, note, warning, danger) => {
      const { page } = await open(prefix);
      const title = (type: string) =>
        page.locator(`main aside[data-callout="${type}"][role="note"] [data-callout-title]`).first().innerText();
      expect(await title('note')).toBe(note);
      expect(await title('warning')).toBe(warning);
      expect(await page.locator('main aside[data-callout="note"]').innerText()).toContain('ALERTTEXT');
      // Folded, as the theme's open=false: the title shows, the content opens on a press.
      const folded = page.locator('main aside[data-callout="danger"] details');
      expect(await folded.getAttribute('open')).toBeNull();
      expect(await folded.locator('summary').innerText()).toBe(danger);
      await folded.locator('summary').click();
      expect(await folded.innerText()).toContain('COLLAPSEDTEXT');
      await page.close();
    },
  );

  test('callouts are styled in light and in dark', async () => {
    const colours = async (scheme: 'light' | 'dark') => {
      const { page } = await open('zh-hant', scheme);
      const style = await page.locator('main aside[data-callout="warning"]').evaluate((element) => {
        const computed = getComputedStyle(element);
        const title = getComputedStyle(element.querySelector('[data-callout-title]')!);
        return {
          edge: computed.borderInlineStartColor,
          background: computed.backgroundColor,
          title: title.color,
          width: computed.borderInlineStartWidth,
        };
      });
      await page.close();
      return style;
    };
    const light = await colours('light');
    const dark = await colours('dark');
    expect(light.width).toBe('4px');
    expect(light.background).not.toBe('rgba(0, 0, 0, 0)');
    expect(dark.background).not.toBe(light.background);
    expect(dark.title).not.toBe(light.title);
  });
});
