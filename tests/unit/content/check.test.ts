import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '@/lib/content/check';
import { formatProblem } from '@/lib/core/problems';

/** A copy of the real content folder plus the given files, so each test breaks one thing. */
function contentWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'content-'));
  cpSync('content', dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const post = (frontMatter: string, body = '內容。') => `---\n${frontMatter}\n---\n\n${body}\n`;
const valid = 'title: "標題"\ndate: 2026-02-07';

async function problemsOf(files: Record<string, string>) {
  const dir = contentWith(files);
  const problems = await checkContent(dir);
  // Only what the test added: the real content has a warning of its own (seed 000's image).
  return problems.map((problem) => ({ ...problem, file: path.relative(dir, problem.file) })).filter((problem) => problem.file in files);
}

describe('content checks', () => {
  test('the real content has no errors', async () => {
    const problems = await checkContent();
    expect(problems.filter((problem) => problem.severity !== 'warning').map(formatProblem)).toEqual([]);
  });

  test.each([
    ['malformed YAML', post('title: [unclosed\ndate: 2026-02-07'), 'front matter', 'is not valid YAML', 3],
    ['malformed TOML', '+++\ntitle = "標題"\ndate = \n+++\n內容\n', 'front matter', 'is not valid TOML', 3],
    ['a missing title', post('date: 2026-02-07'), 'title', 'is missing', undefined],
    ['an empty title', post('title: ""\ndate: 2026-02-07'), 'title', 'is empty', 2],
    ['a missing date', post('title: "標題"'), 'date', 'is missing', undefined],
    ['an unparseable date', post('title: "標題"\ndate: "2026/02/07"'), 'date', 'not a date in a form we read', 3],
    ['an impossible date', post('title: "標題"\ndate: 2026-02-30'), 'date', 'not a real date', 3],
    ['an unknown shortcode', post(valid, '{{< speakerdek 123 >}}'), 'body', 'unknown shortcode "speakerdek"', 6],
    ['a bad video id', post(valid, '{{< youtube not-an-id >}}'), 'body', '"not-an-id" is not a YouTube id', 6],
    ['a shortcode in a table cell', post(valid, '| a |\n|---|\n| {{< vimeo abc >}} |'), 'body', '"abc" is not a Vimeo id', 8],
    ['a ref to no article', post(valid, '[x]({{< ref "no-such-post.md" >}})'), 'body', 'leads to no article', 6],
    ['an unclosed paired shortcode', post(valid, '{{< /details >}}'), 'body', 'was never opened', 6],
    ['an unknown company', post(`${valid}\nrelated_companies: ["alibaba", "nvidai"]`), 'related_companies', 'unknown company id "nvidai"', 4],
    ['an invalid lang', post(`${valid}\nlang: zh-XX`), 'lang', '"zh-XX" is not a language we publish', 4],
    ['a draft flag that is neither', post(`${valid}\ndraft: "maybe"`), 'draft', 'must be true or false', 4],
    ['tags that are a map', post(`${valid}\ntags: { a: 1 }`), 'tags', 'must be a list', 4],
    ['an alias that is no address', post(`${valid}\naliases: ["javascript:alert(1)"]`), 'aliases', 'is not an address', 4],
    ['an impossible offset', post('title: "標題"\ndate: 2026-02-07T14:00:00+25:00'), 'date', 'impossible time-zone offset', 3],
    ['a bad source_url', post(`${valid}\nsource_url: www.example.com`), 'source_url', 'is not a web address', 4],
    ['no front matter', '只有正文', 'front matter', 'is missing', 1],
  ])('catches %s, naming the file, the field and the fix', async (_, text, field, message, line) => {
    const name = 'posts/broken.md';
    const problems = await problemsOf({ [name]: text });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: name, field });
    expect(problems[0].line).toBe(line);
    expect(problems[0].message).toContain(message);
    expect(problems[0].fix.length).toBeGreaterThan(10);
  });

  test('two files with the same slug are both named', async () => {
    const problems = await problemsOf({ 'posts/same.md': post(valid), 'posts/same/index.md': post(valid), 'posts/other.md': post(`${valid}\nslug: Same`) });
    expect(problems.map((problem) => problem.file).sort()).toEqual(['posts/other.md', 'posts/same.md', 'posts/same/index.md']);
    expect(problems[0].message).toContain('the address /posts/same is also that of');
  });

  test('an article and a page may share a name (/posts/tool and /tool); two pages at one path may not', async () => {
    const page = (title: string) => `---\ntitle: ${title}\n---\n\n內容。\n`;
    expect(await problemsOf({ 'posts/tool.md': post(valid), 'pages/tool.md': page('工具') })).toEqual([]);
    const problems = await problemsOf({ 'pages/tool.md': page('工具'), 'pages/tool/index.md': page('工具二') });
    expect(problems.map((problem) => problem.file).sort()).toEqual(['pages/tool.md', 'pages/tool/index.md']);
    expect(problems[0].message).toContain('the address /tool is also that of');
  });

  test("Hugo's own shapes pass: Chinese file names, TOML, JSON, keys in capitals, numbers in taxonomies, type and layout", async () => {
    const problems = await problemsOf({
      'posts/南投清境農場.md': post('title: 清境\ndate: 2009-03-01T10:00:00+00:00\ntype: post\nlayout: single\nURL: /2009/03/南投清境農場/\ntags: [7688, Go]\ncategories: 旅遊'),
      'posts/toml.md': '+++\ntitle = "TOML"\ndate = 2015-03-14T10:00:00+08:00\naliases = "/old/toml/"\n+++\n內容\n',
      'posts/json/index.md': '{\n  "title": "JSON",\n  "date": "2015-03-14",\n  "slug": 6550187\n}\n內容\n',
      'posts/future.md': post('title: 之後\npublishDate: 2999-01-01\nexpiryDate: 3000-01-01\nlastmod: 2999-01-02\nauthors: [甲, 乙]'),
    });
    expect(problems.map(formatProblem)).toEqual([]);
  });

  test('every problem of every file is reported at once', async () => {
    const problems = await problemsOf({
      'posts/one.md': post('date: nope'),
      'posts/two.md': post(valid, '{{< vimeo 1 >}}'),
    });
    expect(problems.map(({ file, field }) => `${file} ${field}`).sort()).toEqual(['posts/one.md date', 'posts/one.md title', 'posts/two.md body']);
  });

  test('a local image that does not exist is a warning, not an error', async () => {
    const problems = await problemsOf({ 'posts/pictured.md': post(`${valid}\nimage: /images/none.webp`) });
    expect(problems).toMatchObject([{ file: 'posts/pictured.md', field: 'image', severity: 'warning', line: 4 }]);
  });

  test('company files are checked', async () => {
    const problems = await problemsOf({ 'companies/acme.yaml': 'id: acme-corp\nname: { hant: 頂尖 }\naliases: []\nlistings: [{ exchange: HKEX, symbol: 9988 }]\n' });
    expect(problems.map(({ field, message }) => `${field}: ${message}`)).toEqual([
      'id: is "acme-corp", but the file is acme.yaml',
      'name: has no "hans" name',
      'name: has no "en" name',
      'aliases: must be a non-empty list of names to find mentions by',
      'description: is missing',
      'listings: each listing needs an exchange and a symbol, both text',
    ]);
    expect(problems[0]).toMatchObject({ file: 'companies/acme.yaml', line: 1 });
  });

  test('declared shortcodes are checked', async () => {
    const problems = await problemsOf({ 'shortcodes.yaml': 'admonition: { block: "{title}" }\nplayer: { embed: myspace }\n' });
    expect(problems).toMatchObject([{ file: 'shortcodes.yaml', field: 'player', line: 2 }]);
    expect(problems[0].message).toContain('embed "myspace" is not one we know');
  });

  test('a message reads as file:line — field: problem, then the fix', () => {
    expect(formatProblem({ file: 'content/posts/x.md', line: 3, field: 'date', message: '"2026/02/07" is not a date in a form we read', fix: 'write it as 2026-02-07' })).toBe(
      'error content/posts/x.md:3 — date: "2026/02/07" is not a date in a form we read\n  fix: write it as 2026-02-07',
    );
  });
});
