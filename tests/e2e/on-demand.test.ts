import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import type { StoredSite } from '@/lib/content/store-types';
import { fixtureBaseUrl, fixtureSiteDir } from './browser';

/**
 * The fixture site is built with PRERENDER_LATEST: its oldest articles are rendered on their first request
 * and cached from then on. This file runs before every other (tests/e2e/sequencer.ts): the crawl and the
 * list tests read every article, and a page they had read would already be cached.
 */
const read = (file: string) => JSON.parse(readFileSync(path.join(fixtureSiteDir(), file), 'utf8'));

test('an article outside the pre-rendered set renders on its first request, in both scripts, and is then cached', async () => {
  const { articles } = read('public/_store/site.json') as StoredSite;
  const oldest = articles.at(-1)!.slug;
  const prerendered = Object.keys((read('.next/prerender-manifest.json') as { routes: Record<string, unknown> }).routes);
  expect(prerendered).toContain(`/zh-hant/posts/${articles[0].slug}`);
  for (const prefix of ['zh-hant', 'zh-hans']) {
    expect(prerendered).not.toContain(`/${prefix}/posts/${oldest}`);
    const first = await fetch(`${fixtureBaseUrl()}/${prefix}/posts/${oldest}`);
    expect(first.status).toBe(200);
    expect(first.headers.get('x-nextjs-cache')).toBe('MISS');
    expect(await first.text()).toContain(`/${prefix}/posts/${oldest}`);
    const again = await fetch(`${fixtureBaseUrl()}/${prefix}/posts/${oldest}`);
    expect(again.headers.get('x-nextjs-cache')).toBe('HIT');
    expect(await again.text()).toContain(`/${prefix}/posts/${oldest}`);
  }
});
