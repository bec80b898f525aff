import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { EMBED_FRAME_ORIGINS } from '@/lib/text/embeds';
import { baseUrl, fixtureBaseUrl, newPhoneContext, sharedBrowser } from './browser';

/**
 * The security headers of next.config.ts on every kind of response `next start` gives, and the
 * Content-Security-Policy at work in Chromium: pages keep working under it (no violation), and it
 * refuses what it should (handlers, foreign scripts and frames, being framed).
 */
const browser = sharedBrowser();

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name, values]),
  );
}

/** The first seed article playing a YouTube video, found in the content rather than named here. */
function videoArticleSlug(): string {
  const file = readdirSync('content/posts').find(
    (name) => name.endsWith('.md') && /\{\{[<%]\s*youtube\s/.test(readFileSync(`content/posts/${name}`, 'utf8')),
  );
  if (!file) throw new Error('no article in content/posts plays a YouTube video');
  return file.replace(/\.md$/, '');
}

async function firstChunk(): Promise<string> {
  const html = await (await fetch(`${baseUrl()}/zh-hant`)).text();
  return /<script src="(\/_next\/static\/[^"]+\.js)"/.exec(html)![1];
}

describe('headers', () => {
  const responses: [string, () => Promise<string> | string, number][] = [
    ['a page', () => '/zh-hant', 200],
    ['an article', () => `/zh-hans/posts/${videoArticleSlug()}`, 200],
    ['a 404 page', () => '/zh-hant/posts/no-such-article', 404],
    ['an unknown locale', () => '/fr/x', 404],
    ['a redirect to lower case', () => '/ZH-HANT/tags', 308],
    ['the negotiated root', () => '/', 307],
    ['a script file', firstChunk, 200],
    ['a missing script file', () => '/_next/static/chunks/missing.js', 404],
    ['the icon', () => '/icon.svg', 200],
    ['robots.txt', () => '/robots.txt', 200],
    ['the feed', () => '/zh-hant/feed.xml', 200],
  ];

  test.each(responses)('%s carries every security header', async (_, path, status) => {
    const response = await fetch(`${baseUrl()}${await path()}`, { redirect: 'manual' });
    expect(response.status).toBe(status);
    const headers = Object.fromEntries(
      [
        'content-security-policy',
        'x-content-type-options',
        'referrer-policy',
        'permissions-policy',
        'strict-transport-security',
        'x-frame-options',
      ].map((name) => [name, response.headers.get(name)]),
    );
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['strict-transport-security']).toMatch(/^max-age=\d{8,}/);
    expect(headers['content-security-policy']).toBeTruthy();
    expect(headers['permissions-policy']).toBeTruthy();
    // Said once: two policies would both apply, the stricter winning, and confuse every reader.
    expect(response.headers.get('content-security-policy')!.split(', default-src').length).toBe(1);
  });

  test('the Content-Security-Policy: self by default, scripts only ours, frames only the players, nothing else may frame us', async () => {
    const policy = directives((await fetch(`${baseUrl()}/zh-hant`)).headers.get('content-security-policy')!);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    // 'unsafe-inline' for Next's inline payload scripts (see next.config.ts); no host, no eval, no handler attribute.
    expect(policy.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get('script-src-attr')).toEqual(["'none'"]);
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'https:']);
    expect(policy.get('frame-src')?.sort()).toEqual([...EMBED_FRAME_ORIGINS].sort());
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  });

  test('the Permissions-Policy: players may play, full screen and picture-in-picture; nothing may use camera, microphone or location', async () => {
    const policy = (await fetch(`${baseUrl()}/zh-hant`)).headers.get('permissions-policy')!;
    const features = new Map(policy.split(/,\s*/).map((entry) => entry.split('=') as [string, string]));
    const players = `(self ${EMBED_FRAME_ORIGINS.map((origin) => `"${origin}"`).join(' ')})`;
    for (const feature of ['autoplay', 'encrypted-media', 'fullscreen', 'picture-in-picture']) expect(features.get(feature)).toBe(players);
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'display-capture', 'browsing-topics'])
      expect(features.get(feature)).toBe('()');
  });
});

type Watch = { violations: string[]; console: string[] };

/** A context that records CSP violations (in every frame) and console errors and warnings about policies. */
async function watchedContext(): Promise<{ context: BrowserContext; watch: Watch; open: (url: string) => Promise<Page> }> {
  const { context } = await newPhoneContext(browser());
  const watch: Watch = { violations: [], console: [] };
  await context.exposeFunction('__cspReport', (text: string) => watch.violations.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { __cspReport: (text: string) => void }).__cspReport(`${event.effectiveDirective} ${event.blockedURI}`),
    );
  });
  const open = async (url: string) => {
    const page = await context.newPage();
    page.on('console', (message) => {
      if (/Content.Security.Policy|Permissions.Policy|Refused to|violates/i.test(message.text())) watch.console.push(message.text());
    });
    page.on('pageerror', (error) => watch.console.push(error.message));
    expect((await page.goto(url, { waitUntil: 'networkidle' }))?.status()).toBeLessThan(400);
    return page;
  };
  return { context, watch, open };
}

