import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import type { StoredArticle, StoredSite } from '@/lib/outputs/store/contract';
import { fixtureBaseUrl, fixtureSiteDir } from './browser';

/** Finding articles in an archive (issue 9), on the fixture site: seeds, the Hugo fixture and generated articles in both scripts. */
const store = <T>(file: string) => JSON.parse(readFileSync(path.join(fixtureSiteDir(), 'public/_store', file), 'utf8')) as T;
const site = () => store<StoredSite>('site.json');
const PAGE_SIZE = 20;

async function html(pathname: string): Promise<{ status: number; body: string }> {
  const response = await fetch(`${fixtureBaseUrl()}${encodeURI(pathname)}`, { redirect: 'manual' });
  return { status: response.status, body: await response.text() };
}

/** Text as React escapes it in HTML (the fixture's hostile category is `<img src=x onerror=…>`). */
const asReactWritesIt = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');

const titlesOf = (body: string) =>
  [...body.matchAll(/<article class="py-6"><h2[^>]*>(?:<span[^>]*>[^<]*<\/span>)?<a href="([^"]+)"/g)].map((match) => decodeURI(match[1]));

describe('lists paginate, twenty a page, newest first, with links that need no JavaScript', () => {
  test.each(['zh-hant', 'zh-hans'])('home (%s)', async (prefix) => {
    const { articles, homePages } = site();
    expect(homePages).toBe(Math.ceil(articles.length / PAGE_SIZE));
    expect(homePages).toBeGreaterThan(2);
    const seen: string[] = [];
    for (let page = 1; page <= homePages; page++) {
      const { status, body } = await html(`/${prefix}${page === 1 ? '' : `/page/${page}`}`);
      expect(status).toBe(200);
      seen.push(...titlesOf(body));
      if (page > 1) expect(body).toMatch(new RegExp(`<a href="/${prefix}${page === 2 ? '' : `/page/${page - 1}`}" rel="prev"`));
      if (page < homePages) expect(body).toContain(`<a href="/${prefix}/page/${page + 1}" rel="next"`);
    }
    expect(seen).toEqual(articles.map((article) => `/${prefix}/posts/${article.slug}`));
    expect((await html(`/${prefix}/page/${homePages + 1}`)).status).toBe(404);
    expect((await html(`/${prefix}/page/1`)).status).toBe(404); // page 1 is the list's own address
  });

  test('no list page carries more than it shows', async () => {
    for (const pathname of ['/zh-hant', '/zh-hans/page/2', '/zh-hant/tags', '/zh-hant/archive']) {
      const { body } = await html(pathname);
      expect(Buffer.byteLength(body)).toBeLessThan(100_000);
      expect(titlesOf(body).length).toBeLessThanOrEqual(PAGE_SIZE);
    }
  });

  test('links are prefetched on intent (speculation rules, moderate), never all on load', async () => {
    const { body } = await html('/zh-hant');
    const rules = JSON.parse(/<script type="speculationrules">([^<]+)<\/script>/.exec(body)![1]) as { prefetch: { eagerness: string }[] };
    expect(rules.prefetch.map((rule) => rule.eagerness)).toEqual(['moderate']);
    expect(body).not.toMatch(/<link rel="prefetch"/);
  });
});

