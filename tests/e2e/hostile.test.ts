import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { readFrontMatter } from '@/lib/core/front-matter';
import { postSlug } from '@/lib/core/slugs';
import { termKey } from '@/lib/text/terms';
import { EMBED_FRAME_ORIGINS } from '@/lib/text/embeds';
import { fixtureBaseUrl, newPhoneContext, sharedBrowser } from './browser';

/**
 * Hostile content (tests/fixtures/articles/hostile-*.md, in the spirit of OWASP's XSS filter-evasion
 * cheat sheet) through the real pipeline, the real build and a real browser, in both scripts. Every
 * payload calls `__xss('case')`; the page gets a `__xss` that reports to the test before any of its own
 * scripts run, in every frame, so a payload that runs anywhere is noticed, as are dialogs and CSP
 * reports. Independently of execution (a handler runs only when its event fires, a javascript: link
 * only when clicked), the DOM is searched for what must not be there.
 */
const ARTICLES = 'tests/fixtures/articles';
const files = readdirSync(ARTICLES)
  .filter((name) => /^hostile-.*\.md$/.test(name))
  .sort();
const sources = files.map((file) => readFileSync(path.join(ARTICLES, file), 'utf8'));
const cases = sources.flatMap((source) => [...source.matchAll(/<!-- case: ([\w-]+) -->/g)].map((match) => match[1]));

function slugOf(file: string, source: string): string {
  const { frontMatter } = readFrontMatter(source);
  const data = frontMatter?.ok ? frontMatter.data : {};
  const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : undefined);
  return postSlug({ slug: text(data.slug), url: text(data.url), file: `posts/${file}`, title: text(data.title) ?? '' });
}
const articles = files.map((file, index) => ({ file, slug: slugOf(file, sources[index]) }));
const LOCALES = ['zh-hant', 'zh-hans'] as const;

const browser = sharedBrowser();

type Watch = { hits: string[]; dialogs: string[]; violations: string[]; errors: string[] };

/** A context in which any executed payload, dialog or CSP violation is recorded, whatever frame it happens in. */
async function watchedContext(): Promise<{ context: BrowserContext; watch: Watch }> {
  const { context } = await newPhoneContext(browser());
  const watch: Watch = { hits: [], dialogs: [], violations: [], errors: [] };
  await context.exposeFunction('__xssReport', (id: string) => watch.hits.push(String(id)));
  await context.exposeFunction('__cspReport', (text: string) => watch.violations.push(text));
  await context.addInitScript(() => {
    const w = window as unknown as Record<string, (text: string) => void>;
    const report = (id: unknown) => w.__xssReport(String(id));
    // Not writable: named elements (`<a id="__xss">`) cannot replace it.
    Object.defineProperty(window, '__xss', { value: report, writable: false, configurable: false });
    for (const name of ['alert', 'confirm', 'prompt', 'print'] as const) {
      Object.defineProperty(window, name, {
        value: (message?: unknown) => report(`${name}:${String(message)}`),
        writable: false,
        configurable: false,
      });
    }
    document.addEventListener('securitypolicyviolation', (event) =>
      w.__cspReport(`${event.effectiveDirective} ${event.blockedURI} ${event.sample}`),
    );
  });
  context.on('page', (page) => {
    page.on('dialog', (dialog) => {
      watch.dialogs.push(dialog.message());
      return dialog.dismiss();
    });
    // An error of the page's own code (a hydration mismatch, a player that fails): hostile content breaks nothing.
    page.on('pageerror', (error) => {
      if (!/Minified React error #(418|423|425)/.test(error.message)) watch.errors.push(error.message);
    });
    page.on('console', (message) => {
      // Hostile articles link images that do not exist (`src=x`): their 404s are expected. A hydration
      // mismatch is not a security failure: it has its own test below.
      if (message.type() === 'error' && !/^Failed to load resource|Minified React error #(418|423|425)/.test(message.text()))
        watch.errors.push(message.text());
    });
  });
  return { context, watch };
}

/** What must not be in a frame's DOM: inline handlers, and script-bearing URLs in any attribute. */
function dangerousAttributes(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => {
    // As the URL parser reads them: leading and trailing controls and spaces dropped, tabs and newlines anywhere.
    const scheme = (value: string) => {
      const cleaned = value
        .replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
        .replace(/[\t\n\r]/g, '')
        .toLowerCase();
      return /^([a-z][a-z0-9+.-]*):/.exec(cleaned)?.[1];
    };
    // Every attribute a browser reads as an address (HTML, SVG's links and animations, MathML's href).
    const URL_ATTRIBUTES =
      /^(href|src|srcset|imagesrcset|action|formaction|xlink:href|data|poster|background|codebase|cite|ping|lowsrc|dynsrc|longdesc|usemap|manifest|icon|profile|classid|archive|values|to|from|by)$/i;
    const found: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      for (const { name, value } of element.attributes) {
        const where = `<${element.localName} ${name}="${value.slice(0, 80)}">`;
        if (/^on/i.test(name)) found.push(`handler ${where}`);
        const isUrl = URL_ATTRIBUTES.test(name) || (name === 'content' && element.matches('meta[http-equiv]'));
        if (!isUrl) continue;
        const urls = /srcset$/i.test(name)
          ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0])
          : name === 'content'
            ? [value.replace(/^[^;]*;\s*url=/i, '')]
            : [value];
        for (const url of urls) {
          const protocol = scheme(url);
          if (protocol === 'javascript' || protocol === 'vbscript') found.push(`script URL ${where}`);
          if (protocol === 'data' && !/^data:image\//i.test(url.trim())) found.push(`data URL ${where}`);
        }
      }
    }
    return found;
  });
}

