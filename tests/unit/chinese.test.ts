import { describe, expect, test } from 'vitest';
import { converterFrom, convertHtml, detectScript, glossaryReplacer, scriptFromLang } from '@/lib/chinese/convert';
import type { GlossaryPair } from '@/lib/chinese/glossary';

const fromTaiwan = converterFrom({ script: 'zh-Hant', region: 'tw' });
const fromHongKong = converterFrom({ script: 'zh-Hant', region: 'hk' });
const fromMainland = converterFrom({ script: 'zh-Hans', region: 'cn' });

describe('scripts of articles', () => {
  test.each([
    ['zh-TW', 'zh-Hant', 'tw'],
    ['zh-hk', 'zh-Hant', 'hk'],
    ['zh-MO', 'zh-Hant', 'hk'],
    ['zh-Hant', 'zh-Hant', 'tw'],
    ['zh-CN', 'zh-Hans', 'cn'],
    ['zh-SG', 'zh-Hans', 'cn'],
    ['zh-Hans', 'zh-Hans', 'cn'],
  ])('lang %s is %s read as %s', (lang, script, region) => {
    expect(scriptFromLang(lang)).toEqual({ script, region });
  });

  test('an unknown lang is not guessed', () => {
    expect(scriptFromLang('en')).toBeUndefined();
  });

  test('detection counts the characters only one script uses', () => {
    expect(detectScript('蔡崇信复盘阿里AI:“早”做,不等于领先').script).toBe('zh-Hans');
    expect(detectScript('開源不只是技術選擇，更是主權宣言').script).toBe('zh-Hant');
    expect(detectScript('Core Insights only').script).toBe('zh-Hant');
  });
});

describe('conversion', () => {
  test('characters come from OpenCC with the regional forms of the source', () => {
    expect(fromTaiwan('開源模型讓各國主張主權')).toBe('开源模型让各国主张主权');
    expect(fromHongKong('阿里蔡崇信：AI競賽聚焦商業化')).toBe('阿里蔡崇信：AI竞赛聚焦商业化');
    expect(fromMainland('阿里巴巴联合创始人')).toBe('阿里巴巴聯合創始人');
  });

  test('the glossary brings regional vocabulary, both ways', () => {
    expect(fromTaiwan('輝達在杜拜的伺服器、記憶體與軟體')).toBe('英伟达在迪拜的服务器、内存与软件');
    expect(fromMainland('英伟达在迪拜的服务器、内存与软件')).toBe('輝達在杜拜的伺服器、記憶體與軟體');
  });

  test('one-way pairs apply in their direction only', () => {
    expect(fromMainland('一段视频')).toBe('一段影片');
    expect(fromTaiwan('一部影片')).toBe('一部影片');
  });

  test('the glossary mends OpenCC quirks measured on the seeds', () => {
    expect(fromMainland('拥有云端基础设施')).toBe('擁有雲端基礎設施');
    expect(fromMainland('折合较港低')).toBe('折合較港低');
  });

  test('OpenCC phrase configs are not used: vocabulary stays as written', () => {
    expect(fromTaiwan('執行主席')).toBe('执行主席');
    expect(fromMainland('万亿参数的开源代码')).toBe('萬億參數的開源代碼');
  });

  test('glossary keys are matched after OpenCC, longest first', () => {
    const pairs: GlossaryPair[] = [
      { hant: '資料', hans: '资料' },
      { hant: '資料中心', hans: '数据中心' },
    ];
    const replace = glossaryReplacer(pairs, 'toHans', (text) => text.replace(/資/g, '资'));
    expect(replace('资料中心的资料')).toBe('数据中心的资料');
  });
});

describe('convertHtml', () => {
  test('converts prose, alt and title; never URLs, code or other attributes', () => {
    const html =
      '<p title="記憶體">記憶體<code>記憶體</code> <a href="/wiki/臺灣" data-x="臺灣">臺灣</a><img alt="圖片" src="/圖.png"></p><pre><code>軟體</code></pre><span translate="no">臺灣</span>';
    expect(convertHtml(html, fromTaiwan)).toBe(
      '<p title="内存">内存<code>記憶體</code> <a href="/wiki/臺灣" data-x="臺灣">台湾</a><img alt="图片" src="/圖.png"></p><pre><code>軟體</code></pre><span translate="no">臺灣</span>',
    );
  });
});
