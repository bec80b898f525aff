import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { isPublic, readPost, readPostFields, unpublishedPostFiles, type PostContext } from '@/lib/content/post-fields';
import type { ContentProblem } from '@/lib/core/problems';

const publicDir = mkdtempSync(path.join(tmpdir(), 'post-fields-public-'));
mkdirSync(path.join(publicDir, 'images'));
writeFileSync(path.join(publicDir, 'images/cover.png'), '');
const context: PostContext = { companyIds: new Set(['openai', 'nvidia']), companiesDir: 'content/companies', publicDir };

function yaml(lines: string[], body = '正文。') {
  return readPost(`---\n${lines.join('\n')}\n---\n\n${body}\n`, 'posts/example.md', context);
}

/** The fields of a valid article (title and date given), with more front-matter lines. */
function fieldsOf(...lines: string[]) {
  const { fields, problems } = yaml(['title: 標題', 'date: 2026-02-07', ...lines]);
  return { fields: fields!, problems };
}

const errors = (problems: ContentProblem[]) => problems.filter((problem) => problem.severity !== 'warning');
const fieldsWithProblems = (problems: ContentProblem[]) => problems.map((problem) => problem.field);

describe('dates, as Hugo reads them', () => {
  test('a date without offset is Taipei wall-clock time', () => {
    const { fields, problems } = fieldsOf();
    expect(problems).toEqual([]);
    expect(fields.publishedAt).toBe('2026-02-06T16:00:00.000Z');
  });

  test('a date with an offset is taken as written', () => {
    const { fields } = yaml(['title: t', 'date: 2016-05-20T08:30:00+08:00']);
    expect(fields!.publishedAt).toBe('2016-05-20T00:30:00.000Z');
  });

  test('publishedAt is date, else publishDate, else lastmod (Hugo’s .Date)', () => {
    expect(yaml(['title: t', 'publishDate: 2020-01-02T00:00:00Z', 'lastmod: 2020-01-03T00:00:00Z']).fields!.publishedAt).toBe('2020-01-02T00:00:00.000Z');
    expect(yaml(['title: t', 'lastmod: 2020-01-03T00:00:00Z']).fields!.publishedAt).toBe('2020-01-03T00:00:00.000Z');
    expect(yaml(['title: t', 'date: 2020-01-01T00:00:00Z', 'publishDate: 2020-01-02T00:00:00Z']).fields!.publishedAt).toBe('2020-01-01T00:00:00.000Z');
  });

  test('publishAt is publishDate, else the article’s date', () => {
    expect(yaml(['title: t', 'date: 2020-01-01T00:00:00Z', 'publishDate: 2999-01-01T00:00:00Z']).fields!.publishAt).toBe('2999-01-01T00:00:00.000Z');
    expect(yaml(['title: t', 'date: 2020-01-01T00:00:00Z']).fields!.publishAt).toBe('2020-01-01T00:00:00.000Z');
  });

  test('updatedAt is lastmod; expiresAt is expiryDate', () => {
    const { fields } = yaml(['title: t', 'date: 2020-01-01T00:00:00Z', 'lastmod: 2020-02-01T00:00:00Z', 'expiryDate: 2021-01-01T00:00:00Z']);
    expect(fields!.updatedAt).toBe('2020-02-01T00:00:00.000Z');
    expect(fields!.expiresAt).toBe('2021-01-01T00:00:00.000Z');
  });

  test('no date at all is a problem on the date field', () => {
    const { problems } = yaml(['title: t']);
    expect(problems).toEqual([expect.objectContaining({ field: 'date', message: 'is missing', file: 'content/posts/example.md' })]);
  });

  test('an unreadable date is a problem naming its field and line', () => {
    const { problems } = yaml(['title: t', 'date: 2026-13-40']);
    expect(problems).toEqual([expect.objectContaining({ field: 'date', line: 3, message: expect.stringContaining('2026-13-40') })]);
  });

  test('an unreadable lastmod or expiryDate is reported under its own name', () => {
    const { problems } = yaml(['title: t', 'date: 2026-02-07', 'lastmod: yesterday', 'expiryDate: soon']);
    expect(problems.map((problem) => [problem.field, problem.line])).toEqual([
      ['lastmod', 4],
      ['expirydate', 5],
    ]);
  });

  test('a bad date with a good fallback is still reported (no silent fallback)', () => {
    const { problems } = yaml(['title: t', 'date: not a date', 'publishDate: 2026-02-07']);
    expect(fieldsWithProblems(problems)).toEqual(['date']);
  });

  test('keys in any case (Hugo reads Date, PublishDate, ExpiryDate)', () => {
    const { fields, problems } = yaml(['Title: t', 'Date: 2020-01-01T00:00:00Z', 'ExpiryDate: 2021-01-01T00:00:00Z']);
    expect(problems).toEqual([]);
    expect(fields!.title).toBe('t');
    expect(fields!.expiresAt).toBe('2021-01-01T00:00:00.000Z');
  });

  test('TOML dates, offset or local', () => {
    const toml = readPost('+++\ntitle = "T"\ndate = 2016-05-20T08:30:00+08:00\nlastmod = 2017-01-02\n+++\n', 'posts/t.md', context);
    expect(toml.problems).toEqual([]);
    expect(toml.fields!.publishedAt).toBe('2016-05-20T00:30:00.000Z');
    expect(toml.fields!.updatedAt).toBe('2017-01-01T16:00:00.000Z');
  });
});

