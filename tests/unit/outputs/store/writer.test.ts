import { describe, expect, test } from 'vitest';
import { addressHash } from '@/lib/core/addresses';
import type { PostRecord } from '@/lib/content/record';
import type { CompanyEntry, StoredArticle, StoredListPage, StoredRedirectShard, StoredSite } from '@/lib/outputs/store/contract';
import { buildStoreFiles } from '@/lib/outputs/store/writer';

type Overrides = Partial<PostRecord> & { slug: string; publishedAt: string };

/** A post record as Contentlayer's computed field makes it, with only what a test sets differing. */
function record({ slug, publishedAt, ...overrides }: Overrides): PostRecord {
  return {
    slug,
    publishedAt,
    publishAt: publishedAt,
    file: `posts/${slug}.md`,
    source: { script: 'zh-Hant', region: 'tw' },
    title: { hant: `標題 ${slug}`, hans: `标题 ${slug}` },
    excerpt: { hant: '摘要', hans: '摘要' },
    tags: [],
    categories: [],
    tagNames: { hant: [], hans: [] },
    categoryNames: { hant: [], hans: [] },
    authors: [],
    companyIds: [],
    lang: [],
    aliases: [],
    draft: false,
    vocabulary: [],
    keepQuotes: false,
    headings: [],
    readingMinutes: 1,
    hasSummaryMarker: false,
    text: '正文。',
    ...overrides,
  };
}

/** A record with tags, their names in both scripts as given. */
function tagged(overrides: Overrides, tags: string[]): PostRecord {
  return record({ ...overrides, tags, tagNames: { hant: tags, hans: tags } });
}

const generated = (records: PostRecord[], html = (r: PostRecord) => `<p>${r.slug}</p>`) =>
  records.map((r) => ({ _raw: { sourceFilePath: r.file }, body: { html: html(r) }, record: r }));

/** A company; by default with an alias no test text contains (an empty alias list is another matter: see the report). */
function company(id: string, aliases: string[] = [`Zz${id}Zz`]) {
  return {
    id,
    name: { hant: `${id} 公司`, hans: `${id} 公司`, en: id },
    aliases,
    description: `${id} 描述`,
    converted: { description: `${id} 描述` },
  };
}

function build(records: PostRecord[], companies: ReturnType<typeof company>[] = []) {
  const result = buildStoreFiles(generated(records), companies);
  const json = <T>(name: string): T => {
    const text = result.files.get(name);
    expect(text, `${name} is written`).toBeDefined();
    return JSON.parse(text!) as T;
  };
  return { ...result, json };
}

/** n records a day apart, newest last: day-000 … day-(n-1). */
function days(n: number): PostRecord[] {
  return Array.from({ length: n }, (_, index) =>
    record({ slug: `day-${String(index).padStart(3, '0')}`, publishedAt: new Date(Date.UTC(2024, 0, 1 + index, 4)).toISOString() }),
  );
}

