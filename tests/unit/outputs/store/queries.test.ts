import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { buildStoreFiles } from '@/lib/outputs/store/build';
import { STORE_DIR } from '@/lib/outputs/store/contract';
import { company, record, tagged } from '../../../support/records';

/**
 * The readers pages use (queries.ts over reader.ts), against a store the build stage wrote into a scratch
 * directory: what a page asks for comes back in its script, a miss is undefined, and a file that does not hold
 * what the contract says is an error that names it. The module is loaded afresh per test: it reads the
 * environment (CONTENT_STORE_URL) when loaded and keeps what it read.
 */
const site = mkdtempSync(path.join(tmpdir(), 'store-queries-'));
const cwd = process.cwd();

const records = [
  tagged(
    {
      slug: 'taiwan',
      publishedAt: '2026-02-02T01:00:00Z',
      source: { script: 'zh-Hant', region: 'tw' },
      title: { hant: '軟體與資料', hans: '软件与数据' },
      companyIds: ['acme'],
    },
    ['開源'],
  ),
  record({
    slug: 'mainland',
    publishedAt: '2026-02-01T01:00:00Z',
    source: { script: 'zh-Hans', region: 'cn' },
    title: { hant: '網絡', hans: '网络' },
    // Hugo's addresses of it, one below a language Hugo named as we name a locale.
    aliases: ['/2015/old-mainland', '/zh-hans/old/mainland', '/zh-hant/posts/taiwan'],
  }),
];
const html = { taiwan: '<p>這個軟體的程式碼<code>程式碼</code></p>', mainland: '<p>这个软件的代码</p>' } as Record<string, string>;

beforeAll(() => {
  const { files } = buildStoreFiles(
    records.map((one) => ({ _raw: { sourceFilePath: one.file }, body: { html: html[one.slug] }, record: one })),
    { companies: [company('acme')], redirects: { '/posts': '/' } },
  );
  for (const [name, content] of files) {
    mkdirSync(path.dirname(path.join(site, STORE_DIR, name)), { recursive: true });
    writeFileSync(path.join(site, STORE_DIR, name), content);
  }
  process.chdir(site);
});

afterAll(() => {
  process.chdir(cwd);
  rmSync(site, { recursive: true, force: true });
});

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

const queries = () => import('@/lib/outputs/store/queries');