describe('isPublic: not a draft, publishDate reached, expiryDate not', () => {
  const now = new Date('2026-01-01T00:00:00Z');
  test.each([
    [{ draft: false, publishAt: '2025-01-01T00:00:00Z' }, true],
    [{ draft: true, publishAt: '2025-01-01T00:00:00Z' }, false],
    [{ draft: false, publishAt: '2026-06-01T00:00:00Z' }, false],
    [{ draft: false, publishAt: '2026-01-01T00:00:00Z' }, true],
    [{ draft: false, publishAt: '2025-01-01T00:00:00Z', expiresAt: '2025-12-31T23:59:59Z' }, false],
    [{ draft: false, publishAt: '2025-01-01T00:00:00Z', expiresAt: '2026-01-01T00:00:01Z' }, true],
  ])('%j → %s', (fields, expected) => {
    expect(isPublic(fields, now)).toBe(expected);
  });
});

describe('url and aliases: old addresses, normalized', () => {
  test('url and aliases (one string) both become aliases', () => {
    const { fields, problems } = fieldsOf('URL: /2009/03/南投清境農場-國民賓館/', 'aliases: /old/qingjing.html');
    expect(problems).toEqual([]);
    expect(fields.aliases).toEqual(['/2009/03/南投清境農場-國民賓館', '/old/qingjing.html']);
  });

  test('aliases as a list; duplicates (after normalizing) kept once', () => {
    const { fields } = fieldsOf('aliases: ["/2016/toml/", "/2016/TOML", "/2016/toml-old.html"]');
    expect(fields.aliases).toEqual(['/2016/toml', '/2016/toml-old.html']);
  });

  test('an address that cannot be this site’s is a problem naming its field and line, and left out', () => {
    const { fields, problems } = fieldsOf('url: "javascript:alert(1)"', 'aliases: ["/good/", "//evil.example.com/x", "/a/../b"]');
    expect(fields.aliases).toEqual(['/good']);
    expect(problems.map((problem) => [problem.field, problem.line])).toEqual([
      ['url', 4],
      ['aliases', 5],
      ['aliases', 5],
    ]);
    expect(problems[1].message).toContain('//evil.example.com/x');
  });

  test('aliases must be text values', () => {
    const { problems } = fieldsOf('aliases: [{ a: 1 }]');
    expect(problems).toEqual([expect.objectContaining({ field: 'aliases', message: 'must be a list of text values' })]);
  });

  test('url must be text', () => {
    const { problems } = fieldsOf('url: [/a/]');
    expect(problems).toContainEqual(expect.objectContaining({ field: 'url', message: expect.stringContaining('must be text') }));
  });
});

describe('slug', () => {
  test('the slug field, a number included', () => {
    expect(fieldsOf('slug: 6550187').fields.slug).toBe('6550187');
    expect(fieldsOf('slug: crlf-bom').fields.slug).toBe('crlf-bom');
  });

  test('else the last segment of url, else the file name', () => {
    expect(fieldsOf('url: /2015/03/my-post/').fields.slug).toBe('my-post');
    expect(fieldsOf().fields.slug).toBe('example');
  });
});