describe('lists: 20 cards a page, newest first', () => {
  test('45 articles make 3 home pages of 20, 20 and 5', () => {
    const { json } = build(days(45));
    const pages = [1, 2, 3].map((page) => json<StoredListPage>(`lists/home/all/${page}.json`));
    expect(pages.map((page) => page.cards.length)).toEqual([20, 20, 5]);
    expect(pages.every((page) => page.pages === 3 && page.total === 45 && page.kind === 'home' && page.key === 'all')).toBe(true);
    expect(pages.map((page) => page.page)).toEqual([1, 2, 3]);
    expect(pages[0].cards[0].slug).toBe('day-044');
    expect(pages[0].cards[19].slug).toBe('day-025');
    expect(pages[1].cards[0].slug).toBe('day-024');
    expect(pages[2].cards.at(-1)!.slug).toBe('day-000');
    expect(json<StoredSite>('site.json').homePages).toBe(3);
  });

  test('exactly 20 articles make one page; no page past the last', () => {
    const { files, json } = build(days(20));
    expect(json<StoredListPage>('lists/home/all/1.json').pages).toBe(1);
    expect(files.has('lists/home/all/2.json')).toBe(false);
  });

  test('no articles at all: one empty home page', () => {
    const { json } = build([]);
    expect(json<StoredListPage>('lists/home/all/1.json')).toMatchObject({ page: 1, pages: 1, total: 0, cards: [] });
    expect(json<StoredSite>('site.json')).toMatchObject({ articleCount: 0, homePages: 1, tags: [], categories: [], years: [] });
  });

  test('articles published at the same instant are ordered by slug', () => {
    const at = '2024-05-01T00:00:00.000Z';
    const { json } = build([
      record({ slug: 'b', publishedAt: at }),
      record({ slug: 'a', publishedAt: at }),
      record({ slug: 'c', publishedAt: '2024-05-02T00:00:00.000Z' }),
    ]);
    expect(json<StoredListPage>('lists/home/all/1.json').cards.map((card) => card.slug)).toEqual(['c', 'a', 'b']);
  });

  test('a card holds what a list shows', () => {
    const { json } = build([
      record({ slug: 'x', publishedAt: '2024-01-01T00:00:00.000Z', sourceName: '報社', readingMinutes: 4, draft: true }),
    ]);
    expect(json<StoredListPage>('lists/home/all/1.json').cards[0]).toEqual({
      slug: 'x',
      title: { hant: '標題 x', hans: '标题 x' },
      excerpt: { hant: '摘要', hans: '摘要' },
      publishedAt: '2024-01-01T00:00:00.000Z',
      sourceName: '報社',
      readingMinutes: 4,
      draft: true,
    });
  });
});

describe('tags and categories: one key per term, whichever script', () => {
  const records = [
    tagged({ slug: 'a', publishedAt: '2024-01-03T00:00:00.000Z' }, ['開源', '開源 AI']),
    tagged({ slug: 'b', publishedAt: '2024-01-02T00:00:00.000Z' }, ['开源', '开源ai']),
    tagged({ slug: 'c', publishedAt: '2024-01-01T00:00:00.000Z' }, ['開源']),
  ];

  test('Traditional and Simplified spellings share one list, under the Simplified key', () => {
    const { json, files } = build(records);
    const list = json<StoredListPage>(`lists/tags/${encodeURIComponent('开源')}/1.json`);
    expect(list.cards.map((card) => card.slug)).toEqual(['a', 'b', 'c']);
    expect(list.total).toBe(3);
    expect(files.has(`lists/tags/${encodeURIComponent('開源')}/1.json`)).toBe(false);
    expect(json<StoredListPage>(`lists/tags/${encodeURIComponent('开源ai')}/1.json`).total).toBe(2);
  });

  test('the name shown is the spelling most articles use', () => {
    const { json } = build(records);
    expect(json<StoredListPage>(`lists/tags/${encodeURIComponent('开源')}/1.json`).name).toEqual({ hant: '開源', hans: '開源' });
    const site = json<StoredSite>('site.json');
    expect(site.tags).toEqual([
      { key: '开源', name: { hant: '開源', hans: '開源' }, count: 3 },
      // 1 to 1: the spelling first in code-point order wins, whichever article came first.
      { key: '开源ai', name: expect.any(Object), count: 2 },
    ]);
  });

  test('an article naming one tag in both scripts is counted once, and its page links it once', () => {
    const { json } = build([tagged({ slug: 'a', publishedAt: '2024-01-01T00:00:00.000Z' }, ['開源', '开源'])]);
    expect(json<StoredSite>('site.json').tags).toEqual([expect.objectContaining({ key: '开源', count: 1 })]);
    expect(json<StoredArticle>('articles/a.json').tags).toEqual([{ key: '开源', name: expect.any(Object) }]);
  });

  test('categories too', () => {
    const both = (slug: string, day: number, categories: string[]) =>
      record({ slug, publishedAt: `2024-01-0${day}T00:00:00.000Z`, categories, categoryNames: { hant: categories, hans: categories } });
    const { json } = build([both('a', 1, ['觀察']), both('b', 2, ['观察'])]);
    expect(json<StoredListPage>(`lists/categories/${encodeURIComponent('观察')}/1.json`).cards.map((card) => card.slug)).toEqual([
      'b',
      'a',
    ]);
  });

  test('tag lists paginate like the home list', () => {
    const many = days(25).map((r) => ({ ...r, tags: ['AI'], tagNames: { hant: ['AI'], hans: ['AI'] } }));
    const { json } = build(many);
    expect(json<StoredListPage>('lists/tags/ai/2.json')).toMatchObject({ page: 2, pages: 2, total: 25 });
    expect(json<StoredListPage>('lists/tags/ai/2.json').cards).toHaveLength(5);
  });
});

