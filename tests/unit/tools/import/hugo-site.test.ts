import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { normalizeAddress } from '@/lib/core/addresses';
import { termPath } from '@/lib/core/routes';
import { termKey } from '@/lib/text/terms';
import { readPost, type PostContext } from '@/lib/content/post-fields';
import { contentHash, planHugoImport, type ImportContext, type ImportPlan, type PlannedFile } from '@/lib/tools/import/hugo-site';
import { parseDeclaredShortcodes } from '@/lib/text/hugo/shortcodes/declared';
import { buildHugoOracle } from '../../../support/hugo-oracle';

const FIXTURE = 'tests/fixtures/hugo-site';
const lenient: PostContext = {
  companyIds: new Set(),
  companiesDir: 'content/companies',
  publicDir: mkdtempSync(path.join(tmpdir(), 'import-public-')),
};

function importContext(overrides: Partial<ImportContext> = {}): ImportContext {
  return { takenSlugs: new Map(), previousTargets: new Map(), declared: new Map(), now: new Date('2026-01-01T00:00:00Z'), ...overrides };
}

/** A temporary Hugo site holding the given files (text or bytes). */
function site(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'hugo-site-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), content);
  }
  return root;
}

const post = (lines: string[], body = '正文。') => `---\n${lines.join('\n')}\n---\n\n${body}\n`;

function fileAt(plan: ImportPlan, target: string): PlannedFile {
  const file = plan.files.find((candidate) => candidate.target === target);
  expect(file, `${target} is planned (planned: ${plan.files.map((f) => f.target).join(', ')})`).toBeDefined();
  return file!;
}

const text = (file: PlannedFile) => (typeof file.content === 'string' ? file.content : file.content.toString('utf8'));