describe('taxonomies', () => {
  test('tags and categories as one string or a list, numbers included', () => {
    const { fields, problems } = fieldsOf('tags: ["Windows", 7688]', 'categories: 工具');
    expect(problems).toEqual([]);
    expect(fields.tags).toEqual(['Windows', '7688']);
    expect(fields.categories).toEqual(['工具']);
  });

  test('a YAML block list', () => {
    expect(fieldsOf('tags:', '  - 旅遊', '  - 開源').fields.tags).toEqual(['旅遊', '開源']);
  });

  test('absent taxonomies are empty lists', () => {
    const { fields } = fieldsOf();
    expect(fields.tags).toEqual([]);
    expect(fields.categories).toEqual([]);
  });

  test('a list holding a map is a problem on that field', () => {
    const { problems } = fieldsOf('tags: [a, { b: 1 }]');
    expect(problems).toEqual([expect.objectContaining({ field: 'tags', line: 4, message: 'must be a list of text values' })]);
  });

  test('a term with nothing to make an address from is a problem', () => {
    const { problems } = fieldsOf('tags: ["/", "開源"]', 'categories: ["?"]');
    expect(problems.map((problem) => problem.field)).toEqual(['tags', 'categories']);
    expect(problems[0].message).toContain('"/"');
  });
});

describe('authors', () => {
  test('authors as a list', () => {
    expect(fieldsOf('authors: [甲, 乙]').fields.authors).toEqual(['甲', '乙']);
  });

  test('author (one) when there is no authors', () => {
    expect(fieldsOf('author: 小明').fields.authors).toEqual(['小明']);
  });

  test('authors wins over author', () => {
    expect(fieldsOf('author: 小明', 'authors: [甲]').fields.authors).toEqual(['甲']);
  });
});

describe('cover image', () => {
  test.each([
    ['image', ['image: https://example.com/a.jpg', 'thumbnail: https://example.com/b.jpg'], 'https://example.com/a.jpg'],
    ['thumbnail', ['thumbnail: https://example.com/b.jpg', 'images: [https://example.com/c.jpg]'], 'https://example.com/b.jpg'],
    ['featuredimage', ['featuredImage: https://example.com/f.jpg', 'images: [https://example.com/c.jpg]'], 'https://example.com/f.jpg'],
    ["a theme's cover.image", ['cover:', '  image: images/cover.png', 'images: [https://example.com/c.jpg]'], 'images/cover.png'],
    ['cover as a string', ['cover: images/cover.png'], 'images/cover.png'],
    ["Hugo's images[0]", ['images: ["/images/cover.png", "/images/other.png"]'], '/images/cover.png'],
    ['images as one string', ['images: /images/cover.png'], '/images/cover.png'],
  ])('%s', (_, lines, expected) => {
    expect(fieldsOf(...lines).fields.image).toBe(expected);
  });

  test('no image fields: no image', () => {
    expect(fieldsOf().fields.image).toBeUndefined();
  });

  test('a site path missing from public/ is a warning, not an error', () => {
    const { fields, problems } = fieldsOf('image: /images/missing.png');
    expect(fields.image).toBe('/images/missing.png');
    expect(problems).toEqual([expect.objectContaining({ field: 'image', severity: 'warning', line: 4 })]);
  });

  test('a site path present under public/ is fine', () => {
    expect(fieldsOf('image: /images/cover.png').problems).toEqual([]);
  });
});

describe('draft', () => {
  test.each([
    ['draft: true', true],
    ['draft: false', false],
    ['draft: "true"', true],
    ['draft: "False"', false],
    ['draft: "TRUE"', true],
  ])('%s', (line, expected) => {
    const { fields, problems } = fieldsOf(line);
    expect(problems).toEqual([]);
    expect(fields.draft).toBe(expected);
  });

  test('absent or null: not a draft', () => {
    expect(fieldsOf().fields.draft).toBe(false);
    expect(fieldsOf('draft:').fields.draft).toBe(false);
  });

  test("YAML 1.1's yes and no, as Hugo's YAML reads them", () => {
    expect(fieldsOf('draft: yes').fields.draft).toBe(true);
    expect(fieldsOf('draft: off').fields.draft).toBe(false);
  });

  test('anything else is a problem naming field and line', () => {
    const { problems } = fieldsOf('draft: "maybe"');
    expect(problems).toEqual([expect.objectContaining({ field: 'draft', line: 4, message: expect.stringContaining('"maybe"') })]);
  });
});

describe('keep_quotes', () => {
  test('absent: quotation marks follow each page', () => {
    expect(fieldsOf().fields.keepQuotes).toBe(false);
    expect(fieldsOf('keep_quotes:').fields.keepQuotes).toBe(false);
  });

  test.each([
    ['keep_quotes: true', true],
    ['Keep_Quotes: "true"', true],
    ['keep_quotes: false', false],
  ])('%s', (line, expected) => {
    const { fields, problems } = fieldsOf(line);
    expect(problems).toEqual([]);
    expect(fields.keepQuotes).toBe(expected);
  });

  test('anything else is an error that names the field, its line and the fix', () => {
    const { problems } = fieldsOf('keep_quotes: yes please');
    expect(errors(problems)).toEqual([
      {
        file: 'content/posts/example.md',
        field: 'keep_quotes',
        line: 4,
        message: 'must be true or false, not "yes please"',
        fix: expect.stringContaining('keep_quotes: true'),
      },
    ]);
  });
});