describe('store queries', () => {
  test('an article comes in the page script: its own as stored, the other converted, code untouched', async () => {
    const { getArticle } = await queries();
    const own = await getArticle('taiwan', 'zh-Hant');
    expect(own).toMatchObject({ title: '軟體與資料', originalLocale: 'zh-Hant', html: html.taiwan });
    const converted = await getArticle('taiwan', 'zh-Hans');
    expect(converted?.title).toBe('软件与数据');
    expect(converted?.html).toBe('<p>这个软件的代码<code>程式碼</code></p>');
    expect(converted?.tags).toEqual([{ key: '开源', name: '開源', path: `/tags/${encodeURIComponent('开源')}` }]);
    expect(converted?.companies.map((entry) => entry.company.path)).toEqual(['/companies/acme']);
    expect(converted?.previous?.path).toBe('/posts/mainland');
  });

  test('a slug with no file, or one no article could have, is undefined', async () => {
    const { getArticle, getShareHeadline } = await queries();
    expect(await getArticle('nowhere', 'zh-Hant')).toBeUndefined();
    expect(await getArticle('../../package', 'zh-Hant')).toBeUndefined();
    expect(await getShareHeadline('taiwan', 'zh-Hans')).toMatchObject({ title: '软件与数据', tags: ['開源'] });
  });

  test('lists, the site index, terms and companies', async () => {
    const { getCompany, getListPage, getSite, getTerms, isStoreReady } = await queries();
    expect(await isStoreReady()).toBe(true);
    const home = await getListPage('home', 'all', 1, 'zh-Hans');
    expect(home?.articles.map((article) => [article.path, article.title])).toEqual([
      ['/posts/taiwan', '软件与数据'],
      ['/posts/mainland', '网络'],
    ]);
    expect(await getListPage('home', 'all', 2, 'zh-Hans')).toBeUndefined();
    expect(await getListPage('home', 'all', 0, 'zh-Hans')).toBeUndefined();
    expect((await getSite()).articleCount).toBe(2);
    expect(await getTerms('tags', 'zh-Hant')).toEqual([
      { key: '开源', name: '開源', path: `/tags/${encodeURIComponent('开源')}`, count: 1 },
    ]);
    expect(await getCompany('acme', 'zh-Hans')).toMatchObject({ id: 'acme', path: '/companies/acme', articleCount: 1 });
  });

  test("old addresses: an article's, a list's, a term's Hugo address, uglyURLs' .html lists; under our locale prefixes only where the table holds some, never over a page of ours", async () => {
    const { targetForOldAddress } = await import('@/lib/outputs/store/redirects');
    expect(await targetForOldAddress('/2015/Old-Mainland/')).toBe('/posts/mainland');
    expect(await targetForOldAddress('/posts/')).toBe('/');
    expect(await targetForOldAddress('/posts.html')).toBe('/');
    expect(await targetForOldAddress('/categories.html')).toBe('/categories');
    expect(await targetForOldAddress(encodeURI('/tags/開源.html'))).toBe(`/tags/${encodeURIComponent('开源')}`);
    expect(await targetForOldAddress(encodeURI('/tags/開源/index.xml'))).toBe(`/tags/${encodeURIComponent('开源')}/feed.xml`);
    expect(await targetForOldAddress('/zh-hans/old/mainland/')).toBe('/posts/mainland');
    // The Traditional page of the other article stays its own; a feed of ours under a prefix is not an old address.
    expect(await targetForOldAddress('/zh-hant/posts/taiwan')).toBeUndefined();
    expect(await targetForOldAddress(`/zh-hant/tags/${encodeURIComponent('开源')}/feed.xml`)).toBeUndefined();
    expect(await targetForOldAddress('/nowhere.html')).toBeUndefined();
  });

  test('a store file that does not hold what the contract says is an error naming it', async () => {
    writeFileSync(path.join(site, STORE_DIR, 'articles/broken.json'), JSON.stringify({ slug: 'broken', title: '舊格式' }));
    const { getArticle } = await queries();
    await expect(getArticle('broken', 'zh-Hant')).rejects.toThrow(
      /articles\/broken\.json does not hold what this version of the site reads/,
    );
  });
});

describe('the store read from the deployment CDN', () => {
  let server: Server;
  const asked: string[] = [];
  beforeAll(async () => {
    server = createServer((request, response) => {
      asked.push(request.url!);
      if (request.url === '/_store/articles/from-cdn.json') {
        const { files } = buildStoreFiles([
          {
            _raw: { sourceFilePath: 'posts/from-cdn.md' },
            body: { html: '<p>雲端</p>' },
            record: record({ slug: 'from-cdn', publishedAt: '2026-01-01T00:00:00Z' }),
          },
        ]);
        response.end(files.get('articles/from-cdn.json'));
      } else if (request.url === '/_store/articles/failing.json') {
        response.statusCode = 500;
        response.end();
      } else {
        response.statusCode = 404;
        response.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('a file the disk lacks is fetched from CONTENT_STORE_URL; a 404 is a miss, another failure an error', async () => {
    vi.stubEnv('CONTENT_STORE_URL', `http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    const { getArticle } = await queries();
    expect((await getArticle('from-cdn', 'zh-Hant'))?.html).toBe('<p>雲端</p>');
    expect(await getArticle('gone', 'zh-Hant')).toBeUndefined();
    await expect(getArticle('failing', 'zh-Hant')).rejects.toThrow(/articles\/failing\.json answered 500/);
    // What the disk has is never asked of the CDN.
    await getArticle('taiwan', 'zh-Hant');
    expect(asked).toEqual(['/_store/articles/from-cdn.json', '/_store/articles/gone.json', '/_store/articles/failing.json']);
  });

  test('without CONTENT_STORE_URL a file the disk lacks is a miss', async () => {
    vi.stubEnv('CONTENT_STORE_URL', '');
    vi.stubEnv('VERCEL_URL', '');
    const { getArticle } = await queries();
    expect(await getArticle('from-cdn', 'zh-Hant')).toBeUndefined();
  });
});
