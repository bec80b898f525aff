import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element } from 'hast';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { afterAll, describe, expect, test } from 'vitest';
import { configureMarkdown } from '@/lib/content/markdown';
import { readPost, type PostContext } from '@/lib/content/post-fields';
import type { ContentProblem } from '@/lib/core/problems';

/**
 * The hostile cases `npm run check:content` refuses, so they can never reach a build (the ones it lets
 * through are built and loaded in Chromium: tests/fixtures/articles/hostile-*.md, tests/e2e/hostile.test.ts).
 * Each must be reported with its field and a fix, and even the HTML the pipeline would make of it must be harmless.
 */
const contentDir = mkdtempSync(path.join(tmpdir(), 'hostile-content-'));
mkdirSync(path.join(contentDir, 'posts'));
writeFileSync(path.join(contentDir, 'posts', 'other.md'), '---\ntitle: other\ndate: 2026-01-01\n---\nx\n');
// A theme's shortcodes as an import declares them (lib/tools/import/theme-shortcodes.ts), with arguments an article fills.
writeFileSync(
  path.join(contentDir, 'shortcodes.yaml'),
  [
    'ext: { link: "{0}", text: "{1}" }',
    'named: { link: "{href}", text: "{title}" }',
    'github: { link: "https://github.com/{0}", text: "{1|0}" }',
    'admonition: { block: "{title|1}" }',
    'bili: { embed: bilibili, id: "0" }',
    'raw: { inline: true }',
  ].join('\n'),
);
afterAll(() => rmSync(contentDir, { recursive: true, force: true }));

async function render(body: string, frontMatter = 'title: t\ndate: 2026-02-07'): Promise<{ html: string; problems: ContentProblem[] }> {
  const processor = unified();
  configureMarkdown(processor, { collectProblems: true, contentDir });
  const file = new VFile({ value: `---\n${frontMatter}\n---\n${body}\n`, path: path.join(contentDir, 'posts', 'hostile.md') });
  const html = String(await processor.process(file));
  return { html, problems: file.data.contentProblems ?? [] };
}

/** What no article's HTML may hold, whatever the checker says of it. */
function unsafeParts(html: string): string[] {
  const found: string[] = [];
  visit(fromHtml(html, { fragment: true }), 'element', (node: Element) => {
    if (/^(script|style|iframe|object|embed|form|base|meta|link|svg|math)$/.test(node.tagName)) found.push(`<${node.tagName}>`);
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on/i.test(name)) found.push(`${node.tagName} ${name}`);
      if (typeof value === 'string' && /^[\s\u0000-\u001f]*(javascript|vbscript|data):/i.test(value.replace(/[\t\n\r]/g, ''))) found.push(`${node.tagName} ${name}=${value}`);
    }
  });
  return found;
}

describe('shortcode arguments that try to break out: refused by the checker, harmless anyway', () => {
  test.each([
    ['a quote in a YouTube id', '{{< youtube id="x\\" onload=alert(1)" >}}', /is not a YouTube id/],
    ['markup in a YouTube id', '{{< youtube "<img src=x onerror=alert(1)>" >}}', /is not a YouTube id/],
    ['a start that is not seconds', '{{< youtube id="MEfO09kPf-w" start="1&autoplay=0\\"><script>alert(1)</script>" >}}', /start=.* is not a number of seconds/],
    ['a Vimeo id with a script URL', '{{< vimeo "1;javascript:alert(1)" >}}', /is not a Vimeo id/],
    ['a gist user that climbs out', '{{< gist "../../evil.example" 0123456789abcdef >}}', /the gist has no valid user/],
    ['a gist user with a quote', '{{< gist user="octo\\"cat" id="0123456789abcdef" >}}', /the gist has no valid user/],
    ['a gist id that is a path', '{{< gist octocat "../../../x" >}}', /is not a GitHub Gist id/],
    ['a gist without a user', '{{< gist 0123456789abcdef >}}', /gist/],
    ['an X user that is a path', '{{< x user="evil.example/.." id="1453110110599868418" >}}', /is not an X user name/],
    ['a bilibili page that is markup', '{{< bilibili BV1xx411c7mD p="<script>" >}}', /is not a page number/],
    ['a declared embed with a hostile id', '{{< bili "BV1\\" onload=alert(1)" >}}', /is not a bilibili id/],
    ['a ref to a script URL', '{{< ref "javascript:alert(1)" >}}', /leads to no article/],
    ['a relref out of the content folder', '{{< relref "../../package.json" >}}', /leads to no article/],
    ['a figure without src', '{{< figure link="javascript:alert(1)" >}}', /figure has no src/],
    ['an unknown shortcode', '{{< script >}}alert(1){{< /script >}}', /unknown shortcode "script"/],
  ])('%s', async (_, body, message) => {
    const { html, problems } = await render(body);
    expect(problems.map((problem) => problem.message)).toContainEqual(expect.stringMatching(message));
    for (const problem of problems) expect(problem).toMatchObject({ file: expect.stringContaining('posts/hostile.md'), field: 'body', fix: expect.stringMatching(/\S/) });
    expect(unsafeParts(html)).toEqual([]);
  });
});

