import { describe, expect, test } from 'vitest';
import { prepareBody } from '@/lib/content/markdown';
import { analyzeBody } from '@/lib/content/analysis';
import { renderInlineRules } from '@/lib/text/chinese/inline-rules';

/** The checker's problems for a body (after a three-line front matter: the body starts on line 4). */
function problemsOf(body: string) {
  return prepareBody(`---\ntitle: t\n---\n${body}`, 'posts/x.md').problems.map(
    ({ line, message, severity }) => `${severity ?? 'error'} ${line}: ${message}`,
  );
}

describe('inline rules are read where the page applies them: text, never code', () => {
  // Real posts that the line scanner refused: a C# interpolated string and an Ansible value in fenced blocks
  // indented under list items.
  test.each([
    ['a fenced block under a list item', '1. 步驟：\n\n   ```csharp\n   var s = $"{a}-{b}";\n   ```\n'],
    ['a fenced block in a nested list', '- 一\n  - 二\n\n    ```yaml\n    file: app-{{ version }}.tgz -{zh-xx:不算}-\n    ```\n'],
    ['an indented code block', '段落\n\n    echo "-{" "-{zh-xx:x}-"\n'],
    ['an indented block in a list item', '- 項目\n\n      code -{zh-xx:x}-\n'],
    ['a fenced block in a quote', '> ```\n> -{zh-xx:x}- -{\n> ```\n'],
    ['a code span', '文字 `-{zh-xx:x}-` 與 ``a -{ b``\n'],
    ['a code span in a table cell', '| a | b |\n|---|---|\n| `-{zh-xx:x}-` | -{ |\n'],
    ['raw <pre>', '<pre>\n-{zh-xx:x}-\n\n-{\n</pre>\n'],
    ['raw <code> in a paragraph', '看 <code>-{zh-xx:x}-</code> 這裡\n'],
    ['a tilde fence with a longer closing', '~~~~\n-{zh-xx:x}-\n~~~~~\n'],
  ])('%s is code', (_, body) => {
    expect(problemsOf(body)).toEqual([]);
  });

  test.each([
    ['an unclosed -{', '字串 $"{a}-{b}" 寫在正文裡'],
    ['a -{ closed on a later line', '開頭 -{ 台積電\n}- 結尾'],
    ['a stray }-', '只有 }- 一個'],
    ['an empty rule', '空的 -{}- 規則'],
    ['Ansible in prose', '檔名是 app-{{ version }}.tgz'],
  ])('%s is plain text, no problem', (_, body) => {
    expect(problemsOf(body)).toEqual([]);
    expect(renderInlineRules(body, 'zh-Hant')).toBe(body);
  });

  test('a malformed rule in a paragraph, a heading, a list item or a quote is an error, with its line', () => {
    expect(problemsOf('正常 -{台積電}-\n\n## 標題 -{zh-xx:甲;zh-hans:乙}-\n\n- 項目 -{zh-hans:台湾}-\n\n> 引用 -{H|zh-hant:臺灣}-')).toEqual([
      'error 6: "zh-xx" is not a variant key we know',
      'error 8: the rule gives no zh-hant form',
      "error 10: Wikipedia's \"H|\" flag is not supported here",
    ]);
  });

  test('two forms for one script, an empty form and a missing key are errors', () => {
    expect(problemsOf('-{zh-tw:臺灣;zh-hk:台灣;zh-hans:台湾}- -{zh-hant:;zh-hans:x}- -{zh-hant:甲;乙}-')).toEqual([
      'error 4: "zh-hk" and "zh-tw" both give the Traditional form',
      'error 4: "zh-hant" gives an empty form',
      'error 4: "乙" has no variant key',
    ]);
  });

  test('a rule split by markup is a warning, and the build goes on', () => {
    expect(problemsOf('標記 -{**粗**}- 在此')).toEqual(['warning 4: the rule "-{粗}-" is split by Markdown or HTML markup, so it is shown as written']);
  });

  test('rules in raw HTML text and in alt/title are read like text', () => {
    expect(problemsOf('<div>\n-{zh-xx:甲}-\n</div>\n\n![-{zh-yy:圖}-](a.png)')).toEqual([
      'error 5: "zh-xx" is not a variant key we know',
      'error 8: "zh-yy" is not a variant key we know',
    ]);
  });

  test('math is not text: a rule-like TeX group is no rule', () => {
    expect(problemsOf('$$\nx-{zh-xx:1}-\n$$\n\n\\\\(a-{zh-yy:b}-\\\\)')).toEqual([]);
  });

  test('lines stay the source file\'s where shortcodes changed the text before the rule', () => {
    expect(problemsOf('{{< details summary="看" >}}\n內容\n{{< /details >}}\n\n後面 -{zh-xx:甲}-')).toEqual([
      'error 8: "zh-xx" is not a variant key we know',
    ]);
  });
});

describe("the record's text holds a rule exactly where the page shows one", () => {
  const textOf = (html: string) => analyzeBody(html, 70).text;

  test('markers in code and unclosed markers cannot pair up across nodes', () => {
    const text = textOf('<p>前 -{ 開 <code>}- 碼 -{</code> 後 -{台積電}- 尾 }-</p>');
    expect(renderInlineRules(text, 'zh-Hant')).toBe(text.replace('-{台積電}-', '台積電'));
    expect(text.replace(/\u2060/g, '')).toBe('前 -{ 開 }- 碼 -{ 後 -{台積電}- 尾 }-');
  });

  test('a rule split by markup stays as written in the summary too', () => {
    const text = textOf('<p>-{<strong>粗</strong>}-</p>');
    expect(renderInlineRules(text, 'zh-Hant').replace(/\u2060/g, '')).toBe('-{粗}-');
  });
});
