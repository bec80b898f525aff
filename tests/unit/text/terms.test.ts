import { describe, expect, test } from 'vitest';
import { termKey, termList } from '@/lib/text/terms';

describe('termKey: one key per term, whichever script it is written in', () => {
  test('Traditional and Simplified spellings of a tag are one key', () => {
    expect(termKey('開源')).toBe(termKey('开源'));
    expect(termKey('資料')).toBe(termKey('资料'));
    expect(termKey('機器學習')).toBe(termKey('机器学习'));
  });

  test('the key is the Simplified characters (OpenCC tw→cn), not a vocabulary swap', () => {
    expect(termKey('開源')).toBe('开源');
    // 資料 is 数据 in mainland vocabulary, but keys follow characters only, so a glossary edit never moves a tag.
    expect(termKey('資料')).toBe('资料');
  });

  test('case does not matter', () => {
    expect(termKey('OpenAI')).toBe(termKey('openai'));
    expect(termKey('AI')).toBe('ai');
  });

  test('spaces between Chinese and Latin do not matter (開源 AI and 开源ai are one tag)', () => {
    expect(termKey('開源 AI')).toBe(termKey('开源ai'));
    expect(termKey('開源 AI')).toBe(termKey('開源AI'));
    expect(termKey('AI 開源')).toBe(termKey('AI開源'));
    expect(termKey('開源 AI')).toBe('开源ai');
  });

  test('spaces between Latin words become one hyphen', () => {
    expect(termKey('Machine Learning')).toBe('machine-learning');
    expect(termKey('  Machine   Learning ')).toBe('machine-learning');
    expect(termKey('Machine\tLearning')).toBe('machine-learning');
  });

  test('full-width forms read as their ASCII (NFKC)', () => {
    expect(termKey('ＡＩ')).toBe('ai');
    expect(termKey('ＧＰＴ－４')).toBe(termKey('GPT-4'));
  });

  test('characters that would split a path or a query become hyphens', () => {
    for (const term of ['C/C++', 'a\\b', 'why?', 'C#', '100%']) {
      const key = termKey(term);
      expect(key).not.toMatch(/[/\\?#%]/);
    }
    expect(termKey('C/C++')).toBe('c-c++');
    expect(termKey('a?b#c%d')).toBe('a-b-c-d');
  });

  test('no leading, trailing or doubled hyphen', () => {
    expect(termKey('/ai/')).toBe('ai');
    expect(termKey('a / b')).toBe('a-b');
    expect(termKey('-x-')).toBe('x');
  });

  test('dots inside a term are kept', () => {
    expect(termKey('Node.js')).toBe('node.js');
  });

  test('"." and ".." (and other dot-only terms) become full-width dots, which a URL keeps as a segment', () => {
    expect(termKey('.')).toBe('．');
    expect(termKey('..')).toBe('．．');
    expect(termKey('...')).toBe('．．．');
    for (const term of ['.', '..', '...']) expect(['.', '..']).not.toContain(termKey(term));
  });

  test('a term made only of separators has an empty key', () => {
    expect(termKey('/')).toBe('');
    expect(termKey('?#')).toBe('');
  });

  test('one key however often it is computed (the converter is built once)', () => {
    expect(termKey('開源')).toBe(termKey('開源'));
  });
});

describe('termList: taxonomy values as Hugo allows them', () => {
  test('one string is a list of one', () => {
    expect(termList('單一標籤')).toEqual(['單一標籤']);
  });

  test('a list, items trimmed, empties dropped', () => {
    expect(termList([' 開源 ', 'AI', '', '  '])).toEqual(['開源', 'AI']);
  });

  test('numbers become text, in a list or alone', () => {
    expect(termList(['Windows', 7688])).toEqual(['Windows', '7688']);
    expect(termList(2024)).toEqual(['2024']);
  });

  test('null, undefined and an empty string are no terms', () => {
    expect(termList(null)).toEqual([]);
    expect(termList(undefined)).toEqual([]);
    expect(termList('')).toEqual([]);
    expect(termList('   ')).toEqual([]);
  });

  test('an empty item in a YAML list (tags: [a, ~] or "- ") is no term, not a tag named "null"', () => {
    expect(termList(['a', null])).toEqual(['a']);
    expect(termList([null, undefined])).toEqual([]);
  });
});