describe('lang', () => {
  test('one tag or a list', () => {
    expect(fieldsOf('lang: zh-TW').fields.lang).toEqual(['zh-TW']);
    expect(fieldsOf('lang: [zh-HK, zh-Hant]').fields.lang).toEqual(['zh-HK', 'zh-Hant']);
  });

  test('a Chinese tag naming no script we publish is a problem', () => {
    const { problems } = fieldsOf('lang: zh-XX');
    expect(problems).toEqual([expect.objectContaining({ field: 'lang', line: 4, message: expect.stringContaining('"zh-XX"') })]);
  });

  test('an article in another language is shown as written: its language is kept, no problem', () => {
    const { fields, problems } = fieldsOf('lang: fr');
    expect(problems).toEqual([]);
    expect(fields?.language).toBe('fr');
    expect(fieldsOf('lang: zh-TW').fields?.language).toBeUndefined();
    expect(fieldsOf('lang: en-US').fields?.language).toBe('en-US');
  });

  test('something that is no language tag is a problem', () => {
    const { problems } = fieldsOf('lang: "english please"');
    expect(problems).toEqual([expect.objectContaining({ field: 'lang', message: expect.stringContaining('is not a language tag') })]);
  });
});

describe('related_companies, checked against the given registry', () => {
  test('known ids are kept, in order', () => {
    const { fields, problems } = fieldsOf('related_companies: [nvidia, openai]');
    expect(problems).toEqual([]);
    expect(fields.companyIds).toEqual(['nvidia', 'openai']);
  });

  test('one id as a string', () => {
    expect(fieldsOf('related_companies: openai').fields.companyIds).toEqual(['openai']);
  });

  test('an unknown id is a problem naming it and the registry folder', () => {
    const { problems } = fieldsOf('related_companies: [openai, acme]');
    expect(problems).toEqual([expect.objectContaining({ field: 'related_companies', line: 4, message: expect.stringContaining('"acme"'), fix: expect.stringContaining('content/companies') })]);
  });
});

describe('vocabulary', () => {
  test('valid pairs are the article’s vocabulary', () => {
    const { fields, problems } = fieldsOf('vocabulary: [{ hant: 資料, hans: 资料 }]');
    expect(problems).toEqual([]);
    expect(fields.vocabulary).toEqual([{ hant: '資料', hans: '资料' }]);
  });

  test('a malformed vocabulary is a problem on its line', () => {
    const { problems } = fieldsOf('vocabulary: { hant: 資料 }');
    expect(problems).toEqual([expect.objectContaining({ field: 'vocabulary', line: 4 })]);
  });
});

describe('text fields', () => {
  test('description and summary are kept, trimmed', () => {
    const { fields } = fieldsOf('description: "  描述  "', 'summary: 摘要');
    expect(fields.description).toBe('描述');
    expect(fields.summary).toBe('摘要');
  });

  test('a text field written as a list is a problem', () => {
    const { problems } = fieldsOf('description: [a, b]');
    expect(problems).toEqual([expect.objectContaining({ field: 'description', line: 4 })]);
  });

  test('source_url must be a web address; source_name is kept', () => {
    expect(fieldsOf('source_url: https://example.com/a', 'source_name: 報社').fields).toMatchObject({ sourceUrl: 'https://example.com/a', sourceName: '報社' });
    expect(fieldsOf('source_url: ftp://example.com/a').problems).toEqual([expect.objectContaining({ field: 'source_url', line: 4 })]);
  });

  test('a missing title is a problem', () => {
    const { problems } = yaml(['date: 2026-02-07']);
    expect(problems).toEqual([expect.objectContaining({ field: 'title', message: 'is missing' })]);
  });

  test('an empty title is a problem on its line', () => {
    const { problems } = yaml(['title: ""', 'date: 2026-02-07']);
    expect(problems).toEqual([expect.objectContaining({ field: 'title', line: 2, message: 'is empty' })]);
  });

  test('a number as title is fine', () => {
    const { fields, problems } = yaml(['title: 1984', 'date: 2026-02-07']);
    expect(problems).toEqual([]);
    expect(fields!.title).toBe('1984');
  });

  test('fields the site does not use are ignored', () => {
    expect(fieldsOf('type: post', 'layout: single', 'weight: 3', 'toc: true').problems).toEqual([]);
  });
});