/** The planned article as the site will read it. */
function readPlanned(plan: ImportPlan, target: string) {
  const file = fileAt(plan, target);
  const { fields, problems } = readPost(text(file), target.replace(/^content\//, ''), lenient);
  expect(problems.filter((problem) => problem.severity !== 'warning')).toEqual([]);
  return { fields: fields!, content: text(file) };
}

const articleTargets = (plan: ImportPlan) =>
  plan.files
    .filter((file) => /^content\/posts\/.*\.md$/.test(file.target))
    .map((file) => file.target)
    .sort();

const pageTargets = (plan: ImportPlan) =>
  plan.files
    .filter((file) => /^content\/pages\/.*\.md$/.test(file.target))
    .map((file) => file.target)
    .sort();

describe('the fixture site', () => {
  const plan = planHugoImport(FIXTURE, importContext());

  test('one target per article: slug, url segment or file name, bundles as folders', () => {
    expect(articleTargets(plan)).toEqual(
      [
        'content/posts/2019-simplified.md',
        'content/posts/6550187.md',
        'content/posts/bu-shu-bi-ji-zhi-er.md',
        'content/posts/crlf-bom.md',
        'content/posts/english-twin.md',
        'content/posts/expired-post.md',
        'content/posts/future-post.md',
        'content/posts/hello-world-2/index.md',
        'content/posts/media-and-math/index.md',
        'content/posts/nan-tou-qing-jing-nong-chang-guo-min-bin-guan.md',
        'content/posts/theme-shortcodes.md',
        'content/posts/toml-front-matter.md',
        'content/posts/trip-to-taipei/index.md',
        'content/posts/twin-post-en.md',
        'content/posts/twin-post.md',
        'content/posts/wordpress-export.md',
      ].sort(),
    );
    expect(plan.report).toMatchObject({ pages: 20, imported: 20, undated: 4, translations: 1, bundles: 3 });
  });

  // Every page Hugo itself publishes of the fixture site (tests/support/hugo-oracle.ts: the real Hugo) has its
  // address among the old addresses of one planned article or page, or among the redirects of its lists.
  const oracle = buildHugoOracle(FIXTURE);
  const documents = [...articleTargets(plan), ...pageTargets(plan)].map((target) => readPlanned(plan, target).fields);
  test.each(oracle.pages.map((page) => [page.path, page.file]))("Hugo's %s (%s) leads to one page here", (address) => {
    const key = normalizeAddress(address)!;
    const owners = documents.filter((fields) => fields.aliases.includes(key)).map((fields) => fields.slug);
    expect([...owners, ...(plan.redirects[key] ? [plan.redirects[key]] : [])]).toHaveLength(1);
  });

  // Every list Hugo publishes (home, sections, taxonomies, terms, in each language) leads somewhere here: the
  // importer's redirects, a page's own address, or a term's address the store leads to ours (build.ts termRedirects).
  test.each(oracle.lists)("Hugo's list %s leads to a page here", (address) => {
    const key = normalizeAddress(address)!;
    const ownedByStore = key === '/' || /^\/(tags|categories|series)(\/[^/]+)?$/.test(key);
    const page = documents.some((fields) => fields.aliases.includes(key));
    expect(ownedByStore || page || key in plan.redirects, key).toBe(true);
    // A term's list exists only where a listed article (not a translation) has the term.
    const term = /^\/(tags|categories|series)\/([^/]+)$/.exec(plan.redirects[key] ?? '');
    if (term) {
      const listed = documents.filter((fields) => !fields.translationOf);
      const names = (fields: (typeof documents)[number]) =>
        term[1] === 'tags' ? fields.tags : term[1] === 'categories' ? fields.categories : fields.series;
      expect(
        listed.some((fields) => names(fields).some((name) => termKey(name) === decodeURIComponent(term[2]))),
        key,
      ).toBe(true);
    }
  });

  test('every planned article reads without an error, and its slug is its file name', () => {
    for (const target of articleTargets(plan)) {
      const { fields } = readPlanned(plan, target);
      expect(target).toMatch(new RegExp(`/${fields.slug}(/index)?\\.md$`));
    }
  });

  test("the theme's archives page leads to ours; the date-less page is a page; the English post keeps its language", () => {
    expect(plan.report.skipped).toEqual([{ file: 'content/posts/archives.md', reason: expect.stringContaining('leads to /archive') }]);
    // Hugo 0.111 reads no date in a page without one, and `/:year/:month/` prints Go's zero time: /1/01/.
    expect(plan.redirects).toMatchObject({ '/1/01/文章彙整': '/archive', '/posts': '/', '/blog': '/', '/post': '/' });
    expect(pageTargets(plan)).toEqual([
      'content/pages/docs/index.md',
      'content/pages/docs/install.md',
      'content/pages/docs/usage.md',
      'content/pages/pages/pages/about.md',
    ]);
    expect(readPlanned(plan, 'content/posts/english-twin.md').fields.language).toBe('en');
    // The section page of a section of pages only; the sections of articles are lists, which lead to ours.
    expect(plan.files.filter((file) => file.source.includes('_index')).map((file) => file.source)).toEqual(['docs/_index.md']);
  });

  test('an HTML content file with front matter is a page of HTML (markup: html); one without is no page, as in Hugo', () => {
    const file = fileAt(plan, 'content/posts/wordpress-export.md');
    expect(text(file)).toMatch(/^markup: html$/m);
    expect(text(file)).toContain('<pre><code>echo "舊部落格的指令"');
    expect(plan.files.some((planned) => planned.source.includes('plain-copy'))).toBe(false);
    expect(oracle.pages.some((page) => page.file.includes('plain-copy'))).toBe(false);
  });

  test("the bundle's images are copied byte for byte beside its index.md", () => {
    for (const image of ['cover.png', 'second.png']) {
      const file = fileAt(plan, `content/posts/trip-to-taipei/images/${image}`);
      expect(Buffer.compare(file.content as Buffer, readFileSync(path.join(FIXTURE, 'content/blog/trip-to-taipei/images', image)))).toBe(0);
      expect(file.source).toBe(`blog/trip-to-taipei/images/${image}`);
      // Where Hugo published it, beside its page, it leads to the copy.
      const [hugoAddress] = readPlanned(plan, 'content/posts/trip-to-taipei/index.md').fields.aliases;
      expect(plan.redirects[`${hugoAddress}/images/${image}`]).toBe(`/bundles/posts/trip-to-taipei/images/${image}`);
    }
  });

  test('static images are copied when an article uses them, and only then', () => {
    const copied = plan.files.filter((file) => file.target.startsWith('public/')).map((file) => file.target);
    // The audio through the theme's relURL (audios/chime.wav is the site's /audios/chime.wav).
    expect(copied).toEqual(['public/images/2015/cloud.png', 'public/audios/chime.wav']);
    expect(plan.report.staticFiles).toBe(2);
  });

  test('refs point at the new files', () => {
    const { content } = readPlanned(plan, 'content/posts/nan-tou-qing-jing-nong-chang-guo-min-bin-guan.md');
    expect(content).toContain('[那篇]({{< relref "posts/crlf-bom.md" >}})');
    expect(content).toContain('[1]: {{< ref "posts/crlf-bom.md" >}}');
    expect(content).not.toContain('2015-03-14-crlf-bom');
  });

  test('TOML front matter that must change becomes YAML, its values kept', () => {
    const { fields, content } = readPlanned(plan, 'content/posts/toml-front-matter.md');
    expect(content.startsWith('---\n')).toBe(true);
    expect(content).not.toContain('+++');
    expect(fields.publishedAt).toBe('2016-05-20T00:30:00.000Z');
    expect(fields.updatedAt).toBe('2017-01-02T01:00:00.000Z');
    expect(fields.summary).toContain('MANUALSUMMARY');
    expect(fields.tags).toEqual(['TOML', '開源']);
  });

  test('the body’s WordPress code block is fenced', () => {
    const { content } = readPlanned(plan, 'content/posts/toml-front-matter.md');
    expect(content).toContain('```c\n#include <stdio.h>\n\nint main() { return 0; }\n```');
    expect(plan.report.wordpressCodeBlocks).toBe(1);
  });

  test('BOM and CRLF are gone from a rewritten file', () => {
    const { content } = readPlanned(plan, 'content/posts/crlf-bom.md');
    expect(content).not.toContain('\r');
    expect(content.charCodeAt(0)).not.toBe(0xfeff);
  });

  test('a front matter that needs no new field keeps its text exactly (URL:, aliases as one string)', () => {
    const { content } = readPlanned(plan, 'content/posts/nan-tou-qing-jing-nong-chang-guo-min-bin-guan.md');
    const original = readFileSync(path.join(FIXTURE, 'content/posts/南投清境農場.md'), 'utf8');
    const frontMatter = (source: string) => source.slice(0, source.indexOf('\n---\n', 4) + 5);
    expect(frontMatter(content)).toBe(frontMatter(original));
  });

  test('declarations for the theme’s shortcodes, its templates read (layouts/shortcodes/); none for built-ins it does not redefine', () => {
    expect(Object.fromEntries(plan.declarations)).toEqual({
      admonition: { kind: 'callout', type: '{type|0}', title: '{title|1}', open: '{open|2}' },
      busuanzi: { kind: 'remove' },
      // The site's bilibili takes the player's address (src=), its video Stack's, its audio through relURL.
      bilibili: { kind: 'embed', provider: 'bilibili', url: '{src}' },
      video: { kind: 'media', media: 'video', src: '{src|0}', poster: '{poster}' },
      audio: { kind: 'media', media: 'audio', src: '{src}', caption: '{caption}', relURL: true },
    });
    expect(plan.report.shortcodes.get('youtube')).toEqual({ count: 3, handling: 'built in' });
    expect(plan.report.shortcodes.get('admonition')).toEqual({ count: 2, handling: 'declared (callout)' });
  });

  test('the warnings: the shortcode left out, and the front matter indented with tabs, repaired', () => {
    expect(plan.report.warnings).toEqual([
      expect.stringMatching(/^content\/posts\/twin-post\.md: lines of the front matter indented with tabs/),
      expect.stringMatching(/^shortcode "busuanzi" \(1 use\) is left out: /),
    ]);
    // A key written twice reads as Hugo read it, and is written once.
    const twin = readPlanned(plan, 'content/posts/twin-post.md');
    expect(twin.fields).toMatchObject({ tags: ['雙語'], categories: ['筆記'] });
    expect(text(fileAt(plan, 'content/posts/twin-post.md')).match(/^tags:/gm)).toHaveLength(1);
  });

  test('the same site planned twice gives the same files', () => {
    const again = planHugoImport(FIXTURE, importContext());
    expect(again.files.map((file) => [file.target, contentHash(file.content)])).toEqual(
      plan.files.map((file) => [file.target, contentHash(file.content)]),
    );
  });
});

describe('files that need no change', () => {
  test('are planned byte for byte, CRLF and BOM included', () => {
    const source = '\uFEFF---\r\ntitle: 已有網址\r\ndate: 2020-01-01\r\nurl: /2020/01/kept/\r\n---\r\n\r\n正文。\r\n';
    const plan = planHugoImport(site({ 'hugo.toml': '', 'content/posts/kept.md': source }), importContext());
    expect(fileAt(plan, 'content/posts/kept.md').content).toBe(source);
    expect(plan.report.frontMatterRewritten).toBe(0);
  });

  test('TOML front matter with nothing to change stays TOML', () => {
    const source = '+++\ntitle = "TOML"\ndate = 2020-01-01T00:00:00+08:00\nurl = "/toml-kept/"\n+++\n\n正文。\n';
    const plan = planHugoImport(site({ 'hugo.toml': '', 'content/posts/toml-kept.md': source }), importContext());
    expect(fileAt(plan, 'content/posts/toml-kept.md').content).toBe(source);
  });

  test('TOML front matter stays TOML when only the body changes', () => {
    const source = '+++\ntitle = "TOML"\ndate = 2020-01-01T00:00:00+08:00\nurl = "/toml-ref/"\n+++\n\n[那篇]({{< ref "other.md" >}})\n';
    const plan = planHugoImport(
      site({
        'hugo.toml': '',
        'content/posts/toml-ref.md': source,
        'content/posts/other.md': post(['title: 另一篇', 'date: 2020-01-01', 'slug: renamed', 'url: /other/']),
      }),
      importContext(),
    );
    const content = text(fileAt(plan, 'content/posts/toml-ref.md'));
    expect(content).toBe(
      '+++\ntitle = "TOML"\ndate = 2020-01-01T00:00:00+08:00\nurl = "/toml-ref/"\n+++\n\n[那篇]({{< ref "posts/renamed.md" >}})\n',
    );
  });

  test('JSON front matter stays JSON when only the body changes', () => {
    const source =
      '{\n  "title": "JSON",\n  "date": "2020-01-01",\n  "url": "/json-ref/"\n}\n\n{{< youtube "https://youtu.be/MEfO09kPf-w" >}}\n';
    const plan = planHugoImport(site({ 'hugo.toml': '', 'content/posts/json-ref.md': source }), importContext());
    expect(text(fileAt(plan, 'content/posts/json-ref.md'))).toBe(
      '{\n  "title": "JSON",\n  "date": "2020-01-01",\n  "url": "/json-ref/"\n}\n\n{{< youtube "MEfO09kPf-w" >}}\n',
    );
  });
});

describe('slugs: unique in the target site, stable from one run to the next', () => {
  const files = {
    'hugo.toml': '',
    'content/posts/b/same.md': post(['title: 乙', 'date: 2020-01-02']),
    'content/posts/c/same.md': post(['title: 丙', 'date: 2020-01-03']),
  };

  test('two pages wanting one slug get -2, -3 in path order', () => {
    const plan = planHugoImport(site(files), importContext());
    expect(plan.files.map((file) => [file.source, file.target])).toEqual([
      ['posts/b/same.md', 'content/posts/same.md'],
      ['posts/c/same.md', 'content/posts/same-2.md'],
    ]);
  });

  test('a slug the site already has is not taken', () => {
    const plan = planHugoImport(site(files), importContext({ takenSlugs: new Map([['same', 'posts/mine.md']]) }));
    expect(plan.files.map((file) => file.target)).toEqual(['content/posts/same-2.md', 'content/posts/same-3.md']);
  });

  test('a renamed file (slug: written in front matter) gets slug: set so its address holds', () => {
    const plan = planHugoImport(site(files), importContext());
    const { fields } = readPlanned(plan, 'content/posts/same-2.md');
    expect(fields.slug).toBe('same-2');
  });

  test('a re-run keeps every earlier target, even when a new page would now come first', () => {
    const root = site(files);
    const first = planHugoImport(root, importContext());
    const previousTargets = new Map(first.files.map((file) => [file.source, file.target.replace(/^content\//, '')]));
    // A new page that sorts before the others and wants the same slug.
    writeFileSync(path.join(root, 'content/posts/a-same.md'), post(['title: 甲', 'date: 2020-01-01', 'slug: same']));
    const second = planHugoImport(root, importContext({ previousTargets }));
    const targetOf = new Map(second.files.map((file) => [file.source, file.target]));
    expect(targetOf.get('posts/b/same.md')).toBe('content/posts/same.md');
    expect(targetOf.get('posts/c/same.md')).toBe('content/posts/same-2.md');
    expect(targetOf.get('posts/a-same.md')).toBe('content/posts/same-3.md');
    expect(new Set(targetOf.values()).size).toBe(3);
  });
});

describe('old addresses', () => {
  test('permalink patterns per section, written as aliases', () => {
    const plan = planHugoImport(
      site({
        'hugo.toml': '[permalinks]\nposts = "/:year/:month/:slug/"\n',
        'content/posts/x.md': post(['title: Hello World', 'date: 2021-07-04']),
        'content/notes/y.md': post(['title: 筆記', 'date: 2021-07-05']),
      }),
      importContext(),
    );
    expect(readPlanned(plan, 'content/posts/x.md').fields.aliases).toEqual(['/2021/07/hello-world']);
    expect(readPlanned(plan, 'content/posts/y.md').fields.aliases).toEqual(['/notes/y']);
    expect(plan.report.addresses).toBe(2);
  });

  test('Hugo 0.120+ [permalinks.page]', () => {
    const plan = planHugoImport(
      site({
        'hugo.toml': '[permalinks.page]\nposts = "/p/:slug/"\n',
        'content/posts/x.md': post(['title: t', 'date: 2021-07-04', 'slug: my-x']),
      }),
      importContext(),
    );
    expect(readPlanned(plan, 'content/posts/my-x.md').fields.aliases).toEqual(['/p/my-x']);
  });

  test('url wins over the pattern; aliases are kept; addresses below baseURL’s path', () => {
    const plan = planHugoImport(
      site({
        'hugo.toml': 'baseURL = "https://user.github.io/blog/"\n[permalinks]\nposts = "/:year/:slug/"\n',
        'content/posts/x.md': post(['title: t', 'date: 2021-07-04', 'aliases: ["/old-x/"]']),
        'content/posts/y.md': post(['title: t2', 'date: 2021-07-04', 'url: /custom/y/']),
      }),
      importContext(),
    );
    expect(readPlanned(plan, 'content/posts/x.md').fields.aliases.sort()).toEqual(['/blog/2021/t', '/blog/old-x', '/old-x'].sort());
    expect(readPlanned(plan, 'content/posts/y.md').fields.aliases.sort()).toEqual(['/blog/custom/y', '/custom/y'].sort());
  });

  test('uglyURLs: the page was at .html', () => {
    const plan = planHugoImport(
      site({ 'hugo.toml': 'uglyURLs = true', 'content/posts/x.md': post(['title: t', 'date: 2021-07-04']) }),
      importContext(),
    );
    expect(readPlanned(plan, 'content/posts/x.md').fields.aliases).toEqual(['/posts/x.html']);
    // A pattern without its slash is a file too (Hugo 0.111: /:filename is /x.html).
    const patterned = planHugoImport(
      site({
        'hugo.toml': 'uglyURLs = true\n[permalinks]\nposts = "/:filename"',
        'content/posts/x.md': post(['title: t', 'date: 2021-07-04']),
      }),
      importContext(),
    );
    expect(readPlanned(patterned, 'content/posts/x.md').fields.aliases).toEqual(['/x.html']);
  });

  test('a relative alias is beside the page, as Hugo places it', () => {
    const plan = planHugoImport(
      site({ 'hugo.toml': '', 'content/posts/x.md': post(['title: t', 'date: 2021-07-04', 'aliases: [old-x]']) }),
      importContext(),
    );
    // The page is /posts/x/: "." is /posts.
    expect(readPlanned(plan, 'content/posts/x.md').fields.aliases).toEqual(expect.arrayContaining(['/posts/old-x', '/posts/x']));
  });

  test('uglyURLs: aliases were written as .html pages', () => {
    const plan = planHugoImport(
      site({
        'hugo.toml': 'uglyURLs = true',
        'content/posts/x.md': post(['title: t', 'date: 2021-07-04', 'aliases: [/old/, /older.html]']),
      }),
      importContext(),
    );
    expect(readPlanned(plan, 'content/posts/x.md').fields.aliases).toEqual(
      expect.arrayContaining(['/old.html', '/older.html', '/posts/x.html']),
    );
  });

  test('a pattern with date tokens uses lastmod when the page has no other date (Hugo’s .Date)', () => {
    const plan = planHugoImport(
      site({
        'hugo.toml': '[permalinks]\nposts = "/:year/:month/:filename/"\n',
        'content/posts/x.md': post(['title: t', 'lastmod: 2019-05-06']),
      }),
      importContext(),
    );
    expect(readPlanned(plan, 'content/posts/x.md').fields.aliases).toEqual(['/2019/05/x']);
  });

  test('bad aliases are repaired: left out and reported, the good ones kept', () => {
    const plan = planHugoImport(
      site({
        'hugo.toml': '',
        'content/posts/x.md': post(['title: t', 'date: 2021-07-04', 'aliases: ["/good/", "javascript:alert(1)", "//evil.example.com/x"]']),
      }),
      importContext(),
    );
    const { fields, content } = readPlanned(plan, 'content/posts/x.md');
    expect(fields.aliases.sort()).toEqual(['/good', '/posts/x']);
    expect(content).not.toContain('javascript:');
    expect(content).not.toContain('evil.example.com');
    expect(plan.report.warnings).toEqual([
      expect.stringMatching(/^content\/posts\/x\.md: aliases: .*javascript:alert\(1\).* the bad address is left out$/),
    ]);
  });

  test('a bad url is left out and reported', () => {
    const plan = planHugoImport(
      site({ 'hugo.toml': '', 'content/posts/x.md': post(['title: t', 'date: 2021-07-04', 'url: "javascript:alert(1)"']) }),
      importContext(),
    );
    const { content } = readPlanned(plan, 'content/posts/x.md');
    expect(content).not.toContain('javascript:');
    expect(plan.report.warnings).toEqual([expect.stringContaining('url: ')]);
  });
});

describe('pages that are not articles, and other languages', () => {
  test('date-less pages come over as pages at their Hugo path; a theme search page leads to ours; unreadable front matter is reported', () => {
    const plan = planHugoImport(
      site({
        'hugo.toml': '',
        'content/about.md': post(['title: 關於', 'layout: about']),
        'content/docs/第一章 入門.md': post(['title: 入門', 'weight: 2']),
        'content/posts/search.md': post(['title: 搜尋', 'type: search']),
        'content/posts/broken.md': '---\ntitle: [\n---\n',
        'content/posts/plain.md': '沒有前言。',
        'content/posts/bad-date.md': post(['title: t', 'date: 2021-13-45']),
      }),
      importContext(),
    );
    expect(pageTargets(plan)).toEqual([
      'content/pages/about.md',
      'content/pages/docs/di-yi-zhang-ru-men.md',
      'content/pages/pages/posts/bad-date.md',
      'content/pages/pages/posts/plain.md',
    ]);
    expect(readPlanned(plan, 'content/pages/about.md').fields).toMatchObject({ kind: 'page', slug: 'about', aliases: ['/about'] });
    // Hugo's address of the file: its folder and name through Hugo's path sanitizer, kept as the old address.
    expect(readPlanned(plan, 'content/pages/docs/di-yi-zhang-ru-men.md').fields).toMatchObject({
      weight: 2,
      aliases: ['/docs/第一章-入門'],
    });
    // A page under a folder named like one of our routes (`/posts/`) moves below /pages/; a file without front matter gets its name as title.
    expect(readPlanned(plan, 'content/pages/pages/posts/plain.md').fields).toMatchObject({
      slug: 'pages/posts/plain',
      title: 'plain',
      aliases: ['/posts/plain'],
    });
    // Hugo lists each section, /docs/ among them: here the home list.
    expect(plan.redirects).toEqual({ '/posts/search': '/search', '/docs': '/', '/posts': '/' });
    const reasons = Object.fromEntries(plan.report.skipped.map((entry) => [entry.file, entry.reason]));
    expect(reasons['content/posts/search.md']).toContain('leads to /search');
    expect(reasons['content/posts/broken.md']).toMatch(/front matter .*line/);
    expect(plan.report.warnings).toEqual([expect.stringContaining('content/posts/bad-date.md: date:')]);
  });

  test('a section of pages only becomes a page of its own from its _index.md; a section of articles leads to the home list', () => {
    const plan = planHugoImport(
      site({
        'hugo.toml': '',
        'content/docs/_index.md': post(['title: 文件'], '說明文件的首頁。'),
        'content/docs/intro.md': post(['title: 入門']),
        'content/posts/_index.md': post(['title: 文章']),
        'content/posts/x.md': post(['title: 文章', 'date: 2021-01-01']),
      }),
      importContext(),
    );
    expect(pageTargets(plan)).toEqual(['content/pages/docs/index.md', 'content/pages/docs/intro.md']);
    expect(readPlanned(plan, 'content/pages/docs/index.md').fields).toMatchObject({ title: '文件', slug: 'docs', aliases: ['/docs'] });
    expect(plan.redirects).toEqual({ '/posts': '/' });
  });

  test('a page Hugo publishes no page for (headless, _build: render: never) is not imported, and the report says why', () => {
    const plan = planHugoImport(
      site({
        'hugo.toml': '',
        'content/posts/shown.md': post(['title: 看得到', 'date: 2021-01-01']),
        'content/posts/headless/index.md': post(['title: 無頭', 'headless: true']),
        'content/posts/hidden.md': post(['title: 不發布', 'date: 2021-01-01', '_build:', '  render: never', '  list: never']),
      }),
      importContext(),
    );
    expect(articleTargets(plan)).toEqual(['content/posts/shown.md']);
    expect(plan.report.skipped.map((entry) => entry.reason)).toEqual([
      expect.stringContaining('headless'),
      expect.stringContaining('render: never'),
    ]);
  });

  test("a language's own permalinks ([languages.en.permalinks]) give its pages their addresses", () => {
    const plan = planHugoImport(
      site({
        'config.toml':
          'defaultContentLanguage = "en"\n[permalinks]\nposts = "/p/:slug/"\n[languages.zh-CN]\nweight = 2\n[languages.en]\nweight = 1\n[languages.en.permalinks]\nposts = "/:slugorfilename/"\n[languages.zh-CN.permalinks]\nposts = "/cn/:filename/"\n',
        'content/posts/check/index.en.md': post(['title: Health check', 'date: 2021-01-01'], 'In English.'),
        'content/posts/check/index.zh-cn.md': post(['title: 健康檢查', 'date: 2021-01-01']),
      }),
      importContext(),
    );
    expect(readPlanned(plan, 'content/posts/check.md').fields.aliases).toEqual(['/zh-cn/cn/check']);
    expect(readPlanned(plan, 'content/posts/check-en.md').fields.aliases).toEqual(['/check']);
  });

  test("Hugo's AMP output is an old address of each page too, in its language, unless the page names its own outputs", () => {
    const plan = planHugoImport(
      site({
        'config.toml':
          'defaultContentLanguage = "zh-cn"\n[outputs]\npage = ["HTML", "AMP"]\n[languages.zh-cn]\nweight = 1\n[languages.en]\nweight = 2\n',
        'content/dev/x.zh-cn.md': post(['title: 文章', 'date: 2021-01-01']),
        'content/dev/x.en.md': post(['title: English', 'date: 2021-01-01'], 'In English.'),
        'content/about.zh-cn.md': post(['title: 關於', 'outputs: html']),
      }),
      importContext(),
    );
    expect(readPlanned(plan, 'content/posts/x.md').fields.aliases).toEqual(['/dev/x', '/amp/dev/x']);
    expect(readPlanned(plan, 'content/posts/x-en.md').fields.aliases).toEqual(['/en/dev/x', '/en/amp/dev/x']);
    expect(readPlanned(plan, 'content/pages/about.md').fields.aliases).toEqual(['/about']);
  });

  test("a taxonomy of the site's own naming comes over as tags, its lists and terms at Hugo's addresses lead to ours, in every language", () => {
    const plan = planHugoImport(
      site({
        'hugo.toml':
          'defaultContentLanguage = "zh-tw"\n[taxonomies]\ntag = "tag"\ncategory = "categories"\n[languages.zh-tw]\n[languages.en]\n',
        'content/posts/x.md': post(['title: 文章', 'date: 2021-01-01', 'tag: [開源, AI Models]', 'tags: [舊的]']),
        'content/posts/y.en.md': post(['title: English', 'date: 2021-01-02', 'tag: [Open Source]'], 'In English.'),
      }),
      importContext(),
    );
    expect(readPlanned(plan, 'content/posts/x.md').fields.tags).toEqual(['舊的', '開源', 'AI Models']);
    expect(plan.redirects).toMatchObject({
      '/tag': '/tags',
      '/tag/開源': termPath('tags', termKey('開源')),
      '/tag/ai-models': termPath('tags', termKey('AI Models')),
      '/en/tag/open-source': termPath('tags', termKey('Open Source')),
      // Hugo publishes each taxonomy's list in each language, with terms or without.
      '/en/tag': '/tags',
      '/en/categories': '/categories',
    });
    expect(plan.redirects).not.toHaveProperty('/categories');
  });

  test('every language comes over: a translation keeps its language and its address, and names the article it translates', () => {
    const plan = planHugoImport(
      site({
        'hugo.toml':
          'defaultContentLanguage = "en"\n[languages.en]\ncontentDir = "content/en"\n[languages.zh-tw]\ncontentDir = "content/zh"\n',
        'content/en/posts/x.md': post(['title: English', 'date: 2021-01-01'], 'In English.'),
        'content/en/posts/only-english.md': post(['title: Only', 'date: 2021-01-02'], 'Only in English.'),
        'content/zh/posts/x.md': post(['title: 中文', 'date: 2021-01-01']),
      }),
      importContext(),
    );
    expect(plan.report.skipped).toEqual([]);
    expect(readPlanned(plan, 'content/posts/x.md').fields).toMatchObject({ aliases: ['/zh-tw/posts/x'], lang: [] });
    expect(readPlanned(plan, 'content/posts/x-en.md').fields).toMatchObject({ aliases: ['/posts/x'], language: 'en', translationOf: 'x' });
    // A page only in another language is its own article, in its language.
    expect(readPlanned(plan, 'content/posts/only-english.md').fields).toMatchObject({ language: 'en', translationOf: undefined });
    expect(plan.report).toMatchObject({ imported: 3, translations: 1 });
  });

  test('a site in two Chinese languages lists each article once: the default language is the article, the other its translation', () => {
    const plan = planHugoImport(
      site({
        'hugo.toml':
          'defaultContentLanguage = "zh-cn"\n[permalinks]\nposts = "/archives/:slug/"\n[languages.zh-cn]\ncontentDir = "content/zh-cn"\nweight = 1\n[languages.zh-tw]\ncontentDir = "content/zh-tw"\nweight = 2\n',
        'content/zh-cn/posts/hello.md': post(['slug: 1', 'title: 你好', 'date: 2021-11-06']),
        'content/zh-tw/posts/hello.md': post(['slug: 1', 'title: 你好', 'date: 2021-11-06'], '繁體的正文。'),
      }),
      importContext(),
    );
    expect(readPlanned(plan, 'content/posts/1.md').fields).toMatchObject({ aliases: ['/archives/1'], translationOf: undefined });
    expect(readPlanned(plan, 'content/posts/1-zh-tw.md').fields).toMatchObject({ aliases: ['/zh-tw/archives/1'], translationOf: '1' });
  });

  test('a file named for another language translates the one named for none', () => {
    const plan = planHugoImport(
      site({
        'hugo.toml': 'defaultContentLanguage = "zh"\n[languages.zh]\nweight = 1\n[languages.en]\nweight = 2\n',
        'content/posts/x.md': post(['title: 中文', 'date: 2021-01-01']),
        'content/posts/x.en.md': post(['title: English', 'date: 2021-01-01'], 'English text.'),
      }),
      importContext(),
    );
    expect(articleTargets(plan)).toEqual(['content/posts/x-en.md', 'content/posts/x.md']);
    expect(readPlanned(plan, 'content/posts/x-en.md').fields).toMatchObject({
      aliases: ['/en/posts/x'],
      translationOf: 'x',
      language: 'en',
    });
  });

  test("a bundle's translations are named by their folder and language, not by the file (index.zh-tw.md is not a slug)", () => {
    const plan = planHugoImport(
      site({
        'hugo.toml':
          'defaultContentLanguage = "zh-cn"\n[languages.zh-cn]\nweight = 1\n[languages.zh-tw]\nweight = 2\n[languages.en]\nweight = 3\n',
        'content/posts/my-post/index.md': post(['title: 中文', 'date: 2021-01-01']),
        'content/posts/my-post/index.zh-tw.md': post(['title: 中文', 'date: 2021-01-01'], '繁體。'),
        'content/posts/my-post/index.en.md': post(['title: English', 'date: 2021-01-01'], 'English text.'),
      }),
      importContext(),
    );
    expect(articleTargets(plan)).toEqual(['content/posts/my-post-en.md', 'content/posts/my-post-zh-tw.md', 'content/posts/my-post.md']);
    expect(readPlanned(plan, 'content/posts/my-post-zh-tw.md').fields).toMatchObject({
      aliases: ['/zh-tw/posts/my-post'],
      translationOf: 'my-post',
    });
  });

  test('a page of a non-Chinese site language whose text is Chinese stays Chinese (a Chinese blog left at languageCode "en")', () => {
    const plan = planHugoImport(
      site({
        'hugo.toml': 'languageCode = "en"\n',
        'content/posts/zh.md': post(['title: 中文文章', 'date: 2021-01-01'], '這是一篇用中文寫的文章，只有幾個 English words。'),
        'content/posts/en.md': post(['title: An English post', 'date: 2021-01-02'], 'Written in English.'),
      }),
      importContext(),
    );
    expect(readPlanned(plan, 'content/posts/zh.md').fields.language).toBeUndefined();
    expect(readPlanned(plan, 'content/posts/en.md').fields.language).toBe('en');
  });

  test('a dot in a file name is not a language unless the site has that language (node.js.md is an article)', () => {
    const plan = planHugoImport(
      site({
        'hugo.toml': '[permalinks]\nposts = "/:filename/"\n',
        'content/posts/node.js.md': post(['title: Node', 'date: 2021-01-01']),
        'content/posts/intro.ja.md': post(['title: 日本語', 'date: 2021-01-01']),
      }),
      importContext(),
    );
    // Hugo's :filename keeps the whole name.
    expect(readPlanned(plan, 'content/posts/node-js.md').fields.aliases).toEqual(['/node.js']);
    expect(readPlanned(plan, 'content/posts/intro-ja.md').fields.aliases).toEqual(['/intro.ja']);
  });

  test('a title-less article gets its file name as title', () => {
    const plan = planHugoImport(site({ 'hugo.toml': '', 'content/posts/untitled-note.md': post(['date: 2021-01-01']) }), importContext());
    expect(readPlanned(plan, 'content/posts/untitled-note.md').fields.title).toBe('untitled-note');
  });
});

describe('bodies', () => {
  const withOther = (body: string) =>
    site({
      'hugo.toml': '',
      'content/posts/page.md': post(['title: t', 'date: 2021-01-01', 'url: /page/'], body),
      'content/posts/2015/old-name.md': post(['title: o', 'date: 2015-01-01', 'slug: new-name', 'url: /o/']),
    });
  const bodyOf = (plan: ImportPlan) => text(fileAt(plan, 'content/posts/page.md')).split('\n---\n').slice(1).join('\n---\n');

  test('refs by path, by name and relative are rewritten to the new file; the anchor kept', () => {
    const plan = planHugoImport(
      withOther('[a]({{< ref "posts/2015/old-name.md" >}}) [b]({{< relref "old-name" >}}) [c]({{< ref "2015/old-name.md#part" >}})'),
      importContext(),
    );
    expect(bodyOf(plan)).toBe(
      '\n[a]({{< ref "posts/new-name.md" >}}) [b]({{< relref "posts/new-name.md" >}}) [c]({{< ref "posts/new-name.md#part" >}})\n',
    );
  });

  test('a ref leading nowhere keeps its link text without the link, and is reported with its line', () => {
    const plan = planHugoImport(
      withOther('first line\n[看這篇]({{< ref "nowhere.md" >}})\n\n[1]: {{< ref "nowhere.md" >}}'),
      importContext(),
    );
    expect(bodyOf(plan)).toBe('\nfirst line\n看這篇\n\n[1]: #\n');
    expect(plan.report.warnings).toEqual([
      expect.stringContaining('line 3: ref "nowhere.md" leads to no page'),
      expect.stringContaining('line 5: ref "nowhere.md"'),
    ]);
  });

  test('refs to anchors and taxonomies are left to the site', () => {
    const body = '[a]({{< ref "#intro" >}}) [b]({{< ref "/tags/rust" >}})';
    const plan = planHugoImport(withOther(body), importContext());
    expect(bodyOf(plan)).toBe(`\n${body}\n`);
  });

  test('youtube written with a whole address: the id is taken from it', () => {
    const body = [
      '{{< youtube "https://www.youtube.com/watch?v=MEfO09kPf-w" >}}',
      '{{< youtube https://youtu.be/MEfO09kPf-w >}}',
      '{{< youtube id="https://www.youtube.com/embed/MEfO09kPf-w?start=3" >}}',
      '{{< youtube MEfO09kPf-w >}}',
    ].join('\n\n');
    const plan = planHugoImport(withOther(body), importContext());
    expect(bodyOf(plan)).toBe(
      `\n${['{{< youtube "MEfO09kPf-w" >}}', '{{< youtube MEfO09kPf-w >}}', '{{< youtube id="MEfO09kPf-w" >}}', '{{< youtube MEfO09kPf-w >}}'].join('\n\n')}\n`,
    );
    expect(plan.report.warnings).toEqual([]);
  });

  test('youtube with neither an id nor a video address: kept as a link, and reported', () => {
    const plan = planHugoImport(withOther('{{< youtube "https://example.com/video" >}}'), importContext());
    expect(bodyOf(plan)).toBe('\n<https://example.com/video>\n');
    expect(plan.report.warnings).toEqual([expect.stringContaining('youtube "https://example.com/video" is not a video id')]);
  });

  test('a ref inside a paired shortcode is rewritten in place', () => {
    const plan = planHugoImport(withOther('{{% notice tip %}}\n見[舊文]({{< ref "old-name" >}})。\n{{% /notice %}}'), importContext());
    expect(bodyOf(plan)).toBe('\n{{% notice tip %}}\n見[舊文]({{< ref "posts/new-name.md" >}})。\n{{% /notice %}}\n');
  });

  test('the same shortcode written twice is rewritten twice', () => {
    const plan = planHugoImport(withOther('{{< ref "old-name" >}} and {{< ref "old-name" >}}'), importContext());
    expect(bodyOf(plan)).toBe('\n{{< ref "posts/new-name.md" >}} and {{< ref "posts/new-name.md" >}}\n');
  });

  test('shortcodes shown in code are not rewritten, counted or declared', () => {
    const body =
      '```\n{{< ref "nowhere.md" >}} {{< youtube https://youtu.be/MEfO09kPf-w >}} {{< mytheme >}}\n```\n\n`{{< othertheme >}}`\n\n[x]({{< ref "old-name" >}})';
    const plan = planHugoImport(withOther(body), importContext());
    expect(bodyOf(plan)).toBe(`\n${body.replace('[x]({{< ref "old-name" >}})', '[x]({{< ref "posts/new-name.md" >}})')}\n`);
    expect(plan.report.warnings).toEqual([]);
    expect(plan.declarations.size).toBe(0);
    expect([...plan.report.shortcodes.keys()]).toEqual(['ref']);
  });

  test("a replacement holding $ signs is written as it is (no $& or $' patterns)", () => {
    const plan = planHugoImport(withOther('{{< ref "old-name#a$&b$\'c" >}}'), importContext());
    expect(bodyOf(plan)).toBe('\n{{< ref "posts/new-name.md#a$&b$\'c" >}}\n');
  });

  test('escaped shortcodes are left as written', () => {
    const body = '寫法是 `{{</* youtube ID */>}}` 與 {{</* ref "nowhere.md" */>}}';
    const plan = planHugoImport(withOther(body), importContext());
    expect(bodyOf(plan)).toBe(`\n${body}\n`);
    expect(plan.report.warnings).toEqual([]);
  });
});

describe('theme shortcodes', () => {
  const root = () =>
    site({
      'hugo.toml': '',
      'content/posts/x.md': post(
        ['title: t', 'date: 2021-01-01', 'url: /x/'],
        '{{< notice warning >}}注意{{< /notice >}}\n\n{{< bookmark url="https://example.com" title="範例" >}}\n\n{{< busuanzi >}}\n\n{{< busuanzi >}}',
      ),
    });

  test('each is declared by name or by shape, and counted', () => {
    const plan = planHugoImport(root(), importContext());
    expect(Object.fromEntries(plan.declarations)).toEqual({
      notice: { kind: 'callout', type: '{type|0}', title: '{title}' },
      bookmark: { kind: 'link', link: '{url}', text: '{title}' },
      busuanzi: { kind: 'remove' },
    });
    expect(plan.report.shortcodes.get('busuanzi')).toEqual({ count: 2, handling: 'declared (remove)' });
  });

  test('one the editor already declared is left as declared', () => {
    const { shortcodes } = parseDeclaredShortcodes('busuanzi: { inline: true }');
    const plan = planHugoImport(root(), importContext({ declared: shortcodes }));
    expect(plan.declarations.has('busuanzi')).toBe(false);
    expect(plan.report.shortcodes.get('busuanzi')?.handling).toBe('declared in content/shortcodes.yaml (inline)');
  });
});

describe('static files', () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

  test('referenced from front matter, Markdown, HTML and reference definitions: copied once each; others not', () => {
    const plan = planHugoImport(
      site({
        'hugo.toml': '',
        'static/images/cover.png': png,
        'static/images/inline.png': png,
        'static/images/html.png': png,
        'static/images/ref.png': png,
        'static/images/unused.png': png,
        'static/files/a b.pdf': png,
        'content/posts/x.md': post(
          ['title: t', 'date: 2021-01-01', 'image: /images/cover.png'],
          '![a](/images/inline.png)\n\n<img src="/images/html.png">\n\n[r]: /images/ref.png\n\n![again](/images/inline.png)\n\n[pdf](/files/a%20b.pdf)',
        ),
        'content/posts/y.md': post(['title: t2', 'date: 2021-01-02'], '![a](/images/inline.png)'),
      }),
      importContext(),
    );
    const copied = plan.files.filter((file) => file.target.startsWith('public/'));
    expect(copied.map((file) => file.target).sort()).toEqual([
      'public/files/a b.pdf',
      'public/images/cover.png',
      'public/images/html.png',
      'public/images/inline.png',
      'public/images/ref.png',
    ]);
    for (const file of copied) expect(Buffer.compare(file.content as Buffer, png)).toBe(0);
    expect(plan.report.staticFiles).toBe(5);
  });

  test('an address below baseURL’s path finds its file in static/', () => {
    const plan = planHugoImport(
      site({
        'hugo.toml': 'baseURL = "https://user.github.io/blog/"',
        'static/images/a.png': png,
        'content/posts/x.md': post(['title: t', 'date: 2021-01-01'], '![a](/blog/images/a.png)'),
      }),
      importContext(),
    );
    expect(plan.files.filter((file) => file.target.startsWith('public/')).map((file) => [file.target, file.source])).toEqual([
      ['public/blog/images/a.png', 'static/images/a.png'],
    ]);
  });

  test('bundle resources in nested folders are copied; a nested bundle keeps its own', () => {
    const plan = planHugoImport(
      site({
        'hugo.toml': '',
        'content/posts/trip/index.md': post(['title: 旅行', 'date: 2021-01-01']),
        'content/posts/trip/img/a.png': png,
        'content/posts/trip/data.csv': 'a,b\n',
        'content/posts/trip/day2/index.md': post(['title: 第二天', 'date: 2021-01-02']),
        'content/posts/trip/day2/b.png': png,
      }),
      importContext(),
    );
    const bySource = Object.fromEntries(plan.files.map((file) => [file.source, file.target]));
    expect(bySource).toEqual({
      'posts/trip/index.md': 'content/posts/trip/index.md',
      'posts/trip/img/a.png': 'content/posts/trip/img/a.png',
      'posts/trip/data.csv': 'content/posts/trip/data.csv',
      'posts/trip/day2/index.md': 'content/posts/day2/index.md',
      'posts/trip/day2/b.png': 'content/posts/day2/b.png',
    });
    expect(plan.report.bundles).toBe(2);
  });
});

describe('a content folder without its site (contentOnly)', () => {
  test('the folder itself is the content, with Hugo’s default addresses', () => {
    const root = site({ 'posts/x.md': post(['title: t', 'date: 2021-01-01']), 'static/images/a.png': 'x' });
    const plan = planHugoImport(root, importContext(), { contentOnly: true });
    expect(articleTargets(plan)).toEqual(['content/posts/x.md']);
    expect(readPlanned(plan, 'content/posts/x.md').fields.aliases).toEqual(['/posts/x']);
  });
});

describe('contentHash', () => {
  test('a short, stable fingerprint of text or bytes', () => {
    expect(contentHash('abc')).toBe(contentHash(Buffer.from('abc')));
    expect(contentHash('abc')).toMatch(/^[0-9a-f]{16}$/);
    expect(contentHash('abc')).not.toBe(contentHash('abd'));
    // SHA-256 of "abc", first 16 hex digits.
    expect(contentHash('abc')).toBe('ba7816bf8f01cfea');
  });
});
