import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { analyzeBody, READING_RATE, truncateWords, withoutSummaryMarker } from '@/lib/content/analysis';
import { configureMarkdown } from '@/lib/content/markdown';

const MARKER = '<span data-more=""></span>';

describe('summary: the <!--more--> marker', () => {
  test('the summary is the text before the marker, however short, and says so', () => {
    const analysis = analyzeBody(`<p>前言。</p><p>${MARKER}</p><p>後文不在摘要。</p>`, 70);
    expect(analysis.summary).toBe('前言。');
    expect(analysis.hasSummaryMarker).toBe(true);
  });

  test('a marker inside a paragraph cuts mid-paragraph', () => {
    const analysis = analyzeBody(`<p>前言${MARKER}後文。</p>`, 70);
    expect(analysis.summary).toBe('前言');
    expect(analysis.hasSummaryMarker).toBe(true);
  });

  test('the marker does not shorten the full text', () => {
    const analysis = analyzeBody(`<p>前言。</p>${MARKER}<p>後文。</p>`, 70);
    expect(analysis.text).toBe('前言。 後文。');
  });

  test('the summary before the marker is not cut to summaryLength', () => {
    const long = '字'.repeat(50);
    const analysis = analyzeBody(`<p>${long}</p>${MARKER}<p>後文。</p>`, 5);
    expect(analysis.summary).toBe(long);
  });

  test("a marker before any text gives an empty summary, still the author's", () => {
    const analysis = analyzeBody(`${MARKER}<p>全文。</p>`, 70);
    expect(analysis.summary).toBe('');
    expect(analysis.hasSummaryMarker).toBe(true);
    expect(analysis.text).toBe('全文。');
  });

  test('an element without data-more is no marker', () => {
    const analysis = analyzeBody('<p>甲。<span>乙</span>丙。</p>', 70);
    expect(analysis.hasSummaryMarker).toBe(false);
  });

  test('withoutSummaryMarker removes the marker and nothing else', () => {
    expect(withoutSummaryMarker(`<p>a</p>${MARKER}<p>b${MARKER}</p>`)).toBe('<p>a</p><p>b</p>');
    expect(withoutSummaryMarker('<span data-x=""></span>')).toBe('<span data-x=""></span>');
  });
});

describe('summary: automatic, Chinese characters counted as words', () => {
  test('a long text is cut after summaryLength words with an ellipsis', () => {
    const analysis = analyzeBody(`<p>${'字'.repeat(100)}</p>`, 10);
    expect(analysis.summary).toBe(`${'字'.repeat(10)}…`);
    expect(analysis.hasSummaryMarker).toBe(false);
  });

  test('a text shorter than summaryLength is the whole summary, without an ellipsis', () => {
    expect(analyzeBody('<p>短文。</p>', 70).summary).toBe('短文。');
  });

  test('block elements are separated by a space in the summary', () => {
    expect(analyzeBody('<p>甲。</p><p>乙。</p>', 70).summary).toBe('甲。 乙。');
  });
});

describe('truncateWords', () => {
  test('counts each Chinese character as a word', () => {
    expect(truncateWords('一二三四五六七八九十', 3)).toBe('一二三…');
  });

  test('counts Latin words as words', () => {
    expect(truncateWords('one two three four five six', 3)).toBe('one two three…');
  });

  test('mixes the two: 開源 AI 模型 is 5 words before "is"', () => {
    expect(truncateWords('開源 AI 模型 is very good indeed and more', 5)).toBe('開源 AI 模型…');
  });

  test('goes on to the end of the sentence when it ends soon, without an ellipsis', () => {
    expect(truncateWords('一二三四五六七八九十。後面還有很多字', 5)).toBe('一二三四五六七八九十。');
    expect(truncateWords('one two. three four', 1)).toBe('one two.');
    expect(truncateWords('甲乙丙！丁戊己', 2)).toBe('甲乙丙！');
  });

  test('a period inside a word (a version number) is no sentence end', () => {
    expect(truncateWords('version 1.2 is out now and more text follows here', 1)).not.toBe('version 1.');
  });

  test('a period just inside the look-ahead, followed by a digit, is no sentence end either', () => {
    // The "." of "1.2" is the 40th character after the first word: the text is cut after the word, not at "1.".
    const text = `a ${'x'.repeat(37)}1.2 more words here`;
    expect(truncateWords(text, 1)).toBe('a…');
  });

  test('a sentence end too far away is not waited for', () => {
    const text = `${'字'.repeat(10)}${'長'.repeat(60)}。`;
    expect(truncateWords(text, 10)).toBe(`${'字'.repeat(10)}…`);
  });

  test('a text within the length comes back unchanged', () => {
    expect(truncateWords('short text', 10)).toBe('short text');
    expect(truncateWords('', 10)).toBe('');
  });

  test('exactly the length: no ellipsis', () => {
    expect(truncateWords('一二三', 3)).toBe('一二三');
  });
});