describe('readPost', () => {
  test('no front matter: one problem on line 1', () => {
    const { fields, problems } = readPost('只有正文。', 'posts/a.md', context);
    expect(fields).toBeUndefined();
    expect(problems).toEqual([expect.objectContaining({ file: 'content/posts/a.md', field: 'front matter', line: 1, message: 'is missing' })]);
  });

  test('front matter that does not parse: one problem naming the format and the line', () => {
    const { fields, problems } = readPost('---\ntitle: t\ndate: [\n---\n', 'posts/a.md', context);
    expect(fields).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'front matter', message: expect.stringContaining('YAML') });
    expect(problems[0].line).toBeGreaterThanOrEqual(3);
  });

  test('TOML that does not parse names TOML', () => {
    const { problems } = readPost('+++\ntitle = \n+++\n', 'posts/a.md', context);
    expect(problems[0]).toMatchObject({ field: 'front matter', message: expect.stringContaining('TOML') });
  });

  test('JSON front matter', () => {
    const { fields, problems } = readPost('{\n  "title": "JSON",\n  "date": "2017-07-07",\n  "slug": 6550187,\n  "tags": "單一標籤"\n}\n\n正文', 'posts/j.md', context);
    expect(problems).toEqual([]);
    expect(fields).toMatchObject({ title: 'JSON', slug: '6550187', tags: ['單一標籤'] });
  });

  test('lines count in the whole file: BOM and CRLF', () => {
    const { problems } = readPost('\uFEFF---\r\ntitle: t\r\ndate: 2026-02-07\r\ndraft: maybe\r\n---\r\n', 'posts/a.md', context);
    expect(problems).toEqual([expect.objectContaining({ field: 'draft', line: 4 })]);
  });

  test('TOML problems name their line', () => {
    const { problems } = readPost('+++\ntitle = "T"\n\ndate = "not a date"\n+++\n', 'posts/a.md', context);
    expect(problems).toEqual([expect.objectContaining({ field: 'date', line: 4 })]);
  });

  test('problems name the file below the given content folder', () => {
    const { problems } = readPost('no front matter', 'posts/a.md', context, 'site/content');
    expect(problems[0].file).toBe('site/content/posts/a.md');
  });

  test('several problems of one file are all reported', () => {
    const { problems } = readPost('---\ntitle: t\ndate: 2026-02-07\ndraft: maybe\nlang: zh-XX\nrelated_companies: acme\n---\n', 'posts/a.md', context);
    expect(errors(problems).map((problem) => problem.field).sort()).toEqual(['draft', 'lang', 'related_companies']);
  });
});

describe('readPostFields directly', () => {
  test('reports through the callback, with the lines the caller gives', () => {
    const reported: unknown[] = [];
    const fields = readPostFields({ title: 't', date: '2026-02-07', draft: 'maybe' }, 'posts/a.md', (field) => (field === 'draft' ? 42 : undefined), (problem) => reported.push(problem), context);
    expect(fields.draft).toBe(false);
    expect(reported).toEqual([expect.objectContaining({ field: 'draft', line: 42 })]);
  });
});

describe('unpublishedPostFiles', () => {
  test('drafts, future and expired posts, relative to the content folder; a broken file is left in for the build to report', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'post-fields-content-'));
    const write = (name: string, text: string) => {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), text);
    };
    write('posts/public.md', '---\ntitle: a\ndate: 2020-01-01\n---\n');
    write('posts/draft.md', '---\ntitle: b\ndate: 2020-01-01\ndraft: true\n---\n');
    write('posts/future.md', '---\ntitle: c\ndate: 2020-01-01\npublishDate: 2999-01-01\n---\n');
    write('posts/expired.md', '---\ntitle: d\ndate: 2020-01-01\nexpiryDate: 2021-01-01\n---\n');
    write('posts/bundle/index.md', '---\ntitle: e\ndate: 2020-01-01\ndraft: "true"\n---\n');
    write('posts/broken.md', '---\ntitle: [\n---\n');
    write('posts/_index.md', '---\ntitle: section\ndraft: true\n---\n');
    write('posts/notes.txt', 'not an article');
    expect(unpublishedPostFiles(dir, new Date('2026-01-01T00:00:00Z')).sort()).toEqual(['posts/bundle/index.md', 'posts/draft.md', 'posts/expired.md', 'posts/future.md']);
    // Once its publishDate has come, the future post is public.
    expect(unpublishedPostFiles(dir, new Date('3000-01-01T00:00:00Z'))).not.toContain('posts/future.md');
  });
});
