import { describe, expect, test } from 'vitest';
import { converterFrom, convertHtml, MAINLAND_SIMPLIFIED, TAIWAN_TRADITIONAL } from '@/lib/text/chinese/convert';
import { siteGlossary } from '@/lib/text/chinese/glossary';
import { inlineRenderer, inlineRuleProblems, renderInlineRules } from '@/lib/text/chinese/inline-rules';
import { checkTerm, checkTrap, DIRECTIONS, loadTermSet, loadTraps, type Direction } from '../../../fixtures/vocabulary/measure';

const fromTaiwan = converterFrom(TAIWAN_TRADITIONAL);
const fromHongKong = converterFrom({ script: 'zh-Hant', region: 'hk' });
const fromMainland = converterFrom(MAINLAND_SIMPLIFIED);

/**
 * Terms of the test set the site does not convert, on purpose: each would need context a phrase list
 * cannot see, and a wrong replacement is worse than a missed one. Keep this list exact: a new miss, or
 * a miss that starts passing, fails the test until the list is updated (and the README's figure).
 */
const KNOWN_MISSES: Record<Direction, string[]> = {
  'tw>cn': [
    '快取', // 快取 straddles 很快 + 取得: compounds only (清除快取, 瀏覽器快取…)
    '陣列', // also an antenna or sensor array
    '封包', // straddles 一封 + 包含
    '模組', // also a hardware module, 模组 on the mainland too
    '元件', // also an electronic component (被動元件)
    '工作列', // straddles 工作 + 列出
    '卡達', // straddles 刷卡 + 達到
  ],
  'cn>tw': [
    '数组', // straddles 参数 + 组合
    '主板', // also a stock exchange's main board
    '激活', // also "stimulate" (激活市场)
    '日历', // also a paper calendar
    '模板', // also concrete formwork
  ],
  'hk>cn': [],
};

describe('the test set (tests/fixtures/vocabulary/terms.yaml)', () => {
  const set = loadTermSet();

  test('it is large enough, in every direction, and every term names a source that is listed', () => {
    expect(set['tw>cn'].length + set['cn>tw'].length).toBeGreaterThanOrEqual(150);
    expect(set['hk>cn'].length).toBeGreaterThanOrEqual(20);
    for (const direction of DIRECTIONS) {
      for (const term of set[direction]) {
        expect(set.sources, `${direction} ${term.term}`).toHaveProperty(term.source);
        expect(term.text, `${direction} ${term.term}`).toContain(term.term);
      }
    }
  });

  test.each(DIRECTIONS)("%s: at least 95%% of the terms come out in the reader's words, and the misses are the known ones", (direction) => {
    const results = set[direction].map((term) => checkTerm(direction, term));
    const misses = results.filter((result) => !result.right);
    expect(misses.map((miss) => miss.term)).toEqual(KNOWN_MISSES[direction]);
    expect(results.filter((result) => result.right).length / results.length).toBeGreaterThanOrEqual(0.95);
  });
});

describe('over-conversion traps (tests/fixtures/vocabulary/traps.yaml)', () => {
  const traps = loadTraps();
  for (const direction of DIRECTIONS) {
    test.each(traps[direction].map((trap) => [trap.text, trap] as const))(`${direction}: %s`, (_, trap) => {
      const result = checkTrap(direction, trap);
      expect(result.reason, `${result.output} (${trap.why})`).toBeUndefined();
    });
  }
});

