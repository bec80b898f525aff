import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import type { ContentProblem } from '@/lib/core/problems';
import { configureMarkdown } from '@/lib/content/markdown';

async function render(markdown: string, { collectProblems = false, frontMatter = '' } = {}) {
  const processor = unified();
  configureMarkdown(processor, { collectProblems });
  const file = new VFile({ value: `---\ntitle: t\n${frontMatter}---\n${markdown}`, path: 'content/posts/example.md' });
  const html = String(await processor.process(file));
  return { html, problems: (file.data.contentProblems ?? []) as ContentProblem[] };
}

describe('Markdown', () => {
  test('GitHub-flavoured: tables, autolinks, strikethrough and working footnotes', async () => {
    const { html } = await render('| a | b |\n|---|---|\n| 1 | 2 |\n\nsee https://example.com ~~no~~ and a note[^1].\n\n[^1]: the note');
    expect(html).toContain('<table>');
    expect(html).toContain('<a href="https://example.com">https://example.com</a>');
    expect(html).toContain('<del>no</del>');
    expect(html).toContain('href="#user-content-fn-1" id="user-content-fnref-1"');
    expect(html).toContain('<li id="user-content-fn-1">');
    expect(html).toContain('href="#user-content-fnref-1"');
  });

  test('a body of HTML (markup: html, as Hugo reads it) is shown as written: no Markdown read in it, sanitized', async () => {
    const body = '<p>星號 *不是強調*，底線 _也不是_</p>\n\n<div>\n\n    縮排的不是程式碼\n</div>\n<script>alert(1)</script>\n<p onclick="x()">點</p>';
    const { html } = await render(body, { frontMatter: 'markup: html\n' });
    expect(html).toContain('<p>星號 *不是強調*，底線 _也不是_</p>');
    expect(html).toContain('縮排的不是程式碼');
    expect(html).not.toMatch(/<em>|<pre|<code|<script|onclick/);
    // The same body read as Markdown has a code block: the indented line after the blank one.
    expect((await render(body)).html).toContain('<pre');
  });

  test('setext headings get ids, and a body h1 steps down so the title stays the only h1', async () => {
    const { html } = await render('阿里蔡崇信：AI競賽聚焦商業化\n===\n\n## 開源\n\n正文');
    expect(html).toContain('<h2 id="user-content-阿里蔡崇信ai競賽聚焦商業化">阿里蔡崇信：AI競賽聚焦商業化</h2>');
    expect(html).toContain('<h3 id="user-content-開源">開源</h3>');
    expect(html).not.toContain('<h1');
  });

  test('headings keep their level when the body has no h1', async () => {
    const { html } = await render('## 開源不只是技術選擇');
    expect(html).toContain('<h2 id="user-content-開源不只是技術選擇">');
  });

  test('heading ids are prefixed like every other id, so a heading cannot clobber a global of the page', async () => {
    const { html } = await render('## __next_f\n\n## main\n\n[到上面](#main)');
    expect(html).toContain('<h2 id="user-content-__next_f">');
    expect(html).toContain('<h2 id="user-content-main">');
    expect(html).toContain('href="#user-content-main"');
  });

  test('a malformed fragment is a link like any other, not a crash', async () => {
    const { html } = await render('[x](#%zz)');
    expect(html).toContain('href="#%zz"');
  });

  test('code is highlighted at build time, light and dark, and shortcodes in it are shown as written', async () => {
    const { html } = await render('```go\nfunc main() {} // {{< youtube MEfO09kPf-w >}}\n```');
    expect(html).toContain('<pre class="shiki shiki-themes github-light github-dark"');
    expect(html).toMatch(/--shiki-dark:#/);
    expect(html).toContain('{{&#x3C; youtube MEfO09kPf-w >}}');
    expect(html).not.toContain('data-embed');
  });

  test('WordPress code blocks become highlighted code, blank lines and < kept', async () => {
    const { html } = await render('<pre class="brush: c">#include &lt;stdio.h&gt;\n\nint main() {}\n</pre>');
    expect(html).toContain('<pre class="shiki');
    expect(html).toContain('&#x3C;stdio.h>');
    expect(html).toContain('int');
  });
});

describe('sanitizing untrusted HTML', () => {
  test.each([
    ['<script>alert(1)</script>段落', '<script'],
    ['<img src="x.png" onerror="alert(1)">', 'onerror'],
    ['<a href="javascript:alert(1)">點我</a>', 'javascript:'],
    ['<iframe src="https://evil.example/"></iframe>', '<iframe'],
    ['<div style="position:fixed">x</div>', 'style='],
    ['[點我](javascript:alert(1))', 'javascript:'],
  ])('%s loses %s', async (markdown, dangerous) => {
    const { html } = await render(markdown);
    expect(html).not.toContain(dangerous);
  });

  test('safe HTML and images stay, images load lazily without a referrer', async () => {
    const { html } = await render('<details><summary>更多</summary>內容</details>\n\n![图片](https://example.com/a.jpg)');
    expect(html).toContain('<details><summary>更多</summary>內容</details>');
    expect(html).toContain('<img src="https://example.com/a.jpg" alt="图片" loading="lazy" decoding="async" referrerpolicy="no-referrer">');
  });
});

describe('Hugo shortcodes', () => {
  test.each([
    '{{< youtube MEfO09kPf-w >}}',
    '{{<youtube MEfO09kPf-w>}}',
    '{{< youtube id="MEfO09kPf-w" >}}',
    "{{< youtube id='MEfO09kPf-w' title=\"x\" >}}",
    '{{% youtube MEfO09kPf-w %}}',
    '看這段 {{< youtube MEfO09kPf-w >}} 影片',
  ])('%s becomes a player placeholder', async (shortcode) => {
    const { html } = await render(`前文\n\n${shortcode}\n\n後文`);
    expect(html).toContain('<div data-embed="youtube" data-embed-id="MEfO09kPf-w"');
    expect(html).not.toContain('{{');
  });

  test('a shortcode shown as code stays code', async () => {
    const { html, problems } = await render('寫法：`{{< youtube VIDEO_ID >}}`\n\n```\n{{< figure >}}\n```');
    expect(problems).toEqual([]);
    expect(html).toContain('<code>{{&#x3C; youtube VIDEO_ID >}}</code>');
  });

  test.each([
    ['{{< vimeos 12345 >}}', 'unknown shortcode "vimeos"'],
    ['{{< youtube abc >}}', '"abc" is not a YouTube id'],
    ['{{< youtube MEfO09kPf-w! >}}', 'is not a YouTube id'],
    ['{{< youtube >}}', 'has no id'],
    ['{{< youtube id="MEfO09kPf-w" start="1:30" >}}', 'is not a number of seconds'],
  ])('%s is a problem naming the file and line: %s', async (shortcode, message) => {
    const { problems } = await render(`前文\n\n${shortcode}\n`, { collectProblems: true });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/posts/example.md', line: 6, field: 'body' });
    expect(problems[0].message).toContain(message);
    expect(problems[0].fix).not.toBe('');
  });

  test('outside the checker a shortcode problem fails the build with the file in the message', async () => {
    await expect(render('{{< vimeos 12345 >}}')).rejects.toThrow(/content\/posts\/example\.md:4 — body: unknown shortcode "vimeos"/);
  });
});
