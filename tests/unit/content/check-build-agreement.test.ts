import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { checkContent } from '@/lib/content/check';
import { configureMarkdown } from '@/lib/content/markdown';
import { ContentError, type ContentProblem } from '@/lib/core/problems';
import { buildPostRecord } from '@/lib/content/record';

/**
 * `npm run check:content` and the build must agree on every Hugo quirk: both accept a file, or both refuse
 * it with the same problems. The build's side is what Contentlayer runs for a document: the Markdown pipeline
 * (which throws on body problems) and the computed field (which throws on front-matter problems).
 */
async function buildProblems(contentDir: string, file: string, source: string): Promise<ContentProblem[]> {
  try {
    const processor = unified();
    configureMarkdown(processor, { contentDir });
    const html = String(await processor.process(new VFile({ value: source, path: path.join(contentDir, file), data: { rawDocumentData: { sourceFilePath: file } } })));
    buildPostRecord(file, html, contentDir);
    return [];
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
}

const QUIRKS: [string, string, 'accepted' | 'refused'][] = [
  ['YAML with CRLF and a BOM', '\uFEFF---\r\ntitle: "標題"\r\ndate: 2015-03-14T10:00:00+08:00\r\n---\r\n內容\r\n', 'accepted'],
  ['TOML front matter', '+++\ntitle = "標題"\ndate = 2015-03-14T10:00:00+08:00\ntags = ["a", 7688]\n+++\n內容\n', 'accepted'],
  ['JSON front matter', '{\n  "title": "標題",\n  "date": "2017-07-07",\n  "slug": 6550187\n}\n內容\n', 'accepted'],
  ['Hugo type and layout', '---\ntitle: 標題\ndate: 2015-03-14\ntype: post\nlayout: single\n---\n內容\n', 'accepted'],
  ['keys in capitals, url with Chinese', '---\nTitle: 標題\nDate: 2015-03-14\nURL: /2009/03/南投清境農場/\n---\n內容\n', 'accepted'],
  ['aliases as one string, tags as one string', '---\ntitle: 標題\ndate: 2015-03-14\naliases: /old/page.html\ntags: 開源\n---\n內容\n', 'accepted'],
  ['publishDate in the future, expiryDate, lastmod, authors', '---\ntitle: 標題\ndate: 2015-03-14\npublishDate: 2999-01-01\nexpiryDate: 3000-01-01\nlastmod: 2999-01-02\nauthors: [甲, 乙]\n---\n內容\n', 'accepted'],
  ['every built-in shortcode form', '---\ntitle: 標題\ndate: 2015-03-14\n---\n{{< youtube id="MEfO09kPf-w" start="30" >}}\n\n{{% vimeo 146022717 %}}\n\n[1]: {{< ref "#a" >}}\n\n{{</* youtube ID */>}}\n', 'accepted'],
  ['a missing title', '---\ndate: 2015-03-14\n---\n內容\n', 'refused'],
  ['a page without a date', '---\ntitle: 文章彙整\nlayout: archives\n---\n', 'refused'],
  ['an impossible offset', '---\ntitle: 標題\ndate: 2026-02-07T14:00:00+25:00\n---\n內容\n', 'refused'],
  ['malformed TOML', '+++\ntitle = "標題"\ndate = \n+++\n內容\n', 'refused'],
  ['an unknown shortcode', '---\ntitle: 標題\ndate: 2015-03-14\n---\n\n{{< speakerdek 123 >}}\n', 'refused'],
  ['a bad video id in a table cell', '---\ntitle: 標題\ndate: 2015-03-14\n---\n\n| a |\n|---|\n| {{< youtube nope >}} |\n', 'refused'],
  ['a ref to no article', '---\ntitle: 標題\ndate: 2015-03-14\n---\n\n[x]({{< ref "no-such-post.md" >}})\n', 'refused'],
  ['an alias that is no address', '---\ntitle: 標題\ndate: 2015-03-14\naliases: ["javascript:alert(1)"]\n---\n內容\n', 'refused'],
  ['a malformed inline rule', '---\ntitle: 標題\ndate: 2015-03-14\n---\n\n-{zh-xx:字}- 內容\n', 'refused'],
  ['keep_quotes as a string', '---\ntitle: 標題\ndate: 2015-03-14\nkeep_quotes: "True"\n---\n內容\n', 'accepted'],
  ['keep_quotes that is not true or false', '---\ntitle: 標題\ndate: 2015-03-14\nkeep_quotes: sometimes\n---\n內容\n', 'refused'],
];

describe('check:content and the build agree', () => {
  test.each(QUIRKS)('%s', async (_, source, verdict) => {
    const contentDir = mkdtempSync(path.join(tmpdir(), 'agree-'));
    cpSync('content/companies', path.join(contentDir, 'companies'), { recursive: true });
    mkdirSync(path.join(contentDir, 'posts'));
    writeFileSync(path.join(contentDir, 'posts/quirk.md'), source);
    const checked = (await checkContent(contentDir)).filter((problem) => problem.severity !== 'warning');
    const built = await buildProblems(contentDir, 'posts/quirk.md', source);
    const shape = (problems: ContentProblem[]) => problems.map(({ file, line, field, message, fix }) => ({ file, line, field, message, fix }));
    expect(shape(built)).toEqual(shape(checked));
    expect(checked.length > 0 ? 'refused' : 'accepted').toBe(verdict);
  });
});
