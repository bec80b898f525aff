import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readHugoConfig } from '@/lib/tools/import/hugo-config';
import {
  classify,
  emptyImportReport,
  declareShortcodes,
  findPages,
  hugoAddresses,
  pagePathFromAddress,
  place,
  readSourcePage,
  rewriteBody,
  type ImportPlan,
  type Read,
} from '@/lib/tools/import/hugo-site';
import { parseShortcodes } from '@/lib/text/hugo/shortcodes/parse';

/** The importer's stages one by one (planHugoImport runs them in order; tests/unit/tools/import/hugo-site.test.ts runs it whole). */
function site(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'hugo-stages-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), content);
  }
  return root;
}

function readAll(root: string) {
  const config = readHugoConfig(root);
  const report = emptyImportReport();
  const { pages, sections } = findPages(root, config);
  const reads = pages.sort((a, b) => a.id.localeCompare(b.id)).flatMap((page) => readSourcePage(page, root, report) ?? []);
  return { config, report, pages, sections, reads };
}

const context = { takenSlugs: new Map(), previousTargets: new Map(), declared: new Map(), now: new Date('2026-01-01T00:00:00Z') };

describe('findPages', () => {
  test("a bundle's other files (YAML, JSON, images) are its resources; section pages and languages are told apart", () => {
    const { pages, sections } = readAll(
      site({
        'hugo.toml': 'defaultContentLanguage = "zh"\n[languages.zh]\n[languages.en]\n',
        'content/posts/_index.md': '---\ntitle: 文章\n---\n',
        'content/posts/k8s/index.md': '---\ntitle: k8s\ndate: 2021-01-01\n---\n',
        'content/posts/k8s/deploy.yaml': 'kind: Deployment\n---\nkind: Service\n',
        'content/posts/k8s/values.json': '{}',
        'content/posts/x.en.md': '---\ntitle: x\ndate: 2021-01-01\n---\n',
        'content/posts/node.js.md': '---\ntitle: node\ndate: 2021-01-01\n---\n',
        // A bundle whose pages are named for their languages only (Hugo's index.en.md is the bundle's page too).
        'content/posts/trip/index.zh.md': '---\ntitle: 旅行\ndate: 2021-01-01\n---\n',
        'content/posts/trip/index.en.md': '---\ntitle: Trip\ndate: 2021-01-01\n---\n',
        'content/posts/trip/photo.jpg': 'jpeg',
      }),
    );
    expect(pages.map((page) => [page.path, page.language, page.resources])).toEqual([
      ['posts/k8s/index.md', 'zh', ['deploy.yaml', 'values.json']],
      ['posts/node.js.md', 'zh', []],
      ['posts/trip/index.en.md', 'en', ['photo.jpg']],
      ['posts/trip/index.zh.md', 'zh', ['photo.jpg']],
      ['posts/x.en.md', 'en', []],
    ]);
    expect(sections.map((section) => section.path)).toEqual(['posts/_index.md']);
  });
});