describe('years, in Taipei time', () => {
  test('an article at 2025-12-31T17:00:00Z (01:00 in Taipei) is in 2026; one at 15:59:59Z is in 2025', () => {
    const { json } = build([
      record({ slug: 'new-year', publishedAt: '2025-12-31T17:00:00.000Z' }),
      record({ slug: 'old-year', publishedAt: '2025-12-31T15:59:59.000Z' }),
    ]);
    expect(json<StoredListPage>('lists/years/2026/1.json').cards.map((card) => card.slug)).toEqual(['new-year']);
    expect(json<StoredListPage>('lists/years/2025/1.json').cards.map((card) => card.slug)).toEqual(['old-year']);
    expect(json<StoredSite>('site.json').years).toEqual([
      { year: '2026', count: 1 },
      { year: '2025', count: 1 },
    ]);
  });
});

describe('duplicate slugs', () => {
  test('are problems naming both files', () => {
    const { problems } = build([
      record({ slug: 'same', publishedAt: '2024-01-01T00:00:00.000Z', file: 'posts/one.md' }),
      record({ slug: 'same', publishedAt: '2024-01-02T00:00:00.000Z', file: 'posts/two.md' }),
    ]);
    expect(problems).toHaveLength(2);
    expect(problems.map((problem) => problem.file).sort()).toEqual(['content/posts/one.md', 'content/posts/two.md']);
    for (const problem of problems) {
      expect(problem.field).toBe('slug');
      expect(problem.message).toContain('/posts/same');
      expect(problem.message).toContain(problem.file === 'content/posts/one.md' ? 'content/posts/two.md' : 'content/posts/one.md');
    }
  });

  test('distinct slugs are no problem', () => {
    expect(build(days(3)).problems).toEqual([]);
  });
});