describe('tags and categories in both scripts, one address per term', () => {
  const find = (name: string) => site().tags.find((tag) => tag.name.hant === name || tag.name.hans === name)!;

  test('開源 and 开源 are one tag, with one address, named in the page script', async () => {
    const tag = find('開源');
    const writtenAs = new Set<string>();
    for (const file of readdirSync(path.join(fixtureSiteDir(), 'public/_store/articles'))) {
      const article = JSON.parse(readFileSync(path.join(fixtureSiteDir(), 'public/_store/articles', file), 'utf8')) as StoredArticle;
      if (article.tags.some((term) => term.key === tag.key)) writtenAs.add(article.source.script);
    }
    expect([...writtenAs].sort()).toEqual(['zh-Hans', 'zh-Hant']); // articles of both scripts carry it
    const hant = await html(`/zh-hant/tags/${tag.key}`);
    const hans = await html(`/zh-hans/tags/${tag.key}`);
    expect(hant.status).toBe(200);
    expect(hant.body).toContain('<h1 class="text-2xl font-bold">標籤：開源</h1>');
    expect(hans.body).toContain('<h1 class="text-2xl font-bold">标签：开源</h1>');
    expect(titlesOf(hant.body).length).toBe(Math.min(tag.count, PAGE_SIZE));
  });

  test.each([
    ['Chinese', '半導體'],
    ['ASCII', 'NVIDIA'],
    ['mixed', '主權 AI'],
  ])('a %s tag has a working page, once encoded, in both scripts', async (_, name) => {
    const tag = find(name);
    for (const prefix of ['zh-hant', 'zh-hans']) {
      const response = await fetch(`${fixtureBaseUrl()}/${prefix}/tags/${encodeURIComponent(tag.key)}`);
      expect(response.status).toBe(200);
      const body = await response.text();
      expect(titlesOf(body).length).toBe(Math.min(tag.count, PAGE_SIZE));
      expect(body).not.toContain('%25'); // never encoded twice
    }
  });

  test('every category has a page in both scripts, named in the page script, listing its newest articles', async () => {
    const { categories, articles } = site();
    expect(categories.length).toBeGreaterThan(0);
    for (const category of categories) {
      for (const [prefix, script, label] of [
        ['zh-hant', 'hant', '分類'],
        ['zh-hans', 'hans', '分类'],
      ] as const) {
        const { status, body } = await html(`/${prefix}/categories/${category.key}`);
        expect(status).toBe(200);
        expect(body).toContain(`<h1 class="text-2xl font-bold">${label}：${asReactWritesIt(category.name[script])}</h1>`);
        const listed = titlesOf(body);
        expect(listed.length).toBe(Math.min(category.count, PAGE_SIZE));
        const order = articles.map((article) => `/${prefix}/posts/${article.slug}`);
        const positions = listed.map((href) => order.indexOf(href));
        expect(positions.every((position) => position >= 0)).toBe(true);
        expect(positions).toEqual([...positions].sort((a, b) => a - b)); // newest first, as on the home page
      }
    }
  });

  test('the tag and category indexes list every term with its count', async () => {
    for (const kind of ['tags', 'categories'] as const) {
      const { body } = await html(`/zh-hans/${kind}`);
      const hrefs = [...body.matchAll(/<li><a href="([^"]+)"[^>]*>([^<]*)<!-- --> <span[^>]*>(\d+) 篇/g)].map(
        ([, href, , count]) => `${decodeURIComponent(href.replace(/&#x27;/g, "'").replace(/&amp;/g, '&'))} ${count}`,
      );
      expect(hrefs.sort()).toEqual(
        site()
          [kind].map((term) => `/zh-hans/${kind}/${term.key} ${term.count}`)
          .sort(),
      );
    }
  });

  test('a tag of more than twenty articles paginates', async () => {
    const tag = site().tags.find((term) => term.count > PAGE_SIZE)!;
    const second = await html(`/zh-hant/tags/${tag.key}/page/2`);
    expect(second.status).toBe(200);
    expect(titlesOf(second.body).length).toBe(Math.min(tag.count - PAGE_SIZE, PAGE_SIZE));
  });
});

describe('the archive by year', () => {
  test.each(['zh-hant', 'zh-hans'])('lists every year with its count, each year its articles (%s)', async (prefix) => {
    const { body } = await html(`/${prefix}/archive`);
    const { years, articles } = site();
    expect(years.reduce((sum, { count }) => sum + count, 0)).toBe(articles.length);
    for (const { year, count } of years) {
      expect(body).toContain(`href="/${prefix}/archive/${year}"`);
      const page = await html(`/${prefix}/archive/${year}`);
      expect(titlesOf(page.body).length).toBe(Math.min(count, PAGE_SIZE));
    }
  });
});

