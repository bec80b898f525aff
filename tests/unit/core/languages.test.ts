import { describe, expect, test } from 'vitest';
import { localeFromAcceptLanguage } from '@/lib/core/i18n/negotiate';
import { LANG_VALUES, sourceScriptOfTag } from '@/lib/core/languages';
import { fromHtml } from 'hast-util-from-html';
import { inlineRuleProblemsInTree, splitInlineRules } from '@/lib/text/chinese/inline-rules';

describe('Chinese language tags', () => {
  test.each([
    ['zh-TW', 'zh-Hant', 'tw'],
    ['zh-hk', 'zh-Hant', 'hk'],
    ['zh-MO', 'zh-Hant', 'hk'],
    ['zh-Hant', 'zh-Hant', 'tw'],
    ['zh-Hant-HK', 'zh-Hant', 'hk'],
    ['zh_TW', 'zh-Hant', 'tw'],
    ['zh-CN', 'zh-Hans', 'cn'],
    ['zh-SG', 'zh-Hans', 'cn'],
    ['zh-MY', 'zh-Hans', 'cn'],
    ['zh-Hans', 'zh-Hans', 'cn'],
    ['zh-Hans-TW', 'zh-Hans', 'cn'],
    ['zh-Hant-CN', 'zh-Hant', 'tw'],
  ])('%s is %s with %s words', (tag, script, region) => {
    expect(sourceScriptOfTag(tag)).toEqual({ script, region });
  });

  test('a tag that names no script is not guessed', () => {
    for (const tag of ['en', 'ja-JP', 'zh', 'zh-yue', '']) expect(sourceScriptOfTag(tag)).toBeUndefined();
  });

  test('every tag the checker suggests is one we read', () => {
    for (const tag of LANG_VALUES) expect(sourceScriptOfTag(tag)).toBeDefined();
  });

  // The three readers of a tag (an article's lang, an inline rule's variant key, the reader's browser) once had
  // three tables that disagreed on zh-MY: they now agree on every tag.
  test.each(LANG_VALUES)('%s means the same script to an article, an inline rule and a reader', (tag) => {
    const { script } = sourceScriptOfTag(tag)!;
    expect(localeFromAcceptLanguage(tag)).toBe(script);
    const rule = `-{${tag}:形;${script === 'zh-Hant' ? 'zh-hans' : 'zh-hant'}:另}-`;
    expect(inlineRuleProblemsInTree(fromHtml(`<p>${rule}</p>`, { fragment: true }))).toEqual([]);
    const [piece] = splitInlineRules(rule);
    expect(piece).toMatchObject({ kind: 'rule', rule: { kind: 'variants', [script === 'zh-Hant' ? 'hant' : 'hans']: '形' } });
  });
});
