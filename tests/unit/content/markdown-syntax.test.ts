import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { afterAll, describe, expect, test } from 'vitest';
import { configureMarkdown } from '@/lib/content/markdown';
import { singleDollarMath } from '@/lib/content/markdown-syntax';
import { analyzeBody } from '@/lib/content/analysis';
import { MAINLAND_SIMPLIFIED, TAIWAN_TRADITIONAL } from '@/lib/core/languages';
import type { ContentProblem } from '@/lib/core/problems';
import { converterFrom, convertHtml } from '@/lib/text/chinese/convert';

/** A content folder with the settings and declarations a test gives it. */
function contentFolder(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'markdown-syntax-'));
  mkdirSync(path.join(dir, 'posts'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  folders.push(dir);
  return dir;
}
const folders: string[] = [];
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const plain = contentFolder();

async function render(body: string, { frontMatter = 'title: 測試', contentDir = plain, file = 'x.md' } = {}) {
  const processor = unified();
  configureMarkdown(processor, { collectProblems: true, contentDir });
  const vfile = new VFile({ value: `---\n${frontMatter}\n---\n${body}\n`, path: path.join(contentDir, 'posts', file) });
  const html = String(await processor.process(vfile));
  return { html, problems: (vfile.data.contentProblems ?? []) as ContentProblem[] };
}

const mathIn = (html: string) => [...html.matchAll(/<annotation encoding="application\/x-tex">([^<]*)<\/annotation>/g)].map((match) => match[1]);

describe('math, rendered at build time as MathML', () => {
  test('$$…$$ on lines of its own is display math: a <math display="block">, no script, no style sheet', async () => {
    const { html } = await render('$$\n\\int_0^1 x^2 \\, dx = \\frac{1}{3}\n$$');
    expect(html).toContain('<math xmlns="http://www.w3.org/1998/Math/MathML" display="block">');
    expect(mathIn(html)).toEqual(['\\int_0^1 x^2 \\, dx = \\frac{1}{3}']);
    expect(html).not.toMatch(/<script|<link|class="katex-html"/);
  });

  test('$$ on the formula’s first and last lines (as KaTeX’s auto-render reads it) is one display formula, and the text after it stays', async () => {
    const body = [
      '根據價值函數，可以發現：',
      '',
      '  $$\\begin{aligned}',
      '  V(s) &= E(R_{t+1}) \\\\',
      '  &= E(G_{t+1})',
      '  \\end{aligned}$$',
      '',
      '也就是說，兩個時刻的狀態滿足遞推關係。',
      '',
      '$$',
      'x = 1',
      '\\text{end}$$',
      '',
      '最後一段。',
      '',
      '```',
      '$$not math',
      'in code$$',
      '```',
      '',
      '價格 $$5 的東西。',
    ].join('\n');
    const { html } = await render(body, { frontMatter: 'title: t\nmath: true' });
    const formulas = mathIn(html);
    expect(formulas).toHaveLength(2);
    expect(formulas[0]).toMatch(/^\\begin\{aligned\}[\s\S]*V\(s\)[\s\S]*\\end\{aligned\}$/);
    expect(formulas[1]).toMatch(/^x = 1\s+\\text\{end\}$/);
    expect(html).toContain('也就是說，兩個時刻的狀態滿足遞推關係。');
    expect(html).toContain('最後一段。');
    expect(html).toContain('$$not math\nin code$$');
    expect(html).toContain('價格 $$5 的東西。');
  });

  test('$$…$$ inside a paragraph is display math too, as KaTeX’s auto-render shows it on the Hugo site', async () => {
    const { html } = await render('$$traj_{cost} = k_{lat} * cost_{lat}$$');
    expect(html).toContain('display="block"');
  });

  test('$…$ is math where the article says so (math: true, FixIt’s math.enable, katex, mathjax)', async () => {
    for (const frontMatter of ['title: t\nmath: true', 'title: t\nmath:\n  enable: true', 'title: t\nkatex: true', 'title: t\nMathJax: true']) {
      expect(mathIn((await render('質能 $E=mc^2$。', { frontMatter })).html)).toEqual(['E=mc^2']);
    }
    expect(mathIn((await render('質能 $E=mc^2$。')).html)).toEqual([]);
    expect((await render('質能 $E=mc^2$。')).html).toContain('$E=mc^2$');
  });

  test('…or where it already writes other math, or the site enables it', async () => {
    expect(mathIn((await render('$$x$$\n\n質能 $E=mc^2$。')).html)).toEqual(['x', 'E=mc^2']);
    const site = contentFolder({ 'site.yaml': 'math: true\n' });
    expect(mathIn((await render('質能 $E=mc^2$。', { contentDir: site })).html)).toEqual(['E=mc^2']);
    expect(singleDollarMath({ math: false }, '$$x$$', true)).toBe(false);
  });

  test.each([
    ['prices in Chinese text', '書在 Amazon 賣 US$16.95（折合台幣 $520），書店要 $840。'],
    ['prices in English', 'It costs $20 and $30 now.'],
    ['a space inside the dollars', 'from $ 5 to 10 $ here'],
    ['a digit after the closing dollar', 'range $5-$10 today'],
    ['Chinese between two prices', '售價 $5，特價只要$3'],
  ])('%s stay text, even in an article with math', async (_, text) => {
    const { html } = await render(text, { frontMatter: 'title: t\nmath: true' });
    expect(mathIn(html)).toEqual([]);
    expect(fromHtml(html, { fragment: true }).children.length).toBeGreaterThan(0);
    expect(html.replace(/<[^>]+>/g, '')).toContain(text.split('$')[1].trim().slice(0, 2));
  });

  test('Chinese inside \\text{…} is still a formula', async () => {
    expect(mathIn((await render('$\\text{速度} = v$', { frontMatter: 'title: t\nmath: true' })).html)).toEqual(['\\text{速度} = v']);
  });

  test('\\(…\\) and \\[…\\] as the text shows them after Markdown (written \\\\( in the source, as Hugo authors do)', async () => {
    const { html } = await render('風險 \\\\(O(n)\\\\) 報酬 \\\\(O(n^2)\\\\)，以及 \\\\[x^2\\\\]');
    expect(mathIn(html)).toEqual(['O(n)', 'O(n^2)', 'x^2']);
    expect(html.match(/display="block"/g)).toHaveLength(1);
  });

  test('code of every form keeps its dollars', async () => {
    const { html } = await render('`$x$` 與\n\n```sh\necho $$ $HOME\n```\n\n    $$y$$', { frontMatter: 'title: t\nmath: true' });
    expect(mathIn(html)).toEqual([]);
    expect(html).toContain('$x$');
  });

  test('a formula KaTeX cannot read is shown as written, marked not to translate', async () => {
    const { html } = await render('$$\\frac{1}{$$');
    expect(html).toContain('translate="no"');
    expect(html).toContain('\\frac{1}{');
  });

  test('math is not converted between scripts, and is not in the searched text', async () => {
    const { html } = await render('$$\\text{軟體}$$\n\n軟體', { frontMatter: 'title: t' });
    const converted = convertHtml(html, converterFrom(TAIWAN_TRADITIONAL));
    expect(converted).toContain('<mtext>軟體</mtext>');
    expect(converted).toContain('<p>软件</p>');
    expect(analyzeBody(html, 70).text).toBe('軟體');
  });

  test('\\href and other commands that reach out are not trusted', async () => {
    const { html } = await render('$$\\href{javascript:alert(1)}{x}$$');
    expect(html).not.toMatch(/href=|<a\b/);
  });

  test('raw HTML cannot write MathML: the sanitizer drops it, only KaTeX writes <math>', async () => {
    const { html } = await render('<math><mi>x</mi></math>');
    expect(html).not.toContain('<math');
  });
});

describe('emoji codes, where the site enables them (Hugo’s enableEmoji)', () => {
  const site = contentFolder({ 'site.yaml': 'enableEmoji: true\n' });

  test('GitHub’s names, in text only', async () => {
    const { html } = await render('好 :smile: :+1: :thumbsup: :no_such_emoji: 12:30:45 `:smile:`', { contentDir: site });
    expect(html).toBe('<p>好 😄 👍 👍 :no_such_emoji: 12:30:45 <code>:smile:</code></p>');
  });

  test('not without the setting', async () => {
    expect((await render('好 :smile:')).html).toBe('<p>好 :smile:</p>');
  });
});

describe('callouts: GitHub’s alerts and the themes’ admonitions, shown one way', () => {
  test.each([
    ['NOTE', 'note', '注意'],
    ['TIP', 'tip', '提示'],
    ['IMPORTANT', 'important', '重要'],
    ['WARNING', 'warning', '警告'],
    ['CAUTION', 'caution', '小心'],
  ])('> [!%s]', async (word, type, title) => {
    const { html } = await render(`> [!${word}]\n> 內容 **粗**。`);
    expect(html).toBe(`<aside data-callout="${type}" role="note">\n<p data-callout-title="">${title}</p>\n<p>內容 <strong>粗</strong>。</p>\n</aside>`);
  });

  test('a title on the alert’s line, markup included; the alert alone on its line', async () => {
    expect((await render('> [!WARNING] 自訂 **標題**\n> 內容')).html).toContain('<p data-callout-title="">自訂 <strong>標題</strong></p>\n<p>內容</p>');
    expect((await render('> [!note]\n>\n> 第二段')).html).toBe(
      '<aside data-callout="note" role="note">\n<p data-callout-title="">注意</p>\n<p>第二段</p>\n</aside>',
    );
  });

  test('a plain quote stays a quote', async () => {
    expect((await render('> [連結](https://example.com) 開頭')).html).toContain('<blockquote>');
  });

  test('the default title is in the article’s script, and converts with the text', async () => {
    const { html } = await render('> [!IMPORTANT]\n> 这是简体中文的文章，软件。', { frontMatter: 'title: 简体' });
    expect(html).toContain('<p data-callout-title="">重要</p>');
    const info = await render('{{< admonition info >}}\n内容\n{{< /admonition >}}', {
      frontMatter: 'title: 简体',
      contentDir: contentFolder({ 'shortcodes.yaml': 'admonition: { callout: "{type|0}", title: "{title|1}", open: "{open|2}" }\n' }),
    });
    expect(info.html).toContain('>信息</p>');
    const toHant = converterFrom(MAINLAND_SIMPLIFIED);
    expect(convertHtml(info.html, toHant)).toContain(`>${toHant('信息')}</p><p>${toHant('内容')}</p>`.replace('</p><p>', '</p>\n<p>'));
  });

  test('an admonition shortcode is the same aside; open=false folds it', async () => {
    const contentDir = contentFolder({ 'shortcodes.yaml': 'admonition: { callout: "{type|0}", title: "{title|1}", open: "{open|2}" }\n' });
    const { html } = await render('{{< admonition type="tip" title="小提示" >}}\n內容 **粗**\n{{< /admonition >}}', { contentDir });
    expect(html).toBe('<aside data-callout="tip" role="note">\n<p data-callout-title="">小提示</p>\n<p>內容 <strong>粗</strong></p>\n</aside>');
    const folded = await render('{{< admonition bug "" false >}}\nx\n{{< /admonition >}}', { contentDir });
    expect(folded.html).toContain('<aside data-callout="bug" role="note"><details>\n<summary data-callout-title="">錯誤</summary>');
  });

  test('raw HTML cannot make up a callout type or role', async () => {
    const { html } = await render('<aside data-callout="x&quot; onload" role="alert"><p data-callout-title>t</p></aside>');
    expect(html).toBe('<aside><p data-callout-title="">t</p></aside>');
  });
});

describe('media the browser plays', () => {
  const contentDir = contentFolder({
    'shortcodes.yaml': [
      'video: { media: video, src: "{src|0}", poster: poster }',
      'audio: { media: audio, src: src, caption: caption, relURL: true }',
      'bilibili: { embed: bilibili, url: src }',
    ].join('\n'),
  });

  test('a bundle’s video is served from the bundle, with controls', async () => {
    const { html } = await render('{{< video src="clip.webm" poster="poster.png" >}}', { contentDir, file: 'trip/index.md' });
    expect(html).toBe(
      '<figure><video preload="metadata" src="/bundles/posts/trip/clip.webm" poster="/bundles/posts/trip/poster.png" controls></video></figure>',
    );
  });

  test('static audio through relURL, with its caption', async () => {
    const { html } = await render('{{< audio src="audios/a.wav" caption="鈴聲" >}}', { contentDir });
    expect(html).toBe('<figure><audio preload="metadata" src="/audios/a.wav" controls></audio><figcaption>鈴聲</figcaption></figure>');
  });

  test('a theme’s bilibili that takes src= is the player', async () => {
    const { html, problems } = await render('{{< bilibili src="//player.bilibili.com/player.html?aid=1&bvid=BV1xx411c7mD&page=1" >}}', { contentDir });
    expect(problems).toEqual([]);
    expect(html).toBe('<div data-embed="bilibili" data-embed-id="BV1xx411c7mD"></div>');
  });

  test('raw <video> and <audio> keep their media, gain controls, lose autoplay, handlers and script addresses', async () => {
    const { html } = await render(
      '<video src="/v.mp4" autoplay onplay="alert(1)" poster="javascript:alert(1)"><source src="/v.webm" type="video/webm"></video>\n\n<audio src="javascript:alert(1)"></audio>',
    );
    expect(html).toBe(
      '<p><video src="/v.mp4" controls preload="metadata"><source src="/v.webm" type="video/webm"></video></p>\n<p><audio controls preload="metadata"></audio></p>',
    );
  });
});