describe('feeds', () => {
  const parser = new XMLParser({ ignoreAttributes: false });

  test.each(['zh-hant', 'zh-hans'])('RSS 2.0 per script, valid XML, absolute links, the newest articles (%s)', async (prefix) => {
    const response = await fetch(`${fixtureBaseUrl()}/${prefix}/feed.xml`);
    expect(response.headers.get('content-type')).toContain('application/rss+xml');
    const xml = await response.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const { rss } = parser.parse(xml) as {
      rss: { '@_version': string; channel: { language: string; item: { link: string; title: string }[] } };
    };
    expect(rss['@_version']).toBe('2.0');
    expect(rss.channel.language).toBe(prefix === 'zh-hant' ? 'zh-Hant' : 'zh-Hans');
    const newest = site().articles.slice(0, PAGE_SIZE);
    expect(rss.channel.item.map((item) => new URL(item.link).pathname)).toEqual(
      newest.map((article) => `/${prefix}/posts/${article.slug}`),
    );
    for (const item of rss.channel.item) expect(item.link).toMatch(/^https?:\/\//);
    const first = store<StoredArticle>(`articles/${newest[0].slug}.json`);
    expect(rss.channel.item[0].title).toBe(prefix === 'zh-hant' ? first.title.hant : first.title.hans);
  });

  test('a feed per tag, advertised on the tag page; the site feed advertised on every page kind', async () => {
    const tag = site().tags[0];
    const feed = await fetch(`${fixtureBaseUrl()}/zh-hans/tags/${encodeURIComponent(tag.key)}/feed.xml`);
    expect(XMLValidator.validate(await feed.text())).toBe(true);
    for (const pathname of [
      '/zh-hans',
      `/zh-hans/tags/${tag.key}`,
      '/zh-hans/archive',
      '/zh-hans/companies/nvidia',
      `/zh-hans/posts/${site().articles[0].slug}`,
    ]) {
      const { body } = await html(pathname);
      expect(body).toContain('<link rel="alternate" type="application/rss+xml"');
      expect(body).toContain('href="/zh-hans/feed.xml"');
    }
  });
});

describe('article pages', () => {
  const meta = (body: string, key: string) => new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(body)?.[1];

  test('metadata: canonical, language alternates with x-default, Open Graph article, Twitter card, a share image', async () => {
    const slug = site().articles[0].slug;
    for (const [prefix, ogLocale] of [
      ['zh-hant', 'zh_TW'],
      ['zh-hans', 'zh_CN'],
    ]) {
      const { body } = await html(`/${prefix}/posts/${slug}`);
      expect(body).toMatch(new RegExp(`<link rel="canonical" href="[^"]*/${prefix}/posts/${slug}"`));
      expect(body).toMatch(new RegExp(`<link rel="alternate" hrefLang="x-default" href="[^"]*/zh-hant/posts/${slug}"`));
      expect(body).toMatch(new RegExp(`<link rel="alternate" hrefLang="zh-Hans" href="[^"]*/zh-hans/posts/${slug}"`));
      expect(meta(body, 'og:type')).toBe('article');
      expect(meta(body, 'og:locale')).toBe(ogLocale);
      expect(meta(body, 'article:published_time')).toBe(site().articles[0].publishedAt);
      expect(meta(body, 'twitter:card')).toBe('summary_large_image');
      const image = new URL(meta(body, 'og:image')!);
      expect(image.pathname).toBe(`/og/${prefix}/${slug}.png`);
      const png = await fetch(`${fixtureBaseUrl()}${image.pathname}`);
      expect(png.headers.get('content-type')).toBe('image/png');
      expect(
        Buffer.from(await png.arrayBuffer())
          .subarray(1, 4)
          .toString(),
      ).toBe('PNG');
    }
  });

  test('table of contents from three headings, ids the same in both scripts; reading time; previous, next and related', async () => {
    const slug = 'tsai-open-source-ai-sovereignty';
    const article = store<StoredArticle>(`articles/${slug}.json`);
    expect(article.headings.length).toBeGreaterThanOrEqual(3);
    const hrefs = await Promise.all(
      ['zh-hant', 'zh-hans'].map(async (prefix) => {
        const { body } = await html(`/${prefix}/posts/${slug}`);
        const toc = /<nav aria-labelledby="toc-heading"[\s\S]*?<\/nav>/.exec(body)![0];
        const links = [...toc.matchAll(/href="#([^"]+)"/g)].map((match) => decodeURIComponent(match[1]));
        for (const id of links) expect(body).toContain(`id="${id}"`);
        expect(body).toMatch(/約 \d+ 分鐘讀完|约 \d+ 分钟读完/);
        expect(body).toContain(prefix === 'zh-hant' ? '延伸閱讀' : '延伸阅读');
        if (article.previous) expect(body).toContain(`href="/${prefix}/posts/${article.previous.slug}" rel="prev"`);
        return links;
      }),
    );
    expect(hrefs[0]).toEqual(hrefs[1]);
    expect(hrefs[0]).toEqual(article.headings.map((heading) => heading.id));
  });
});
