import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { configureMarkdown } from '@/lib/content/markdown';
import { converterFrom, convertHtml } from '@/lib/text/chinese/convert';
import { TAIWAN_TRADITIONAL } from '@/lib/core/languages';
import { AUTOSPACE_CLASSES, latinLang, type TypesetOptions } from '@/lib/text/chinese/typography';

const asWritten = (text: string) => text;
const typeset = (html: string, options: TypesetOptions) => convertHtml(html, asWritten, { typeset: options });
const hant = (html: string) => typeset(html, { script: 'zh-Hant' });
const hans = (html: string) => typeset(html, { script: 'zh-Hans' });
/** What a reader copies: the text, without the markup. */
const textOf = (html: string) => toString(fromHtml(html, { fragment: true }));

describe('quotation marks in HTML', () => {
  test('pair across the text nodes of a block: links, emphasis', () => {
    expect(hans('<p>他說：「開源<a href="/x">模型『真的</a>』<em>很好</em>」。</p>')).toBe(
      '<p>他說：“開源<a href="/x">模型‘真的</a>’<em>很好</em>”。</p>',
    );
    expect(hant('<p>“<strong>一</strong>‘<em>二</em>“三”’”</p>')).toBe('<p>「<strong>一</strong>『<em>二</em>「三」』」</p>');
  });

  test('do not pair across blocks: an opener left open in one paragraph stays as written', () => {
    expect(hans('<p>「第一段</p><p>第二段」</p>')).toBe('<p>「第一段</p><p>第二段」</p>');
  });

  test('never change code, code blocks or what is marked translate="no", but pair around them', () => {
    expect(hant('<p>“用 <code>"x"</code> 表示”</p><pre><code>print("“開源”")</code></pre>')).toBe(
      '<p>「用 <code>"x"</code> 表示」</p><pre><code>print("“開源”")</code></pre>',
    );
    expect(hans('<p>「名稱<span translate="no">「原樣」</span>」</p>')).toBe('<p>“名稱<span translate="no">「原樣」</span>”</p>');
  });

  test('never change attributes but alt and title, whose quotation marks pair within each', () => {
    const html =
      '<p><a href="/q?a=&#x22;「x」&#x22;" data-note="「x」" class="x" title="「標題」">「連結」</a><img src="/a.png" alt="「圖」說"></p>';
    expect(hans(html)).toBe(
      '<p><a href="/q?a=&#x22;「x」&#x22;" data-note="「x」" class="x" title="“標題”">“連結”</a><img src="/a.png" alt="“圖”說"></p>',
    );
  });

  test('keep_quotes shows them as written; the spacing still follows layout', () => {
    expect(typeset('<p>他說：“開源 AI”</p>', { script: 'zh-Hant', keepQuotes: true })).toBe(
      '<p>他說：“開源<span class="as-s">AI</span>”</p>',
    );
  });

  test('go with the conversion of the text: a Taiwan paragraph on a Simplified page', () => {
    const html = '<p>蔡崇信說：「你基本上可以主張主權，主張對這個模型的所有權。」他用了『主權』一詞。</p>';
    expect(convertHtml(html, converterFrom(TAIWAN_TRADITIONAL), { typeset: { script: 'zh-Hans' } })).toBe(
      '<p>蔡崇信说：“你基本上可以主张主权，主张对这个模型的所有权。”他用了“主权”一词。</p>',
    );
  });
});

describe('spacing between Han and Latin letters or digits comes from layout', () => {
  test('typed spaces between them are removed, even across elements and line breaks', () => {
    expect(textOf(hant('<p>臺下來自超過 150 個國家的政府首腦，開源 <a href="/t">AI</a>\n模型</p>'))).toBe(
      '臺下來自超過150個國家的政府首腦，開源AI模型',
    );
  });

  test('spaces elsewhere stay: between Latin words, before signs, around code, no-break spaces, English paragraphs', () => {
    const html = '<p>Social Capital 的投資從 $60 到 80% 之間，用 <code>npm</code> 安裝，共\u00a03 個</p><p>Joe Tsai said so</p>';
    expect(textOf(hant(html))).toBe('Social Capital的投資從 $60到80% 之間，用 npm 安裝，共\u00a03個Joe Tsai said so');
  });

  test('each Latin word touching Han is wrapped in a span whose class names the side of the gap: no character added', () => {
    const html = '<p>於2026年，GPT-4 模型（OpenAI）在 AI，不是 A 或 B。</p>';
    const out = hant(html);
    expect(out).toBe(
      '<p>於<span class="as">2026</span>年，<span class="as-e">GPT-4</span>模型（OpenAI）在<span class="as-s">AI</span>，不是<span class="as">A</span>或<span class="as-s">B</span>。</p>',
    );
    expect(textOf(out)).toBe('於2026年，GPT-4模型（OpenAI）在AI，不是A或B。');
    expect(AUTOSPACE_CLASSES).toEqual({ start: 'as-s', end: 'as-e', both: 'as' });
  });

  test('an apostrophe is part of its word; quote marks are not', () => {
    expect(hant("<p>Alibaba's 與 don't 是撇號，「AI」與“GPT”</p>")).toBe(
      '<p><span class="as-e">Alibaba\'s</span>與<span class="as">don\'t</span>是撇號，「AI」與「GPT」</p>',
    );
  });

  test('a word split by markup is wrapped in each of its pieces', () => {
    expect(hant('<p>開源<em>A</em>I模型</p>')).toBe('<p>開源<em><span class="as-s">A</span></em><span class="as-e">I</span>模型</p>');
  });
});