describe('protected words (content/vocabulary/protected.yaml)', () => {
  const entries = siteGlossary().filter((pair) => pair.protect);

  test('the ones the issue names are there', () => {
    for (const hant of ['台積電', '周杰倫', '執行主席', '皇后', '著名']) expect(entries.map((entry) => entry.hant)).toContain(hant);
  });

  test.each(entries.map((entry) => [entry.hant, entry.hans, entry] as const))(
    '%s / %s comes out exactly as written',
    (hant, hans, entry) => {
      if (entry.only !== 'toHant') expect(fromTaiwan(`「${hant}」`)).toBe(`「${hans}」`);
      if (entry.only !== 'toHans') expect(fromMainland(`「${hans}」`)).toBe(`「${hant}」`);
    },
  );

  test('in sentences', () => {
    expect(fromMainland('台积电与周杰伦')).toBe('台積電與周杰倫');
    expect(fromTaiwan('大會執行主席宣布開會')).toBe('大会执行主席宣布开会');
    expect(fromMainland('著名的皇后乐队')).toBe('著名的皇后樂隊');
    expect(fromMainland('苏姿丰与余承东')).toBe('蘇姿丰與余承東');
    expect(fromTaiwan('一級方程式的程式')).toBe('一级方程式的程序');
  });
});

describe('one-way pairs and Hong Kong forms', () => {
  test('a one-way pair converts in its direction and leaves the other alone', () => {
    expect(fromMainland('上传视频')).toBe('上傳影片');
    expect(fromTaiwan('這部影片獲得金馬獎')).toBe('这部影片获得金马奖');
    expect(fromTaiwan('寫程式')).toBe('写程序');
    expect(fromMainland('法律程序')).toBe('法律程序');
  });

  test('Hong Kong articles are read in Hong Kong forms', () => {
    expect(fromHongKong('流動電話、上載相片、短訊與視像會議')).toBe('移动电话、上传相片、短信与视频会议');
    expect(fromHongKong('聯儲局減息，行政總裁表示服務質素將提升')).toBe('美联储减息，首席执行官表示服务质量将提升');
  });

  test('Hong Kong-only words are not read in Taiwan articles', () => {
    expect(fromTaiwan('上載')).toBe('上载');
    expect(fromTaiwan('私隱')).toBe('私隐');
  });

  test('a Hong Kong article written with a Taiwan word is still understood', () => {
    expect(fromHongKong('軟體與伺服器')).toBe('软件与服务器');
  });
});

describe('inline rules in article text', () => {
  test("the original shows no markers: -{X}- is X, a two-form rule its own script's form", () => {
    const text = '-{台積電}-在-{zh-hant:臺灣;zh-hans:台湾}-';
    expect(renderInlineRules(text, 'zh-Hant')).toBe('台積電在臺灣');
    expect(renderInlineRules(text, 'zh-Hans')).toBe('台積電在台湾');
    expect(renderInlineRules('沒有規則', 'zh-Hant')).toBe('沒有規則');
    expect(convertHtml('<p>用-{資料庫}-存<code>-{x}-</code></p>', inlineRenderer('zh-Hant'))).toBe('<p>用資料庫存<code>-{x}-</code></p>');
  });

  test('conversion keeps -{X}- as written in both scripts, untouched by OpenCC and the vocabulary', () => {
    expect(fromTaiwan('-{程式碼}-與程式碼')).toBe('程式碼与代码');
    expect(fromMainland('-{代码}-与代码')).toBe('代码與程式碼');
  });

  test("a two-form rule gives each script its own form; Wikipedia's zh-tw / zh-cn keys work too", () => {
    expect(fromTaiwan('-{zh-hant:臺灣;zh-hans:台湾}-')).toBe('台湾');
    expect(fromMainland('-{zh-hant:臺灣;zh-hans:台湾}-')).toBe('臺灣');
    expect(fromMainland('-{zh-cn:硅谷; zh-tw:矽谷 ;}-')).toBe('矽谷');
    expect(fromTaiwan('-{zh-hans:杜拜}-')).toBe('杜拜'); // a missing form falls back to the other one, converted
  });

  test('a rule inside one HTML text node works; markers are removed', () => {
    expect(convertHtml('<p>他的-{軟體}-與<strong>軟體</strong></p>', fromTaiwan)).toBe(
      '<p>他的<span lang="zh-Hant">軟體</span>与<strong>软件</strong></p>',
    );
  });

  test('an unclosed marker is left as text', () => {
    expect(fromTaiwan('-{軟體')).toBe('-{软件');
    expect(renderInlineRules('a -{b\nc}- d', 'zh-Hant')).toBe('a -{b\nc}- d');
  });

  test('the review view shows inline rules', () => {
    expect(fromTaiwan.pieces('用-{軟體}-')).toEqual(['用', { from: '-{軟體}-', to: '軟體', source: 'inline' }]);
  });

  test('malformed and unknown rules are reported with line and column', () => {
    const markdown = [
      '---',
      'title: "-{ignored"',
      '---',
      '正常 -{台積電}- 與 -{zh-hant:臺灣;zh-hans:台湾;}-',
      '沒有關閉 -{台積電',
      '未知 -{zh-xx:甲;zh-hans:乙}- 與 -{}-',
      '只有一種 -{zh-hans:台湾}-，兩個繁體 -{zh-tw:臺灣;zh-hk:台灣;zh-hans:台湾}-',
      '旗標 -{H|zh-hant:臺灣;zh-hans:台湾}- 與標記 -{**粗**}-',
      '程式碼 `-{不算` 不檢查',
      '```',
      '-{ 也不算',
      '```',
    ].join('\n');
    expect(inlineRuleProblems(markdown).map(({ line, column, message }) => `${line}:${column} ${message}`)).toEqual([
      '5:6 the rule "-{" is never closed with "}-" on this line',
      '6:4 "zh-xx" is not a variant key we know',
      '6:28 the rule -{}- is empty',
      '7:6 the rule gives no zh-hant form',
      '7:26 "zh-hk" and "zh-tw" both give the Traditional form',
      '8:4 Wikipedia\'s "H|" flag is not supported here',
      '8:36 the rule "-{**粗**}-" contains Markdown or HTML markup, which splits it',
    ]);
    expect(inlineRuleProblems(markdown)[0].fix).toContain('-{文字}-');
    expect(inlineRuleProblems('第二行\n-{x', 10)).toEqual([expect.objectContaining({ line: 11, column: 1 })]);
  });
});

