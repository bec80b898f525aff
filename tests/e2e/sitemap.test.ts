import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import type { CompanyEntry, StoredSite } from '@/lib/outputs/store/contract';
import { baseUrl } from './browser';

const store = <T>(file: string) => JSON.parse(readFileSync(`public/_store/${file}`, 'utf8')) as T;

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);

/** Every address the sitemaps list, reached as a crawler does: robots.txt, the index of sitemaps it names, each sitemap. */
async function sitemapPaths(): Promise<{ paths: string[]; xml: string }> {
  const robots = await (await fetch(`${baseUrl()}/robots.txt`)).text();
  const [index] = [...robots.matchAll(/^Sitemap: (\S+)$/gm)].map((match) => new URL(match[1]).pathname);
  const sitemaps = locs(await (await fetch(`${baseUrl()}${index}`)).text());
  expect(sitemaps.length).toBeGreaterThan(0);
  const xml = (await Promise.all(sitemaps.map(async (sitemap) => (await fetch(`${baseUrl()}${sitemap}`)).text()))).join('\n');
  return { paths: locs(xml).map((pathname) => decodeURIComponent(pathname)), xml };
}

test('the sitemaps list every page of the built site in both scripts, with their twins', async () => {
  const site = store<StoredSite>('site.json');
  const companies = store<CompanyEntry[]>('companies.json');
  const { paths, xml } = await sitemapPaths();
  for (const prefix of ['/zh-hant', '/zh-hans']) {
    expect(paths).toContain(prefix);
    for (const company of companies) expect(paths).toContain(`${prefix}/companies/${company.id}`);
    for (const { slug } of site.articles) expect(paths).toContain(`${prefix}/posts/${slug}`);
    for (const tag of site.tags) expect(paths).toContain(`${prefix}/tags/${tag.key}`);
  }
  const perLocale =
    1 +
    4 +
    site.tags.length +
    site.categories.length +
    site.series.length +
    site.years.length +
    companies.length +
    site.articles.length +
    site.translations.length +
    site.pages.length;
  expect(new Set(paths).size).toBe(2 * perLocale);
  expect(xml).toContain('hreflang="zh-Hans"');
});

test('robots.txt allows crawling, keeps crawlers out of the content store and names the index of sitemaps', async () => {
  const robots = await (await fetch(`${baseUrl()}/robots.txt`)).text();
  expect(robots).toContain('Allow: /');
  expect(robots).toContain('Disallow: /_store/');
  expect(robots).toMatch(/Sitemap: https?:\/\/[^\s]+\/sitemap-index\.xml/);
});

test('/sitemap.xml, where crawlers and old Hugo sites look, leads to the same index', async () => {
  const response = await fetch(`${baseUrl()}/sitemap.xml`);
  expect(response.status).toBe(200);
  expect(new URL(response.url).pathname).toBe('/sitemap-index.xml');
  expect(await response.text()).toMatch(/<sitemapindex[\s\S]*<loc>[^<]+\/sitemap\/0\.xml<\/loc>/);
});
