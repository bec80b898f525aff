import { describe, expect, test } from 'vitest';
import type { ExpandContext } from '@/lib/text/hugo/shortcodes/expand';
import { codeRanges, hugoBodyToMarkdown, wordpressCodeToFences } from '@/lib/text/hugo/source';

const context: ExpandContext = { declared: new Map(), resolveRef: () => ({ href: '/posts/x' }), params: {} };
const MARKER = '<span data-more=""></span>';

describe('codeRanges', () => {
  const spans = (markdown: string) => codeRanges(markdown).map(([from, to]) => markdown.slice(from, to));

  test('prose has none', () => {
    expect(spans('段落一。\n\n- 清單\n  接續\n\n> 引言')).toEqual([]);
  });

  test('code spans, fences of either kind, indented blocks, also inside a quote', () => {
    expect(spans('用 `{{< x >}}` 寫。')).toEqual(['`{{< x >}}`']);
    expect(spans('~~~\ncode\n~~~\n')).toEqual(['~~~\ncode\n~~~']);
    expect(spans('段落\n\n    indented\n')).toEqual(['    indented']);
    expect(spans('> 引言\n>\n>     quoted code\n')).toEqual(['    quoted code']);
    expect(spans('段落\n\n\ttabbed\n')).toEqual(['\ttabbed']);
    // Indented after a list marker or a quote inside a list: code all the same.
    expect(spans('1.     list code\n')).toEqual(['    list code']);
    expect(spans('* >     quoted in a list\n')).toEqual(['    quoted in a list']);
  });
});

describe('wordpressCodeToFences', () => {
  test('<pre class="brush: c"> becomes a fence in that language, entities decoded, blank lines kept', () => {
    const { markdown, count } = wordpressCodeToFences('<pre class="brush: c">#include &lt;stdio.h&gt;\n\nint main() { return 0; }\n</pre>');
    expect(markdown).toBe('```c\n#include <stdio.h>\n\nint main() { return 0; }\n```');
    expect(count).toBe(1);
  });

  test('<pre lang="go"> and language=; <br> as line breaks', () => {
    expect(wordpressCodeToFences('<pre lang="go">a<br>b<br/>c<BR />d</pre>').markdown).toBe('```go\na\nb\nc\nd\n```');
    expect(wordpressCodeToFences("<pre language='Python'>x</pre>").markdown).toBe('```python\nx\n```');
  });

  test('a <code> element inside the <pre> is unwrapped', () => {
    expect(wordpressCodeToFences('<pre class="prettyprint"><code>x = 1</code></pre>').markdown).toBe('```\nx = 1\n```');
  });

  test('named, decimal and hexadecimal entities; unknown ones kept', () => {
    expect(
      wordpressCodeToFences('<pre class="brush: js">a &amp;&amp; b &quot;s&quot; &#39;c&#39; &#60; &#x41; &copy;</pre>').markdown,
    ).toBe('```js\na && b "s" \'c\' < A &copy;\n```');
  });

  test('a numeric entity past Unicode is kept as written, not a failure', () => {
    expect(wordpressCodeToFences('<pre class="brush: c">&#x110000; &#99999999; &#x10FFFF;</pre>').markdown).toBe(
      '```c\n&#x110000; &#99999999; \u{10FFFF}\n```',
    );
  });

  test('leading and trailing blank lines of the code are dropped', () => {
    expect(wordpressCodeToFences('<pre class="brush: sh">\n\necho hi\n\n</pre>').markdown).toBe('```sh\necho hi\n```');
  });

  test('the fence is longer than any fence inside the code', () => {
    expect(wordpressCodeToFences('<pre class="brush: md">```\nx\n```</pre>').markdown).toBe('````md\n```\nx\n```\n````');
  });

  test('a plain <pre> (no brush, no lang, no code class) is left as it is', () => {
    const source = 'text\n<pre>plain\n\n  text</pre>\nmore';
    expect(wordpressCodeToFences(source)).toMatchObject({ markdown: source, count: 0 });
  });

  test('text around and several blocks', () => {
    const { markdown, count } = wordpressCodeToFences('a\n<pre class="brush: c">1</pre>\nb\n<pre lang="go">2</pre>\nc');
    expect(markdown).toBe('a\n```c\n1\n```\nb\n```go\n2\n```\nc');
    expect(count).toBe(2);
  });

  test('originalLine maps a line of the result back to the source, past blocks that grew or shrank', () => {
    // Source lines: 1 intro, 2 <pre …>a<br>b<br>c</pre>, 3 middle, 4-7 <pre> with blank edges, 8 end.
    const source = 'intro\n<pre lang="go">a<br>b<br>c</pre>\nmiddle\n<pre class="brush: c">\n\nx\n</pre>\nend';
    const { markdown, originalLine } = wordpressCodeToFences(source);
    const lines = markdown.split('\n');
    const lineOf = (text: string) => lines.indexOf(text) + 1;
    expect(originalLine(lineOf('intro'))).toBe(1);
    expect(originalLine(lineOf('middle'))).toBe(3);
    expect(originalLine(lineOf('end'))).toBe(8);
  });

  test('originalLine is the identity when nothing was converted', () => {
    const { originalLine } = wordpressCodeToFences('a\nb\nc');
    expect([1, 2, 3].map(originalLine)).toEqual([1, 2, 3]);
  });
});