describe("an article's own pairs (front-matter vocabulary)", () => {
  test('they override a site pair for the same word, for that article only', () => {
    const convert = converterFrom(TAIWAN_TRADITIONAL, [{ hant: '資料庫', hans: '资料库' }]);
    expect(convert('資料庫與伺服器')).toBe('资料库与服务器');
    expect(fromTaiwan('資料庫與伺服器')).toBe('数据库与服务器');
  });

  test('they add pairs; a longer site phrase still wins', () => {
    const convert = converterFrom(TAIWAN_TRADITIONAL, [
      { hant: '晶圓代工', hans: '芯片代工' },
      { hant: '資料', hans: '数据' },
    ]);
    expect(convert('晶圓代工的資料與資料庫')).toBe('芯片代工的数据与数据库');
  });

  test('they work the other way, and one-way pairs keep their direction', () => {
    const pairs = [
      { hant: '臺灣', hans: '台湾', only: 'toHans' as const },
      { hant: '雲端', hans: '云' },
    ];
    expect(converterFrom(MAINLAND_SIMPLIFIED, pairs)('台湾的云')).toBe('臺灣的雲端');
    expect(converterFrom(TAIWAN_TRADITIONAL, pairs)('臺灣的雲端')).toBe('台湾的云');
  });

  test("they are marked as the article's in the review view", () => {
    const convert = converterFrom(TAIWAN_TRADITIONAL, [{ hant: '資料', hans: '数据' }]);
    expect(convert.pieces('資料')).toEqual([{ from: '資料', to: '数据', source: 'article' }]);
  });

  test('an article with pairs gets its own converter; the shared one is unchanged', () => {
    const own = converterFrom(TAIWAN_TRADITIONAL, [{ hant: '資料', hans: '数据' }]);
    expect(own).not.toBe(fromTaiwan);
    expect(converterFrom(TAIWAN_TRADITIONAL, [])).toBe(fromTaiwan);
  });
});
