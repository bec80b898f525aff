import { expect, test } from 'vitest';
import { SEED_ARTICLES } from '../seeds';
import { baseUrl } from './browser';

test('the sitemap lists every article and company page in both scripts, with their twins', async () => {
  const xml = await (await fetch(`${baseUrl()}/sitemap.xml`)).text();
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
  for (const prefix of ['/zh-hant', '/zh-hans']) {
    expect(paths).toContain(prefix);
    expect(paths).toContain(`${prefix}/companies/nvidia`);
    for (const { slug } of SEED_ARTICLES) expect(paths).toContain(`${prefix}/posts/${slug}`);
  }
  expect(paths).toHaveLength(2 * (2 + 14 + SEED_ARTICLES.length));
  expect(xml).toContain('hreflang="zh-Hans"');
});

test('robots.txt allows crawling and points at the sitemap', async () => {
  const robots = await (await fetch(`${baseUrl()}/robots.txt`)).text();
  expect(robots).toContain('Allow: /');
  expect(robots).toMatch(/Sitemap: https?:\/\/[^\s]+\/sitemap\.xml/);
});