describe('redirects', () => {
  function shardsOf(files: Map<string, string>): Record<string, string>[] {
    const { shards } = JSON.parse(files.get('redirects/meta.json')!) as { shards: number };
    return Array.from({ length: shards }, (_, shard) => JSON.parse(files.get(`redirects/${shard}.json`)!) as StoredRedirectShard);
  }

  test('every alias is in the shard its hash names, leading to its article', () => {
    const { files } = build([
      record({ slug: 'crlf-bom', publishedAt: '2015-03-14T02:00:00.000Z', aliases: ['/2015/03/crlf-bom'] }),
      record({
        slug: 'toml',
        publishedAt: '2016-05-20T00:30:00.000Z',
        aliases: ['/2016/toml', '/2016/toml-old.html', '/2016/05/toml-前言的文章'],
      }),
    ]);
    const shards = shardsOf(files);
    expect(shards).toHaveLength(1);
    expect(shards[0]).toEqual({
      '/2015/03/crlf-bom': 'crlf-bom',
      '/2016/toml': 'toml',
      '/2016/toml-old.html': 'toml',
      '/2016/05/toml-前言的文章': 'toml',
    });
  });

  test('more than 2,000 addresses are split over a power of two of shards, each address in exactly one', () => {
    const aliases = Array.from({ length: 4500 }, (_, index) => `/old/${index}`);
    const { files } = build([record({ slug: 'big', publishedAt: '2024-01-01T00:00:00.000Z', aliases })]);
    const shards = shardsOf(files);
    // 4,500 addresses need 3 shards of 2,000: rounded up to 4.
    expect(shards).toHaveLength(4);
    const all = shards.flatMap((shard, index) => Object.keys(shard).map((address) => [address, index] as const));
    expect(all).toHaveLength(4500);
    for (const [address, index] of all) expect(addressHash(address) % 4).toBe(index);
    expect(new Set(all.map(([address]) => address)).size).toBe(4500);
  });

  test('exactly 2,000 addresses fit one shard; 2,001 need two', () => {
    const make = (n: number) =>
      build([
        record({ slug: 'x', publishedAt: '2024-01-01T00:00:00.000Z', aliases: Array.from({ length: n }, (_, index) => `/a/${index}`) }),
      ]);
    expect(shardsOf(make(2000).files)).toHaveLength(1);
    expect(shardsOf(make(2001).files)).toHaveLength(2);
  });

  test('an address two articles claim: the older keeps it, the newer gets a warning naming both', () => {
    const { files, warnings, problems } = build([
      record({ slug: 'newer', publishedAt: '2024-06-01T00:00:00.000Z', file: 'posts/newer.md', aliases: ['/shared', '/only-newer'] }),
      record({ slug: 'older', publishedAt: '2020-01-01T00:00:00.000Z', file: 'posts/older.md', aliases: ['/shared'] }),
    ]);
    expect(problems).toEqual([]);
    expect(shardsOf(files)[0]).toEqual({ '/shared': 'older', '/only-newer': 'newer' });
    expect(warnings).toEqual([
      expect.objectContaining({
        file: 'content/posts/newer.md',
        field: 'aliases',
        severity: 'warning',
        message: expect.stringContaining('/posts/older'),
      }),
    ]);
    expect(warnings[0].message).toContain('/shared');
  });

  test('an article repeating its own alias is no warning', () => {
    expect(build([record({ slug: 'a', publishedAt: '2024-01-01T00:00:00.000Z', aliases: ['/x', '/x'] })]).warnings).toEqual([]);
  });
});

describe('article pages', () => {
  test('previous is the older article, next the newer; the ends have none', () => {
    const { json } = build(days(3));
    const [oldest, middle, newest] = ['day-000', 'day-001', 'day-002'].map((slug) => json<StoredArticle>(`articles/${slug}.json`));
    expect(middle.previous?.slug).toBe('day-000');
    expect(middle.next?.slug).toBe('day-002');
    expect(oldest.previous).toBeUndefined();
    expect(oldest.next?.slug).toBe('day-001');
    expect(newest.next).toBeUndefined();
    expect(newest.previous?.slug).toBe('day-001');
    expect(middle.previous).toEqual({
      slug: 'day-000',
      title: { hant: '標題 day-000', hans: '标题 day-000' },
      publishedAt: oldest.publishedAt,
      draft: false,
    });
  });

  test('the HTML without the summary marker, and the record’s fields', () => {
    const r = record({
      slug: 'x',
      publishedAt: '2024-01-01T00:00:00.000Z',
      authors: ['甲'],
      sourceUrl: 'https://example.com/a',
      coverImage: '/images/a.png',
      updatedAt: '2024-02-01T00:00:00.000Z',
    });
    const { files } = buildStoreFiles(
      [{ _raw: { sourceFilePath: r.file }, body: { html: '<p>前言</p><span data-more=""></span><p>後文</p>' }, record: r }],
      [],
    );
    const article = JSON.parse(files.get('articles/x.json')!) as StoredArticle;
    expect(article.html).toBe('<p>前言</p><p>後文</p>');
    expect(article).toMatchObject({
      authors: ['甲'],
      sourceUrl: 'https://example.com/a',
      coverImage: '/images/a.png',
      updatedAt: '2024-02-01T00:00:00.000Z',
      source: { script: 'zh-Hant', region: 'tw' },
    });
  });

  test('site.json lists every article newest first with its dates', () => {
    const { json } = build(days(2));
    expect(json<StoredSite>('site.json').articles.map((article) => article.slug)).toEqual(['day-001', 'day-000']);
    expect(json<StoredSite>('site.json').articleCount).toBe(2);
  });
});