describe('hugoBodyToMarkdown', () => {
  test('shortcodes expanded, WordPress code fenced', () => {
    const { markdown, problems } = hugoBodyToMarkdown('{{< youtube MEfO09kPf-w >}}\n\n<pre class="brush: c">a &lt; b</pre>', 1, context);
    expect(problems).toEqual([]);
    expect(markdown).toBe('<div data-embed="youtube" data-embed-id="MEfO09kPf-w"></div>\n\n```c\na < b\n```');
  });

  test('problems name the line of the original file, past code blocks that grew', () => {
    const body = 'a\n<pre class="brush: c">1\n\n2\n\n3</pre>\n{{< busuanzi >}}';
    // The body starts on file line 5: {{< busuanzi >}} is body line 7, file line 11.
    const { problems } = hugoBodyToMarkdown(body, 5, context);
    expect(problems.map((problem) => problem.line)).toEqual([11]);
  });

  test('…and past a one-line block made of <br> that became six lines', () => {
    const { problems } = hugoBodyToMarkdown('<pre lang="js">a<br>b<br>c<br>d</pre>\n{{< busuanzi >}}', 1, context);
    expect(problems.map((problem) => problem.line)).toEqual([2]);
  });

  test('<!--more--> becomes the summary marker', () => {
    expect(hugoBodyToMarkdown('摘要。\n\n<!--more-->\n\n正文。', 1, context).markdown).toBe(`摘要。\n\n${MARKER}\n\n正文。`);
    expect(hugoBodyToMarkdown('前言<!--more-->後文', 1, context).markdown).toBe(`前言${MARKER}後文`);
  });

  test('<!--more--> in code is shown, not taken for the marker', () => {
    const body = '`<!--more-->`\n\n```html\n<!--more-->\n```\n';
    expect(hugoBodyToMarkdown(body, 1, context).markdown).toBe(body);
  });

  test('only the exact form is the marker', () => {
    expect(hugoBodyToMarkdown('<!-- more -->', 1, context).markdown).toBe('<!-- more -->');
  });

  test('code after a marker stays code: shortcodes there are not run (the code ranges move with the text)', () => {
    const body = '<!--more-->\n\n`{{< busuanzi >}}` and\n\n```\n{{< nope >}}\n```\n';
    const { markdown, problems } = hugoBodyToMarkdown(body, 1, context);
    expect(problems).toEqual([]);
    expect(markdown).toBe(body.replace('<!--more-->', MARKER));
  });

  test('two markers outside code both become markers', () => {
    expect(hugoBodyToMarkdown('a<!--more-->b<!--more-->c', 1, context).markdown).toBe(`a${MARKER}b${MARKER}c`);
  });

  test('shortcodes inside WordPress code are shown, not run', () => {
    const { markdown, problems } = hugoBodyToMarkdown('<pre class="brush: go">{{< busuanzi >}}</pre>', 1, context);
    expect(problems).toEqual([]);
    expect(markdown).toBe('```go\n{{< busuanzi >}}\n```');
  });
});