describe('headings', () => {
  test('h2 to h4 with ids, in order, with their text', () => {
    const html = '<h2 id="a">開源</h2><p>x</p><h3 id="b">模型 <em>B</em></h3><h4 id="c">細節</h4>';
    expect(analyzeBody(html, 70).headings).toEqual([
      { depth: 2, id: 'a', text: '開源' },
      { depth: 3, id: 'b', text: '模型 B' },
      { depth: 4, id: 'c', text: '細節' },
    ]);
  });

  test('h1, h5, h6, headings without an id and empty headings are left out', () => {
    const html = '<h1 id="t">T</h1><h5 id="e">E</h5><h6 id="f">F</h6><h2>no id</h2><h3 id="empty"></h3><h2 id="ok">OK</h2>';
    expect(analyzeBody(html, 70).headings).toEqual([{ depth: 2, id: 'ok', text: 'OK' }]);
  });

  test('headings nested in other elements are found', () => {
    expect(analyzeBody('<section><div><h3 id="x">X</h3></div></section>', 70).headings).toEqual([{ depth: 3, id: 'x', text: 'X' }]);
  });
});

describe('reading time and counts', () => {
  test('the rates are those documented: 400 characters, 200 words a minute', () => {
    expect(READING_RATE).toEqual({ cjkCharactersPerMinute: 400, latinWordsPerMinute: 200 });
  });

  test('Chinese characters and Latin words are counted apart', () => {
    const analysis = analyzeBody('<p>開源 AI 模型 is good, 對吧？</p>', 70);
    expect(analysis.cjkCharacters).toBe(6);
    expect(analysis.latinWords).toBe(3);
  });

  test('Japanese kana and Korean count as CJK characters', () => {
    expect(analyzeBody('<p>ひらがなカタカナ한국어</p>', 70).cjkCharacters).toBe(11);
  });

  test('words with apostrophes and hyphens are one word', () => {
    expect(analyzeBody("<p>don't state-of-the-art</p>", 70).latinWords).toBe(2);
  });

  test('minutes from both rates, rounded', () => {
    expect(analyzeBody(`<p>${'字'.repeat(800)}</p>`, 70).readingMinutes).toBe(2);
    expect(analyzeBody(`<p>${'word '.repeat(600)}</p>`, 70).readingMinutes).toBe(3);
    // 1000 characters (2.5 min) and 100 words (0.5 min): 3 minutes.
    expect(analyzeBody(`<p>${'字'.repeat(1000)} ${'word '.repeat(100)}</p>`, 70).readingMinutes).toBe(3);
    // 1.4 minutes rounds down.
    expect(analyzeBody(`<p>${'字'.repeat(560)}</p>`, 70).readingMinutes).toBe(1);
  });

  test('never less than a minute, even empty', () => {
    expect(analyzeBody('<p>短</p>', 70).readingMinutes).toBe(1);
    expect(analyzeBody('', 70).readingMinutes).toBe(1);
  });
});

describe('text: what a reader reads, code left out', () => {
  test('code blocks are not in the text and not counted', () => {
    const analysis = analyzeBody(`<p>說明。</p><pre><code>${'const 變數 = 1;\n'.repeat(500)}</code></pre>`, 70);
    expect(analysis.text).toBe('說明。');
    expect(analysis.cjkCharacters).toBe(2);
    expect(analysis.latinWords).toBe(0);
    expect(analysis.readingMinutes).toBe(1);
  });

  test('scripts, styles, SVG and math are left out too', () => {
    const analysis = analyzeBody('<p>甲</p><script>var secret = 1</script><style>p{color:red}</style><svg><text>svgtext</text></svg><math><mi>x</mi></math>', 70);
    expect(analysis.text).toBe('甲');
  });

  test('code is left out of the automatic summary', () => {
    expect(analyzeBody('<pre><code>code here</code></pre><p>正文。</p>', 70).summary).toBe('正文。');
  });

  test('blocks and line breaks separate words; inline elements do not', () => {
    expect(analyzeBody('<p>a<br>b</p><ul><li>c</li><li>d</li></ul><p>e<strong>f</strong></p>', 70).text).toBe('a b c d ef');
  });

  test('whitespace runs become one space, and the text is trimmed', () => {
    expect(analyzeBody('<p>  a \n\n b  </p>', 70).text).toBe('a b');
  });

  test('entities are decoded', () => {
    expect(analyzeBody('<p>AT&amp;T &lt;3</p>', 70).text).toBe('AT&T <3');
  });
});

describe('the analysis of the tree the pipeline wrote its HTML from', () => {
  const fixtures = path.join(process.cwd(), 'tests/fixtures/articles');
  const articles = readdirSync(fixtures).filter((name) => name.endsWith('.md'));

  // The record analyses the HTML just after the pipeline wrote it, from the pipeline's own tree (markdown.ts
  // remembers it); any other HTML is parsed. Both must give the same analysis, or the record would depend on
  // which happened. The hostile fixtures hold what a parser rearranges: raw HTML, frames, forms, SVG, math.
  test.each(articles)('%s: the same analysis as from parsing the HTML', async (name) => {
    const processor = unified();
    configureMarkdown(processor, { collectProblems: true });
    const html = String(await processor.process(new VFile({ value: readFileSync(path.join(fixtures, name), 'utf8'), path: `content/posts/${name}` })));
    const fromTree = analyzeBody(html, 70);
    const fromHtml = analyzeBody(html, 70); // the tree is taken once: this one parses
    expect(fromTree).toEqual(fromHtml);
    expect(fromTree.text.length).toBeGreaterThan(0);
  });
});