describe('related articles: shared companies count twice, shared tags once', () => {
  const target = record({
    slug: 'target',
    publishedAt: '2024-01-10T00:00:00.000Z',
    tags: ['t1', 't2'],
    tagNames: { hant: ['t1', 't2'], hans: ['t1', 't2'] },
    companyIds: ['c1'],
  });
  const companyOnly = record({ slug: 'company-only', publishedAt: '2024-01-01T00:00:00.000Z', companyIds: ['c1'] });
  const oneTag = tagged({ slug: 'one-tag', publishedAt: '2024-01-09T00:00:00.000Z' }, ['t1']);
  const twoTags = tagged({ slug: 'two-tags', publishedAt: '2024-01-05T00:00:00.000Z' }, ['t1', 't2']);
  const unrelated = tagged({ slug: 'unrelated', publishedAt: '2024-01-08T00:00:00.000Z' }, ['other']);

  test('an older article sharing a company ranks above a newer one sharing a tag; ties go to the newer', () => {
    const { json } = build([target, companyOnly, oneTag, twoTags, unrelated], [company('c1')]);
    // company-only and two-tags both score 2: two-tags is newer. one-tag scores 1.
    expect(json<StoredArticle>('articles/target.json').related.map((link) => link.slug)).toEqual(['two-tags', 'company-only', 'one-tag']);
  });

  test('at most 3, and never the article itself or one sharing nothing', () => {
    const extra = tagged({ slug: 'extra', publishedAt: '2024-01-02T00:00:00.000Z' }, ['t2']);
    const { json } = build([target, companyOnly, oneTag, twoTags, unrelated, extra], [company('c1')]);
    const related = json<StoredArticle>('articles/target.json').related.map((link) => link.slug);
    expect(related).toHaveLength(3);
    expect(related).not.toContain('target');
    expect(related).not.toContain('unrelated');
  });

  test('tags in either script relate articles', () => {
    const a = tagged({ slug: 'a', publishedAt: '2024-01-02T00:00:00.000Z' }, ['開源']);
    const b = tagged({ slug: 'b', publishedAt: '2024-01-01T00:00:00.000Z' }, ['开源']);
    expect(
      build([a, b])
        .json<StoredArticle>('articles/a.json')
        .related.map((link) => link.slug),
    ).toEqual(['b']);
  });

  test('no shared term: no related articles', () => {
    expect(build(days(3)).json<StoredArticle>('articles/day-001.json').related).toEqual([]);
  });
});

