import { describe, expect, test } from 'vitest';
import { addressHash } from '@/lib/core/addresses';
import {
  articlePage,
  buildStoreFiles,
  collectTerms,
  documentRedirects,
  groupByYear,
  indexCompanies,
  listPages,
  MentionMemo,
  pagePage,
  redirectShards,
  relatedArticles,
  siteIndex,
  termRedirects,
} from '@/lib/outputs/store/build';
import { PAGE_SIZE } from '@/lib/outputs/store/contract';
import { company, record, tagged } from '../../../support/records';

const day = (index: number) => new Date(Date.UTC(2024, 0, 1 + index, 4)).toISOString();
/** n records, newest first (as the store orders them): r-(n-1) … r-0. */
const newestFirst = (n: number) =>
  Array.from({ length: n }, (_, index) => record({ slug: `r-${n - 1 - index}`, publishedAt: day(n - 1 - index) }));
const tagsOf = (records: ReturnType<typeof record>[]) => collectTerms(records, (one) => ({ own: one.tags, ...one.tagNames }));

describe('store stages', () => {
  test('listPages cuts a list into pages of PAGE_SIZE cards, and an empty list still has its first page', () => {
    const pages = listPages('tags', 'ai', newestFirst(PAGE_SIZE * 2 + 1), { hant: 'AI', hans: 'AI' });
    expect(pages.map((page) => [page.page, page.pages, page.cards.length])).toEqual([
      [1, 3, PAGE_SIZE],
      [2, 3, PAGE_SIZE],
      [3, 3, 1],
    ]);
    expect(pages[2].cards[0].slug).toBe('r-0');
    expect(listPages('home', 'all', [])).toEqual([{ kind: 'home', key: 'all', name: undefined, page: 1, pages: 1, total: 0, cards: [] }]);
  });

  test('collectTerms gives one key per term in either script, named as most articles spell it', () => {
    const terms = tagsOf([
      tagged({ slug: 'a', publishedAt: day(3) }, ['開源']),
      tagged({ slug: 'b', publishedAt: day(2) }, ['开源']),
      tagged({ slug: 'c', publishedAt: day(1) }, ['開源', '開源']),
    ]);
    expect([...terms.keys()]).toEqual(['开源']);
    expect(terms.get('开源')!.ref.name.hant).toBe('開源');
    expect(terms.get('开源')!.records.map((one) => one.slug)).toEqual(['a', 'b', 'c']);
  });

  test('groupByYear counts years in Taipei time, not UTC', () => {
    const years = groupByYear([
      record({ slug: 'new-year', publishedAt: '2025-12-31T17:00:00Z' }),
      record({ slug: 'old', publishedAt: '2025-12-31T15:00:00Z' }),
    ]);
    expect([...years].map(([year, list]) => [year, list.map((one) => one.slug)])).toEqual([
      ['2026', ['new-year']],
      ['2025', ['old']],
    ]);
  });

  test('indexCompanies lists an article under the companies it names and those it mentions often, and counts them', () => {
    const records = [
      record({ slug: 'named', publishedAt: day(2), companyIds: ['acme'] }),
      record({ slug: 'mentions', publishedAt: day(1), text: 'Globex、Globex 與 Globex。' }),
      record({ slug: 'neither', publishedAt: day(0) }),
    ];
    const index = indexCompanies(records, [company('acme'), company('globex', ['Globex'])]);
    expect(index.idsBySlug.get('named')).toEqual(['acme']);
    expect(index.idsBySlug.get('mentions')).toEqual(['globex']);
    expect(index.idsBySlug.get('neither')).toEqual([]);
    expect(index.entries.get('acme')!.articleCount).toBe(1);
  });

  test('a MentionMemo counts a text once across builds, and anew when the aliases change', () => {
    const memo = new MentionMemo();
    const records = [record({ slug: 'x', publishedAt: day(0), text: 'Globex Globex Globex' })];
    expect(indexCompanies(records, [company('globex', ['Globex'])], memo).idsBySlug.get('x')).toEqual(['globex']);
    expect(indexCompanies(records, [company('globex', ['Initech'])], memo).idsBySlug.get('x')).toEqual([]);
  });

  test('relatedArticles ranks shared companies over shared tags, newer first on a tie, never the article itself', () => {
    const records = [
      tagged({ slug: 'target', publishedAt: day(9), companyIds: ['acme'] }, ['AI']),
      tagged({ slug: 'tag-new', publishedAt: day(8) }, ['AI']),
      record({ slug: 'company', publishedAt: day(7), companyIds: ['acme'] }),
      tagged({ slug: 'tag-old', publishedAt: day(6) }, ['AI']),
      tagged({ slug: 'tag-oldest', publishedAt: day(5) }, ['AI']),
    ];
    const related = relatedArticles(records, tagsOf(records), indexCompanies(records, [company('acme')]));
    expect(related(records[0], 0).map((one) => one.slug)).toEqual(['company', 'tag-new', 'tag-old']);
  });

  test('articlePage links the older article as previous and the newer as next, and strips the summary marker', () => {
    const records = newestFirst(3);
    const context = {
      records,
      html: '<p>前</p><span data-more=""></span><p>後</p>',
      tags: tagsOf(records),
      categories: tagsOf([]),
      series: tagsOf([]),
      companies: indexCompanies(records, []),
      related: [],
      translations: [],
    };
    const page = articlePage(records[1], 1, context);
    expect(page.previous?.slug).toBe('r-0');
    expect(page.next?.slug).toBe('r-2');
    expect(page.html).toBe('<p>前</p><p>後</p>');
  });

  test('redirectShards puts each old address in the shard of its hash and keeps a shared address with the older article', () => {
    const records = [
      record({ slug: 'newer', publishedAt: day(2), aliases: ['/2015/03/post', '/newer-only'] }),
      record({ slug: 'older', publishedAt: day(1), aliases: ['/2015/03/post'] }),
    ];
    const { shards, warnings } = redirectShards(documentRedirects(records, []));
    expect(shards).toHaveLength(1);
    expect(shards[addressHash('/2015/03/post') % shards.length]['/2015/03/post']).toBe('/posts/older');
    expect(warnings).toEqual([expect.objectContaining({ file: 'content/posts/newer.md', field: 'aliases', severity: 'warning' })]);
  });

  test('an old address below one of our locale prefixes (a Hugo language named zh-hans) is kept unless it is a page of ours', () => {
    const records = [
      record({ slug: 'x', publishedAt: day(1), aliases: ['/posts/x'] }),
      record({ slug: 'y', publishedAt: day(2), aliases: ['/zh-hans/posts/x', '/zh-hans/posts/old-y'] }),
    ];
    const plain = redirectShards(documentRedirects([records[0]], []));
    expect(plain.localePrefixed).toBe(false);
    const { shards, localePrefixed } = redirectShards(documentRedirects(records, []), new Set(['/posts/x', '/posts/y']));
    const table = Object.assign({}, ...shards);
    expect(localePrefixed).toBe(true);
    expect(table).toMatchObject({ '/zh-hans/posts/old-y': '/posts/y' });
    // /zh-hans/posts/x is the Simplified page of x: Hugo's old address there does not hide it.
    expect(table).not.toHaveProperty('/zh-hans/posts/x');
  });

  test('redirectShards grows the shard count by powers of two with the table', () => {
    const records = Array.from({ length: 5000 }, (_, index) =>
      record({ slug: `p${index}`, publishedAt: day(0), aliases: [`/old/${index}`] }),
    );
    const { shards } = redirectShards(documentRedirects(records, []));
    expect(shards).toHaveLength(4);
    expect(shards.reduce((sum, shard) => sum + Object.keys(shard).length, 0)).toBe(5000);
  });

  test('siteIndex lists every article newest first and the terms by count', () => {
    const records = [tagged({ slug: 'b', publishedAt: day(2) }, ['AI', '晶片']), tagged({ slug: 'a', publishedAt: day(1) }, ['AI'])];
    const site = siteIndex(records, {
      homePages: 1,
      tags: tagsOf(records),
      categories: tagsOf([]),
      series: tagsOf([]),
      years: groupByYear(records),
      pages: [],
    });
    expect(site.articles.map((one) => one.slug)).toEqual(['b', 'a']);
    expect(site.tags.map((term) => [term.key, term.count])).toEqual([
      ['ai', 2],
      ['晶片', 1],
    ]);
    expect(site.years).toEqual([{ year: '2024', count: 2 }]);
  });

  test('pagePage lists the pages directly below a page, by weight then title', () => {
    const page = (slug: string, title: string, weight?: number) =>
      record({ slug, publishedAt: day(0), kind: 'page', title: { hant: title, hans: title }, weight });
    const pages = [page('docs', '文件'), page('docs/b', '乙', 2), page('docs/a', '甲'), page('docs/c', '丙', 1), page('docs/c/deep', '深')];
    const stored = pagePage(pages[0], '<p>說明</p>', pages);
    expect(stored.children.map((child) => child.path)).toEqual(['docs/c', 'docs/b', 'docs/a']);
    expect(stored).toMatchObject({ path: 'docs', html: '<p>說明</p>' });
  });

  test('documentRedirects leads each page from its old addresses and from its path without the locale', () => {
    const about = record({ slug: 'about', publishedAt: day(0), kind: 'page', aliases: ['/about-me'] });
    expect(documentRedirects([], [about]).map(({ address, target }) => [address, target])).toEqual([
      ['/about-me', '/about'],
      ['/about', '/about'],
    ]);
  });

  test("termRedirects leads Hugo's address of a term (its path sanitizer, either script) to ours, and not ours to itself", () => {
    const records = [tagged({ slug: 'a', publishedAt: day(1) }, ['開源', 'Machine Learning', 'ai'])];
    const redirects = termRedirects({ tags: tagsOf(records), categories: tagsOf([]), series: tagsOf([]) });
    expect(redirects.map(({ address, target }) => [address, target])).toEqual([['/tags/開源', `/tags/${encodeURIComponent('开源')}`]]);
  });

  test('an article knows its place in a series and its translations; a translation knows its original', () => {
    const parts = [
      record({ slug: 'part-2', publishedAt: day(2), series: ['入門'] }),
      record({ slug: 'part-1', publishedAt: day(1), series: ['入門'] }),
    ];
    const series = collectTerms(parts, (one) => ({ own: one.series, hant: one.series, hans: one.series }));
    const english = record({ slug: 'part-1-en', publishedAt: day(1), language: 'en', translationOf: 'part-1' });
    const context = {
      records: parts,
      html: '',
      tags: tagsOf([]),
      categories: tagsOf([]),
      series,
      companies: indexCompanies(parts, []),
      related: [],
    };
    const first = articlePage(parts[1], 1, { ...context, translations: [english] });
    expect(first.series).toEqual([{ key: '入门', name: { hant: '入門', hans: '入門' }, position: 1, total: 2 }]);
    expect(first.translations).toEqual([expect.objectContaining({ slug: 'part-1-en', language: 'en' })]);
    const translation = articlePage(english, undefined, { ...context, translations: [], original: parts[1] });
    expect(translation).toMatchObject({ original: { slug: 'part-1' }, previous: undefined, next: undefined, language: 'en' });
  });

  test("a translation's tag that no listed article has links to no list (tomy's English posts built nothing before)", () => {
    const original = tagged({ slug: 'x', publishedAt: day(1) }, ['旅行']);
    const english = tagged({ slug: 'x-en', publishedAt: day(1), language: 'en', translationOf: 'x' }, ['travel', '旅行']);
    const { files, problems } = buildStoreFiles(
      [original, english].map((one) => ({ _raw: { sourceFilePath: one.file }, body: { html: '' }, record: one })),
    );
    expect(problems).toEqual([]);
    const stored = JSON.parse(files.get('articles/x-en.json')!) as { tags: { key: string }[] };
    expect(stored.tags.map((tag) => tag.key)).toEqual(['旅行']);
  });
});