/** Elements an article may not bring, outside the embed frames and the header's search form. */
function foreignElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const describe = (element: Element) => element.outerHTML.slice(0, 120);
    for (const element of document.querySelectorAll('object, embed, applet, frame, frameset, base, isindex, keygen, portal'))
      found.push(describe(element));
    for (const frame of document.querySelectorAll('iframe')) {
      const ours =
        frame.hasAttribute('srcdoc') &&
        !frame.hasAttribute('src') &&
        frame.closest('figure') !== null &&
        frame.getAttribute('srcdoc')!.startsWith('<!doctype html><html lang=');
      if (!ours) found.push(describe(frame));
    }
    for (const form of document.querySelectorAll('form')) if (!form.matches('header form[role="search"]')) found.push(describe(form));
    for (const element of document.querySelectorAll(
      'main meta, main link, main style, main script:not([type="application/ld+json"]), main noscript, main template, main svg, main math',
    )) {
      found.push(describe(element));
    }
    return found;
  });
}

/** Where the embed frames' play links lead: each must be a provider's player, over https. */
function playLinks(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('iframe[srcdoc]')].flatMap((frame) => {
      const document = new DOMParser().parseFromString(frame.getAttribute('srcdoc')!, 'text/html');
      return [...document.querySelectorAll('a[href]')].map((link) => link.getAttribute('href')!);
    }),
  );
}

test('the corpus holds at least 40 named cases in at least 8 articles, each case named once', () => {
  expect(files.length).toBeGreaterThanOrEqual(8);
  expect(cases.length).toBeGreaterThanOrEqual(40);
  expect(cases.filter((name, index) => cases.indexOf(name) !== index)).toEqual([]);
});

describe.each(LOCALES)('hostile articles in %s', (locale) => {
  test.each(articles)('$file: no script runs, no handler, no dangerous URL, no foreign element or frame', async ({ slug }) => {
    const { context, watch } = await watchedContext();
    const page = await context.newPage();
    const response = await page.goto(`${fixtureBaseUrl()}/${locale}/posts/${slug}`, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    // Lazy images and frames load once near the viewport: bring every one of them in.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
        window.scrollTo(0, y);
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
    });
    await page.waitForLoadState('networkidle');

    const attributes: string[] = [];
    for (const frame of page.frames())
      attributes.push(...(await dangerousAttributes(frame)).map((problem) => `${frame.url()}: ${problem}`));
    const frameUrls = page
      .frames()
      .slice(1)
      .map((frame) => frame.url());
    // Everything at once, so a failure shows every way the article got through.
    expect({
      ...watch,
      attributes,
      elements: await foreignElements(page),
      frames: frameUrls.filter((url) => url !== 'about:srcdoc' && !EMBED_FRAME_ORIGINS.includes(new URL(url).origin)),
      playLinks: (await playLinks(page)).filter((href) => !EMBED_FRAME_ORIGINS.includes(new URL(href).origin)),
    }).toEqual({ hits: [], dialogs: [], violations: [], errors: [], attributes: [], elements: [], frames: [], playLinks: [] });

    // The structured data is one script holding JSON whose headline is the title as written.
    const jsonLd = page.locator('script[type="application/ld+json"]');
    expect(await jsonLd.count()).toBe(1);
    const data = JSON.parse((await jsonLd.textContent()) ?? '');
    expect(await page.locator('h1').innerText()).toBe(data.headline);
    await context.close();
  });
});