describe('companies', () => {
  test('article counts, the companies list sorted by count, and each article’s companies with a few others', () => {
    const posts = [
      record({ slug: 'p1', publishedAt: '2024-01-04T00:00:00.000Z', companyIds: ['openai', 'nvidia'] }),
      record({ slug: 'p2', publishedAt: '2024-01-03T00:00:00.000Z', companyIds: ['openai'] }),
      record({ slug: 'p3', publishedAt: '2024-01-02T00:00:00.000Z', companyIds: ['openai'] }),
      record({ slug: 'p4', publishedAt: '2024-01-01T00:00:00.000Z', companyIds: ['openai'] }),
      record({ slug: 'p5', publishedAt: '2023-12-31T00:00:00.000Z', companyIds: ['openai'] }),
    ];
    const { json } = build(posts, [company('nvidia'), company('openai'), company('acme')]);
    const list = json<CompanyEntry[]>('companies.json');
    expect(list.map((entry) => [entry.id, entry.articleCount])).toEqual([
      ['openai', 5],
      ['nvidia', 1],
      ['acme', 0],
    ]);
    expect(json<StoredListPage>('lists/companies/openai/1.json').cards.map((card) => card.slug)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
    expect(json<StoredListPage>('lists/companies/acme/1.json')).toMatchObject({ total: 0, cards: [] });
    const article = json<StoredArticle>('articles/p1.json');
    expect(article.companies.map((entry) => entry.id)).toEqual(['openai', 'nvidia']);
    const openai = article.companies[0];
    expect(openai.articleCount).toBe(5);
    // Its other articles, newest first, at most 3, without this one.
    expect(openai.others.map((link) => link.slug)).toEqual(['p2', 'p3', 'p4']);
    expect(article.companies[1].others).toEqual([]);
  });

  test('a card does not list again an article a card above it lists', () => {
    const posts = [
      record({ slug: 'p1', publishedAt: '2024-01-04T00:00:00.000Z', companyIds: ['openai', 'nvidia'] }),
      record({ slug: 'p2', publishedAt: '2024-01-03T00:00:00.000Z', companyIds: ['openai', 'nvidia'] }),
      record({ slug: 'p3', publishedAt: '2024-01-02T00:00:00.000Z', companyIds: ['nvidia'] }),
      record({ slug: 'p4', publishedAt: '2024-01-01T00:00:00.000Z', companyIds: ['openai', 'nvidia'] }),
    ];
    const { json } = build(posts, [company('nvidia'), company('openai')]);
    const [openai, nvidia] = json<StoredArticle>('articles/p1.json').companies;
    expect(openai.others.map((link) => link.slug)).toEqual(['p2', 'p4']);
    // NVIDIA's newest three are p2, p3 and p4; p2 and p4 are already in the OpenAI card.
    expect(nvidia.others.map((link) => link.slug)).toEqual(['p3']);
    // The same article from another: its own cards, their own dedup.
    const fromP3 = json<StoredArticle>('articles/p3.json').companies;
    expect(fromP3.map((entry) => entry.others.map((link) => link.slug))).toEqual([['p1', 'p2', 'p4']]);
  });

  test('a company the text mentions often enough counts, one mentioned once does not', () => {
    const posts = [
      record({ slug: 'often', publishedAt: '2024-01-02T00:00:00.000Z', text: 'OpenAI 發表。OpenAI 又說。OpenAI 再說。' }),
      record({ slug: 'once', publishedAt: '2024-01-01T00:00:00.000Z', text: 'OpenAI 一次。' }),
    ];
    const { json } = build(posts, [company('openai', ['OpenAI'])]);
    expect(json<CompanyEntry[]>('companies.json')[0].articleCount).toBe(1);
    expect(json<StoredArticle>('articles/often.json').companies.map((entry) => entry.id)).toEqual(['openai']);
    expect(json<StoredArticle>('articles/once.json').companies).toEqual([]);
  });

  test('the company entry in both scripts', () => {
    const entry = {
      ...company('x'),
      listings: [{ exchange: 'NASDAQ', symbol: 'X' }],
      headquarters: '臺北',
      converted: { description: '描述', headquarters: '台北' },
      founded: 1999,
      website: 'https://x.example',
    };
    const { json } = build([], [entry]);
    expect(json<CompanyEntry[]>('companies.json')[0]).toEqual({
      id: 'x',
      name: { hant: 'x 公司', hans: 'x 公司' },
      englishName: 'x',
      listings: [{ exchange: 'NASDAQ', symbol: 'X' }],
      website: 'https://x.example',
      headquarters: { hant: '臺北', hans: '台北' },
      founded: 1999,
      description: { hant: 'x 描述', hans: '描述' },
      articleCount: 0,
    });
  });
});

describe('purity', () => {
  test('the same content gives the same files, in any input order', () => {
    const records = [...days(5), tagged({ slug: 't', publishedAt: '2024-03-01T00:00:00.000Z' }, ['AI'])];
    const one = build(records).files;
    const two = build([...records].reverse()).files;
    expect(new Map([...two].sort())).toEqual(new Map([...one].sort()));
  });
});