describe('declared link, block and inline shortcodes: arguments stay text, links stay web addresses', () => {
  test.each([
    ['a script URL as the link', '{{< ext "javascript:alert(1)" "點我" >}}'],
    ['an entity-encoded script URL', '{{< ext "&#106;avascript:alert(1)" "點我" >}}'],
    ['a data URL as the link', '{{< ext "data:text/html,<script>alert(1)</script>" >}}'],
    ['a protocol-relative link', '{{< named href="//evil.example/" title="x" >}}'],
    ['markup as the text', '{{< ext "https://example.com/" "<img src=x onerror=alert(1)>" >}}'],
    ['a quote in a templated address', '{{< github "x\\" onmouseover=\\"alert(1)" >}}'],
    ['markup as a box title', '{{< admonition tip "<img src=x onerror=alert(1)>" >}}內容{{< /admonition >}}'],
    ['markup inside an inline shortcode', '{{< raw >}}<script>alert(1)</script><a href="javascript:alert(1)">x</a>{{< /raw >}}'],
  ])('%s', async (_, body) => {
    const { html, problems } = await render(body);
    expect(problems).toEqual([]);
    expect(unsafeParts(html)).toEqual([]);
    for (const href of [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1])) expect(href).toMatch(/^(https:\/\/|\/(?![/\\])|#)/);
  });
});

const CONTEXT: PostContext = { companyIds: new Set(['nvidia']), companiesDir: 'content/companies', publicDir: 'public' };

describe('front-matter values the checker refuses', () => {
  const problemsOf = (frontMatter: string) => readPost(`---\ntitle: t\ndate: 2026-02-07\n${frontMatter}\n---\n`, 'posts/hostile.md', CONTEXT).problems.filter((problem) => problem.severity !== 'warning');
  test.each([
    ['source_url: "javascript:alert(1)"', 'source_url', /is not a web address/],
    ['source_url: "JaVaScRiPt:alert(1)"', 'source_url', /is not a web address/],
    ['source_url: "https://example.com/\\"><script>alert(1)</script>"', 'source_url', /is not a web address/],
    ['source_url: "data:text/html,<script>alert(1)</script>"', 'source_url', /is not a web address/],
    ['source_url: ["javascript:alert(1)"]', 'source_url', /must be text/],
    ['aliases: ["//evil.example/"]', 'aliases', /is not an address on this site/],
    ['aliases: ["/\\\\evil.example/"]', 'aliases', /is not an address on this site/],
    ['aliases: ["javascript:alert(1)"]', 'aliases', /is not an address on this site/],
    ['url: "https://evil.example/../../x"', 'url', /./],
    ['url: "/../../package.json"', 'url', /is not an address on this site/],
    ['tags: ["/"]', 'tags', /has no letter or digit/],
    ['categories: ["?#%"]', 'categories', /has no letter or digit/],
    ['lang: "<script>alert(1)</script>"', 'lang', /is not a language tag/],
    ['related_companies: ["<img src=x onerror=alert(1)>"]', 'related_companies', /./],
    ['description: { "<script>": 1 }', 'description', /must be text/],
    ['draft: "<script>"', 'draft', /must be true or false/],
  ])('%s', (frontMatter, field, message) => {
    const problems = problemsOf(frontMatter);
    if (field === 'url' && problems.length === 0) {
      // An off-site url is reduced to its path (/x): not refused, and not a way off the site either.
      return;
    }
    expect(problems.map((problem) => `${problem.field}: ${problem.message}`)).toContainEqual(expect.stringMatching(new RegExp(`^${field}: .*${message.source}`)));
    for (const problem of problems) expect(problem).toMatchObject({ file: 'content/posts/hostile.md', fix: expect.stringMatching(/\S/) });
  });
});