test('hostile articles’ players still play: every valid embed is a player, wherever the article put it, and its press leads to the provider', async () => {
  const { context, watch } = await watchedContext();
  const page = await context.newPage();
  await page.goto(`${fixtureBaseUrl()}/zh-hant/posts/${articles.find(({ file }) => file === 'hostile-embeds.md')!.slug}`, {
    waitUntil: 'networkidle',
  });
  const players = page.locator('figure iframe[srcdoc]');
  const sources = await players.evaluateAll((frames) =>
    frames.map((frame) => /href="([^"]*)"/.exec(frame.getAttribute('srcdoc')!)![1].replace(/&amp;/g, '&')),
  );
  // The YouTube embed whose title holds markup, the one in a link, in a table cell and in a list; the gists and Vimeo.
  for (const start of ['5', '7', '8', '9'])
    expect(
      sources.filter((src) => new URL(src).searchParams.get('start') === start),
      `start=${start}`,
    ).toHaveLength(1);
  expect(sources.filter((src) => src.startsWith('https://gist.github.com/octocat/'))).toHaveLength(2);
  expect(sources.filter((src) => src.startsWith('https://player.vimeo.com/video/146022717'))).toHaveLength(1);
  // A title is text, in the frame's title attribute.
  expect(await players.evaluateAll((frames) => frames.map((frame) => frame.getAttribute('title') ?? ''))).toContainEqual(
    expect.stringContaining("<script>__xss('youtube-title')</script>"),
  );
  await expect.poll(() => page.locator('main').innerText()).toContain('Text after the players: still here.');

  const player = players.and(page.locator('[srcdoc*="start=5"]'));
  await player.scrollIntoViewIfNeeded();
  await player.contentFrame().locator('a').click();
  await expect
    .poll(() =>
      page
        .frames()
        .map((child) => child.url())
        .find((url) => url.startsWith('https://www.youtube-nocookie.com/embed/MEfO09kPf-w')),
    )
    .toBeDefined();
  expect(watch).toEqual({ hits: [], dialogs: [], violations: [], errors: [] });
  await context.close();
});

test('an embed written inside a link, a table cell or a list leaves the page hydrating as it should', async () => {
  // ArticleBody cuts the article's HTML at each embed into separate elements. Cut inside a table cell (a
  // shortcode in a Markdown table does that too), the browser's parser rebuilds the pieces differently
  // from React's tree: React reports a mismatch (#418) and renders the whole page again on the client.
  const { context } = await newPhoneContext(browser());
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && /React error/.test(message.text())) errors.push(message.text());
  });
  await page.goto(`${fixtureBaseUrl()}/zh-hant/posts/${articles.find(({ file }) => file === 'hostile-embeds.md')!.slug}`, {
    waitUntil: 'networkidle',
  });
  expect(errors).toEqual([]);
  await context.close();
});

test('front-matter payloads reach the page as text: title, source, tags, categories and authors', async () => {
  const { context, watch } = await watchedContext();
  const page = await context.newPage();
  const { slug } = articles.find(({ file }) => file === 'hostile-front-matter.md')!;
  await page.goto(`${fixtureBaseUrl()}/zh-hant/posts/${slug}`, { waitUntil: 'networkidle' });
  expect(await page.locator('h1').innerText()).toContain("</script><script>__xss('title-jsonld')</script>");
  expect(await page.title()).toContain("</script><script>__xss('title-jsonld')</script>");
  expect(await page.locator('article header a[href^="https://example.com/"]').getAttribute('href')).toBe(
    'https://example.com/?q=javascript:__xss(1)&next=%22%3E%3Cscript%3E',
  );
  expect(await page.locator('article header').innerText()).toContain("<img src=x onerror=__xss('source-name')>");
  // Every tag and category link leads to a page of this site that answers.
  const termLinks = await page
    .locator('article a[href*="/tags/"], article a[href*="/categories/"]')
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  expect(termLinks.length).toBeGreaterThanOrEqual(6);
  for (const href of termLinks) {
    expect(new URL(href).origin).toBe(fixtureBaseUrl());
    expect((await fetch(href, { redirect: 'manual' })).status, href).toBe(200);
  }
  expect(watch).toEqual({ hits: [], dialogs: [], violations: [], errors: [] });
  await context.close();
});

test.each(LOCALES)(
  'the %s feed of the hostile articles stays well-formed XML with their titles as text, and runs nothing when opened',
  async (locale) => {
    // Every hostile article carries this tag, so its feed lists them whatever else the site holds.
    const url = `${fixtureBaseUrl()}/${locale}/tags/${encodeURIComponent(termKey('惡意內容測試'))}/feed.xml`;
    const response = await fetch(url);
    expect(response.status).toBe(200);
    const xml = await response.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const { context, watch } = await watchedContext();
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    // Read as XML, the feed holds no element but RSS's: no script in any namespace.
    const elements = await page.evaluate(async (address) => {
      const document = new DOMParser().parseFromString(await (await fetch(address)).text(), 'application/xml');
      return [...document.getElementsByTagNameNS('*', '*')].map((element) => ({
        namespace: element.namespaceURI ?? '',
        name: element.localName,
      }));
    }, url);
    expect(elements.filter(({ namespace, name }) => name === 'script' || /xhtml|svg|mathml/i.test(namespace))).toEqual([]);
    expect(xml).toContain('title-feed');
    expect(watch.hits).toEqual([]);
    expect(watch.dialogs).toEqual([]);
    await context.close();
  },
);