describe('English is marked lang="en"', () => {
  test('a paragraph, list item or heading in Latin script only', () => {
    expect(hant('<h2>Core Insights</h2><ul><li>Alibaba’s Chairman, Joe Tsai [1][5]</li><li>中文 AI</li></ul>')).toBe(
      '<h2 lang="en">Core Insights</h2><ul><li lang="en">Alibaba’s Chairman, Joe Tsai [1][5]</li><li>中文<span class="as-s">AI</span></li></ul>',
    );
  });

  test('not a block with no letters, nor one holding other blocks, nor one already marked', () => {
    expect(hant('<p>2026</p><blockquote><p>Stay hungry</p><p>中文</p></blockquote><p lang="fr">Bonjour</p>')).toBe(
      '<p>2026</p><blockquote><p lang="en">Stay hungry</p><p>中文</p></blockquote><p lang="fr">Bonjour</p>',
    );
  });

  test('an English quotation in Chinese text, marks included when they are Western ones', () => {
    expect(hant('<p>他說 “Move fast and break things” 然後離開</p>')).toBe(
      '<p>他說 <span lang="en">“Move fast and break things”</span> 然後離開</p>',
    );
    expect(hant('<p>場次「Where Is AI Heading?」。</p>')).toBe('<p>場次「<span lang="en">Where Is AI Heading?</span>」。</p>');
    expect(hans('<p>場次「Where Is AI Heading?」。</p>')).toBe('<p>場次<span lang="en">“Where Is AI Heading?”</span>。</p>');
  });

  test('across inline elements of one parent, and not when its ends have different parents', () => {
    expect(hant('<p>他說 “<em>Move fast</em> and break things”。</p>')).toBe(
      '<p>他說 <span lang="en">“<em>Move fast</em> and break things”</span>。</p>',
    );
    expect(hant('<p>他說 <a href="/">“Move fast</a> and break things”。</p>')).toBe(
      '<p>他說 <a href="/">“Move fast</a> and break things”。</p>',
    );
  });

  test('short Latin texts (a tag, a source) are English', () => {
    expect(latinLang('World Government Summit')).toBe('en');
    expect(latinLang('開源 AI')).toBeUndefined();
    expect(latinLang('2026')).toBeUndefined();
  });
});

describe('the seed articles', () => {
  const processor = unified();
  configureMarkdown(processor, { contentDir: 'content' });
  const posts = readdirSync('content/posts').filter((file) => file.endsWith('.md'));
  const bodyOf = async (file: string) =>
    String(
      await processor.process({ path: path.join('content/posts', file), value: readFileSync(path.join('content/posts', file), 'utf8') }),
    );
  const QUOTES = /[「」『』“”‘’"']/g;

  test.each(posts.flatMap((file) => (['zh-Hant', 'zh-Hans'] as const).map((script) => [file, script] as const)))(
    '%s on a %s page: only quotation marks and typed gaps change, nothing is inserted',
    async (file, script) => {
      const html = await bodyOf(file);
      const before = textOf(html);
      const after = textOf(typeset(html, { script }));
      expect(after.replace(QUOTES, '').replace(/\s+/g, '')).toBe(before.replace(QUOTES, '').replace(/\s+/g, ''));
      expect(after.match(QUOTES)?.length).toBe(before.match(QUOTES)?.length);
      expect(after).not.toMatch(/[\u200b-\u200d\u2060\ufeff]/);
      expect(after).not.toMatch(/\p{Script=Han} +[A-Za-z0-9]|[A-Za-z0-9] +\p{Script=Han}/u);
      const unconverted = script === 'zh-Hant' ? /[“”]\p{Script=Han}|\p{Script=Han}[“”]/u : /[「」]\p{Script=Han}|\p{Script=Han}[「」]/u;
      expect(after).not.toMatch(unconverted);
    },
  );
});

describe('text shown in the other script is marked with its language', () => {
  test('what an inline rule keeps as written on a converted page, when the page’s script would write it otherwise', () => {
    const html = '<p>-{台積電}-與-{Nvidia}-，-{zh-hant:臺灣;zh-hans:台湾}-的晶片</p>';
    expect(convertHtml(html, converterFrom(TAIWAN_TRADITIONAL), { typeset: { script: 'zh-Hans' } })).toBe(
      '<p><span lang="zh-Hant">台積電</span>与<span class="as-s">Nvidia</span>，台湾的芯片</p>',
    );
  });
});