describe('pages work under the policy', () => {
  test('the home page: no violation, and the page is interactive', async () => {
    const { context, watch, open } = await watchedContext();
    const page = await open(`${baseUrl()}/zh-hant`);
    await page.locator('main a[href*="/posts/"]').first().click();
    await page.waitForURL(/\/posts\//);
    await page.waitForLoadState('networkidle');
    expect(watch).toEqual({ violations: [], console: [] });
    await context.close();
  });

  test('an article with a video, before and after the press: no violation, and the player gets what it needs', async () => {
    const { context, watch, open } = await watchedContext();
    const page = await open(`${baseUrl()}/zh-hant/posts/${videoArticleSlug()}`);
    const player = page.locator('figure iframe').first();
    await player.scrollIntoViewIfNeeded();
    await page.frameLocator('figure iframe').first().getByRole('link').click();
    await expect.poll(() => page.frames().find((frame) => frame.url().startsWith('https://www.youtube-nocookie.com/embed/'))).toBeDefined();
    const youtube = page.frames().find((frame) => frame.url().startsWith('https://www.youtube-nocookie.com/embed/'))!;
    // The frame was ours (srcdoc) when the allow attribute was read: it must name the provider for the player to get these.
    const allowed = await youtube.evaluate(() =>
      ['autoplay', 'fullscreen', 'encrypted-media', 'picture-in-picture', 'camera'].map((feature) => [
        feature,
        (document as unknown as { featurePolicy: { allowsFeature: (name: string) => boolean } }).featurePolicy.allowsFeature(feature),
      ]),
    );
    expect(Object.fromEntries(allowed)).toEqual({
      autoplay: true,
      fullscreen: true,
      'encrypted-media': true,
      'picture-in-picture': true,
      camera: false,
    });
    expect(watch).toEqual({ violations: [], console: [] });
    await context.close();
  });

  test('the search page, its results loaded', async () => {
    const { context, watch, open } = await watchedContext();
    const page = await open(`${baseUrl()}/zh-hant/search?q=AI`);
    // The page answered and its script ran: results from the static index (fetched under the policy's connect-src).
    await page.locator('main ol li a').first().waitFor();
    expect(watch).toEqual({ violations: [], console: [] });
    await context.close();
  });

  test('a page with highlighted code (inline styles from Shiki)', async () => {
    const { context, watch, open } = await watchedContext();
    const page = await open(`${fixtureBaseUrl()}/zh-hant/posts/hostile-code`);
    // Shiki's colours are in style attributes: they apply (a refused attribute would leave its variables unset).
    expect(await page.locator('pre.shiki span[style]').count()).toBeGreaterThan(0);
    expect(
      await page
        .locator('pre.shiki span[style]')
        .first()
        .evaluate((span) => getComputedStyle(span).getPropertyValue('--shiki-dark')),
    ).toMatch(/^#/);
    expect(watch).toEqual({ violations: [], console: [] });
    await context.close();
  });
});

describe('the policy refuses what it should', () => {
  test('an injected handler, a foreign script, a foreign frame and a foreign fetch are blocked and reported', async () => {
    const { context, watch, open } = await watchedContext();
    const page = await open(`${baseUrl()}/zh-hant`);
    await page.evaluate(() => {
      (window as unknown as { __ran: string[] }).__ran = [];
      document.body.insertAdjacentHTML('beforeend', '<img src="/no-such-image.png" onerror="window.__ran.push(\'handler\')">');
      const script = document.createElement('script');
      script.src = 'https://evil.example/x.js';
      document.body.append(script);
      const frame = document.createElement('iframe');
      frame.src = 'https://evil.example/';
      document.body.append(frame);
      fetch('https://evil.example/collect').catch(() => {});
      const object = document.createElement('object');
      object.data = '/icon.svg';
      document.body.append(object);
    });
    await expect.poll(() => watch.violations.length).toBeGreaterThanOrEqual(5);
    expect(await page.evaluate(() => (window as unknown as { __ran: string[] }).__ran)).toEqual([]);
    const directivesHit = new Set(watch.violations.map((violation) => violation.split(' ')[0]));
    expect([...directivesHit].sort()).toEqual(['connect-src', 'frame-src', 'object-src', 'script-src-attr', 'script-src-elem']);
    await context.close();
  });

  test('another site cannot frame a page', async () => {
    // A real server of our own on another port (another origin, on the same machine as the site, so
    // Chromium's local-network checks let it try); it frames the home page.
    const framer = createServer((_, response) => {
      response.setHeader('content-type', 'text/html');
      response.end(`<!doctype html><iframe src="${baseUrl()}/zh-hant"></iframe>`);
    });
    await new Promise<void>((resolve) => framer.listen(0, '127.0.0.1', resolve));
    const page = await browser().newPage();
    const messages: string[] = [];
    page.on('console', (message) => messages.push(message.text()));
    await page.goto(`http://127.0.0.1:${(framer.address() as AddressInfo).port}/`, { waitUntil: 'networkidle' });
    // Chromium shows its error page in place of the refused frame, and says why.
    expect(page.frames()[1].url()).toBe('chrome-error://chromewebdata/');
    expect(messages.some((message) => /frame-ancestors 'none'/.test(message))).toBe(true);
    await page.close();
    framer.close();
  });
});
