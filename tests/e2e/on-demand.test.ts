import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { StoredSite } from '@/lib/outputs/store/contract';
import { freePort, startProcess, stopProcess, waitForServer } from '../support/scratch-site';
import { FIXTURE_PRERENDER_LATEST } from './fixture-site';
import { fixturePristineDir } from './browser';

/**
 * The fixture site is built with PRERENDER_LATEST: its oldest articles are rendered on their first request
 * and cached from then on, as every share image is. The crawl and list tests read every article from the
 * shared server, so this file serves its own copy of the build, which no other file has read.
 */
const read = (file: string) => JSON.parse(readFileSync(path.join(fixturePristineDir(), file), 'utf8'));

let server: ReturnType<typeof startProcess> | undefined;
let baseUrl = '';
const fixtureBaseUrl = () => baseUrl;

beforeAll(async () => {
  const port = await freePort();
  server = startProcess('node_modules/.bin/next', ['start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: fixturePristineDir(),
    env: { TZ: 'UTC', PRERENDER_LATEST: String(FIXTURE_PRERENDER_LATEST) },
  });
  baseUrl = `http://127.0.0.1:${port}`;
  await waitForServer(baseUrl, server.child, server.output);
});
afterAll(() => server && stopProcess(server.child));

test('an article outside the pre-rendered set renders on its first request, in both scripts, and is then cached', async () => {
  const { articles } = read('public/_store/site.json') as StoredSite;
  const oldest = articles.at(-1)!.slug;
  const prerendered = Object.keys((read('.next/prerender-manifest.json') as { routes: Record<string, unknown> }).routes);
  expect(prerendered).toContain(`/zh-hant/posts/${articles[0].slug}`);
  const shareImages: string[] = [];
  for (const prefix of ['zh-hant', 'zh-hans']) {
    expect(prerendered).not.toContain(`/${prefix}/posts/${oldest}`);
    const first = await fetch(`${fixtureBaseUrl()}/${prefix}/posts/${oldest}`);
    expect(first.status).toBe(200);
    expect(first.headers.get('x-nextjs-cache')).toBe('MISS');
    const body = await first.text();
    expect(body).toContain(`/${prefix}/posts/${oldest}`);
    shareImages.push(new URL(/<meta property="og:image" content="([^"]+)"/.exec(body)![1]).pathname);
    const again = await fetch(`${fixtureBaseUrl()}/${prefix}/posts/${oldest}`);
    expect(again.headers.get('x-nextjs-cache')).toBe('HIT');
    expect(await again.text()).toContain(`/${prefix}/posts/${oldest}`);
  }
  // An article rendered on demand has its share card too.
  expect(shareImages).toEqual([`/og/zh-hant/${oldest}.png`, `/og/zh-hans/${oldest}.png`]);
});

test('share images are rendered on their first request, one per article and script, then cached', async () => {
  const { articles } = read('public/_store/site.json') as StoredSite;
  const images = [articles[0].slug, articles.at(-1)!.slug].flatMap((slug) =>
    ['zh-hant', 'zh-hans'].map((prefix) => `/og/${prefix}/${slug}.png`),
  );
  const bodies: Buffer[] = [];
  for (const image of images) {
    const first = await fetch(`${fixtureBaseUrl()}${image}`);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('image/png');
    expect(first.headers.get('x-nextjs-cache')).toBe('MISS');
    const png = Buffer.from(await first.arrayBuffer());
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    bodies.push(png);
    const again = await fetch(`${fixtureBaseUrl()}${image}`);
    expect(again.headers.get('x-nextjs-cache')).toBe('HIT');
    expect(Buffer.from(await again.arrayBuffer()).equals(png)).toBe(true);
  }
  // Each card shows its own title in its own script.
  expect(new Set(bodies.map((png) => png.toString('base64'))).size).toBe(images.length);
  for (const missing of ['/og/zh-hant/no-such-article.png', `/og/zh-hant/${articles[0].slug}.jpg`, `/og/xx/${articles[0].slug}.png`]) {
    expect((await fetch(`${fixtureBaseUrl()}${missing}`)).status).toBe(404);
  }
});