describe('readSourcePage', () => {
  test('a file without front matter is read (Hugo publishes it); front matter Hugo could not read either is skipped with its line', () => {
    const { reads, report } = readAll(
      site({ 'hugo.toml': '', 'content/plain.md': '只有正文。', 'content/broken.md': '---\ntitle: [\n---\n' }),
    );
    expect(reads.map((read) => [read.page.path, read.format, read.body])).toEqual([['plain.md', undefined, '只有正文。']]);
    expect(report.skipped).toEqual([{ file: 'content/broken.md', reason: expect.stringMatching(/could not read either \(line \d/) }]);
  });

  test('a quoted value continued at the left margin is repaired, as Hugo read it, with a warning', () => {
    const { reads, report } = readAll(site({ 'hugo.toml': '', 'content/a.md': '---\ntitle: "一行\n接著"\ndate: 2021-01-01\n---\n' }));
    expect(reads[0].fields.title).toBe('一行 接著');
    expect(report.warnings).toEqual([expect.stringContaining('continued at the left margin')]);
  });

  test('a flow sequence indented with tabs (go-yaml reads it, and so Hugo) is repaired, with a warning', () => {
    const { reads, report } = readAll(
      site({ 'hugo.toml': '', 'content/a.md': '---\nlayout:\t\tpost\ntitle: t\ndate: 2019-10-08\ncategories: [ \n\t"Go"\n]\n---\n' }),
    );
    expect(reads[0].fields.categories).toEqual(['Go']);
    expect(report.skipped).toEqual([]);
    expect(report.warnings).toEqual([expect.stringContaining('indented with tabs')]);
  });
});

describe('addresses', () => {
  test("hugoAddresses: the permalink pattern, Hugo's zero time when it cannot read the date, the language prefix, aliases", () => {
    const { reads, config } = readAll(
      site({
        'hugo.toml': 'defaultContentLanguage = "zh"\n[permalinks]\nposts = "/:year/:month/:slug/"\n[languages.zh]\n[languages.en]\n',
        'content/posts/a.md': '---\ntitle: 甲\ndate: 2018-01-01 12:00\naliases: [old, /older/]\n---\n',
        'content/posts/b.en.md': '---\ntitle: B\nslug: bee\ndate: 2019-02-03\n---\n',
      }),
    );
    const [a, b] = reads.map((read) => hugoAddresses(read.page, read.fields, read.data, config));
    expect(a).toEqual({ own: '/1/01/甲', all: ['/1/01/甲', '/1/01/old', '/older'] });
    expect(b.own).toBe('/en/2019/02/bee');
  });

  test("pagePathFromAddress: Hugo's path as slugs, below /pages/ when it begins like one of our routes", () => {
    expect(pagePathFromAddress('/about/')).toBe('about');
    expect(pagePathFromAddress('/關於我/')).toBe('guan-wu-wo'); // pinyin-pro's reading of 於 here
    expect(pagePathFromAddress('/docs/Get-Started.html')).toBe('docs/get-started');
    expect(pagePathFromAddress('/tags/about/')).toBe('pages/tags/about');
    expect(pagePathFromAddress('/')).toBe('home');
  });
});

describe('classify and place', () => {
  const reads = (): { reads: Read[]; config: ReturnType<typeof readHugoConfig>; report: ImportPlan['report'] } =>
    readAll(
      site({
        'hugo.toml': '',
        'content/search.md': '---\ntitle: 搜尋\nlayout: search\n---\n',
        'content/about.md': '---\ntitle: 關於\n---\n',
        'content/posts/a.md': '---\ntitle: 甲\ndate: 2021-01-01\n---\n',
        'content/posts/b/a.md': '---\ntitle: 乙\ndate: 2021-01-02\n---\n',
      }),
    );

  test("classify: the theme's search page leads to ours instead of coming over", () => {
    const { reads: all, config, report } = reads();
    const { kept, layoutRedirects } = classify(all, config, report);
    expect(kept.map((read) => read.page.path)).toEqual(['about.md', 'posts/a.md', 'posts/b/a.md']);
    expect(layoutRedirects).toEqual({ '/search': '/search' });
  });

  test('place: dated pages are articles with unique slugs, undated ones pages at their path; a slug taken elsewhere is not taken', () => {
    const { reads: all, config, report } = reads();
    const { kept } = classify(all, config, report);
    const placed = place(kept, config, { ...context, takenSlugs: new Map([['a', 'posts/someone-else.md']]) });
    expect(placed.map((entry) => [entry.kind, entry.slug, entry.target])).toEqual([
      ['page', 'about', 'pages/about.md'],
      ['post', 'a-2', 'posts/a-2.md'],
      ['post', 'a-3', 'posts/a-3.md'],
    ]);
  });
});

describe('rewriteBody and declareShortcodes', () => {
  test('refs move to the new files, a YouTube address becomes its id, shortcodes are counted', () => {
    const uses = new Map();
    const warnings: string[] = [];
    const { body } = rewriteBody(
      '[a]({{< ref "old.md" >}}) {{< youtube "https://youtu.be/MEfO09kPf-w" >}} {{< notice info >}}注意{{< /notice >}}',
      (target) => (target === 'old.md' ? 'posts/new.md' : undefined),
      uses,
      (message) => warnings.push(message),
    );
    expect(body).toBe('[a]({{< ref "posts/new.md" >}}) {{< youtube "MEfO09kPf-w" >}} {{< notice info >}}注意{{< /notice >}}');
    expect([...uses.keys()].sort()).toEqual(['notice', 'ref', 'youtube']);
    expect(warnings).toEqual([]);
  });

  test("built-ins are ours, an editor's declaration is kept, a theme's shortcode is declared by its uses", () => {
    const nodes = (text: string) => parseShortcodes(text, 1, []).nodes.filter((node) => node.type === 'shortcode');
    const uses = new Map([
      ['youtube', nodes('{{< youtube MEfO09kPf-w >}}')],
      ['notice', nodes('{{< notice info >}}注意{{< /notice >}}')],
      ['mine', nodes('{{< mine >}}')],
    ]);
    const report = emptyImportReport();
    const declarations = declareShortcodes(uses as never, new Map([['mine', { kind: 'remove' }]]), report);
    expect([...declarations.keys()]).toEqual(['notice']);
    expect(Object.fromEntries([...report.shortcodes].map(([name, use]) => [name, use.handling]))).toEqual({
      youtube: 'built in',
      notice: 'declared (callout)',
      mine: expect.stringContaining('declared in content/shortcodes.yaml'),
    });
  });
});
