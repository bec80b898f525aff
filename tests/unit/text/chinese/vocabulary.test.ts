import { describe, expect, test } from 'vitest';
import { converterFrom, convertHtml, vocabularyEntries } from '@/lib/text/chinese/convert';
import { MAINLAND_SIMPLIFIED, TAIWAN_TRADITIONAL } from '@/lib/core/languages';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadVocabulary, siteGlossary, type GlossaryPair } from '@/lib/text/chinese/glossary';
import { PhraseTrie, replaceVocabulary } from '@/lib/text/chinese/matcher';
import { fromHtml } from 'hast-util-from-html';
import { inlineRenderer, inlineRuleProblemsInTree, renderInlineRules } from '@/lib/text/chinese/inline-rules';
import {
  checkTerm,
  checkTrap,
  DIRECTIONS,
  loadTermSet,
  loadTraps,
  measureTermSet,
  type Direction,
  type TermSet,
  type TermSetName,
} from '../../../fixtures/vocabulary/measure';

/** Every term of a set stands in its sentence, and every source it names is listed. */
function expectTermsInSentences(set: TermSet): void {
  for (const direction of DIRECTIONS) {
    for (const term of set[direction]) {
      expect(set.sources, `${direction} ${term.term}`).toHaveProperty(term.source);
      expect(term.text, `${direction} ${term.term}`).toContain(term.term);
    }
  }
}

/** The sources a set lists that none of its terms cites. */
function unusedSources(set: TermSet): string[] {
  const used = new Set(DIRECTIONS.flatMap((direction) => set[direction].map((term) => term.source)));
  return Object.keys(set.sources).filter((source) => !used.has(source));
}

/** The sites a set cites that other sets cite too. */
function sharedSites(set: TermSet, others: TermSetName[]): string[] {
  const site = (text: string) => [...text.matchAll(/https?:\/\/(?:www\.|m\.)?([^/\s"]+)/g)].map((match) => match[1]);
  const cited = new Set(others.flatMap((name) => Object.values(loadTermSet(name).sources).flatMap(site)));
  return Object.values(set.sources)
    .flatMap(site)
    .filter((host) => cited.has(host));
}

/** A direction's share of right terms is at least its floor; the misses are the message. */
function expectAtFloor(results: ReturnType<typeof measureTermSet>, direction: Direction, floor: number): void {
  const own = results.filter((result) => result.direction === direction);
  const share = own.filter((result) => result.right).length / own.length;
  const misses = own.filter((result) => !result.right).map((result) => `${result.term}: ${result.output}`);
  expect(share, misses.join('\n')).toBeGreaterThanOrEqual(floor);
}

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
    '陣列', // also an antenna or sensor array
    '卡達', // straddles 刷卡 + 達到
  ],
  'cn>tw': [
    '数组', // straddles 参数 + 组合
  ],
  'hk>cn': [],
};

describe('the test set (tests/fixtures/vocabulary/terms.yaml)', () => {
  const set = loadTermSet();

  test('it is large enough, in every direction, and every term names a source that is listed', () => {
    expect(set['tw>cn'].length + set['cn>tw'].length).toBeGreaterThanOrEqual(150);
    expect(set['hk>cn'].length).toBeGreaterThanOrEqual(20);
    expectTermsInSentences(set);
  });

  test.each(DIRECTIONS)("%s: at least 95%% of the terms come out in the reader's words, and the misses are the known ones", (direction) => {
    const results = set[direction].map((term) => checkTerm(direction, term));
    const misses = results.filter((result) => !result.right);
    expect(misses.map((miss) => miss.term)).toEqual(KNOWN_MISSES[direction]);
    expect(results.filter((result) => result.right).length / results.length).toBeGreaterThanOrEqual(0.95);
  });
});

/**
 * The independent test set (tests/fixtures/vocabulary/independent.yaml): terms from material the vocabulary was
 * not grown from. Each floor is the share measured with `npx tsx tests/bench/vocabulary.ts` when the vocabulary
 * last changed, rounded down to the per mille: raise it with the vocabulary, never lower it to let a change through.
 */
const INDEPENDENT_FLOORS: Record<Direction, number> = {
  // measured: 27.8% at 0224960; 54.8% once the vocabulary grew from the CGroups' other half and other lists,
  // before looking at this set's misses; 82.3% after adding the misses that other sources also give; 92.7% once
  // the list grew from this set's CGroup half (so no longer independent); 89.1% with the GNOME cases rewritten
  // as our own sentences (same term pairs); 93.1% with vocab3's context words.
  'tw>cn': 0.931, // 231 / 248
  'cn>tw': 0.921, // 177 / 192 (27.6%, 59.9%, 84.9%, 93.8%, 87.5%)
  'hk>cn': 0.98, // 49 / 50 (32.0%, 40.0%, 66.0%, 98.0%)
};

describe('the independent test set (tests/fixtures/vocabulary/independent.yaml)', () => {
  const set = loadTermSet('independent');
  const results = measureTermSet('independent');

  test('it is large enough, every term is in its sentence, and every source is listed', () => {
    expect(DIRECTIONS.reduce((sum, direction) => sum + set[direction].length, 0)).toBeGreaterThanOrEqual(300);
    expect(set['hk>cn'].length).toBeGreaterThanOrEqual(40);
    expectTermsInSentences(set);
  });

  test.each(DIRECTIONS)("%s: at least the measured share comes out in the reader's words", (direction) => {
    expectAtFloor(results, direction, INDEPENDENT_FLOORS[direction]);
  });
});

/**
 * The unseen test set (tests/fixtures/vocabulary/unseen.yaml): terms in sentences written after real pages the
 * vocabulary was never grown from, measured blind (before any entry was made for its misses) and then after the
 * misses that a second source confirms. Floors as for the independent set: the measured share, rounded down.
 */
const UNSEEN_FLOORS: Record<Direction, number> = {
  // measured: 78.9% at ff95017; 81.7% blind, after the CGroups' held-out half and the Hong Kong lists; 93.5% with
  // vocab3's context words, 94.4% with its last entries (this set's misses were in view: no longer blind).
  'tw>cn': 0.944, // 103 / 109
  'cn>tw': 0.963, // 105 / 109 (68.8% at ff95017, 70.6% blind, 77.1% at vocab2)
  'hk>cn': 0.973, // 74 / 76 (57.9% at ff95017, 77.6% blind and at vocab2)
};

describe('the unseen test set (tests/fixtures/vocabulary/unseen.yaml)', () => {
  const set = loadTermSet('unseen');
  const results = measureTermSet('unseen');

  test('it is large enough, every term is in its sentence, and every source is listed and used', () => {
    expect(DIRECTIONS.reduce((sum, direction) => sum + set[direction].length, 0)).toBeGreaterThanOrEqual(250);
    expect(set['hk>cn'].length).toBeGreaterThanOrEqual(60);
    expectTermsInSentences(set);
    expect(unusedSources(set)).toEqual([]);
  });

  test.each(DIRECTIONS)("%s: at least the measured share comes out in the reader's words", (direction) => {
    expectAtFloor(results, direction, UNSEEN_FLOORS[direction]);
  });
});

/**
 * The second unseen test set (tests/fixtures/vocabulary/unseen-2.yaml): terms in sentences written after real pages
 * of sites no other set cites, measured blind (at vocab2's list, before any entry was made for it). Floors as for
 * the other sets: the measured share, rounded down.
 */
const UNSEEN_2_FLOORS: Record<Direction, number> = {
  // measured: blind at 1ef9a3e (74.8%, 65.5%, 72.3%); then with vocab3's context words, grown from other sources
  // but with this set's blind misses in view (so no longer blind).
  'tw>cn': 0.965, // 111 / 115
  'cn>tw': 0.939, // 139 / 148 (vocab4's telecom words; 137 at vocab3)
  'hk>cn': 0.907, // 59 / 65
};

describe('the second unseen test set (tests/fixtures/vocabulary/unseen-2.yaml)', () => {
  const set = loadTermSet('unseen-2');
  const results = measureTermSet('unseen-2');

  test('it is large enough, at least 40% mainland to Taiwan, every term is in its sentence, and every source is listed and used', () => {
    const total = DIRECTIONS.reduce((sum, direction) => sum + set[direction].length, 0);
    expect(total).toBeGreaterThanOrEqual(250);
    expect(set['cn>tw'].length / total).toBeGreaterThanOrEqual(0.4);
    expectTermsInSentences(set);
    expect(unusedSources(set)).toEqual([]);
  });

  test('it cites no site that the other sets cite', () => {
    expect(sharedSites(set, ['terms', 'independent', 'unseen'])).toEqual([]);
  });

  test.each(DIRECTIONS)("%s: at least the measured share comes out in the reader's words", (direction) => {
    expectAtFloor(results, direction, UNSEEN_2_FLOORS[direction]);
  });
});

/**
 * The third unseen test set (tests/fixtures/vocabulary/unseen-3.yaml): terms in sentences written after real pages
 * of sites no other set cites, weighted to AI-industry news and everyday computing, measured blind at vocab3's
 * list (6f23ba4). Floors as for the other sets: the measured share, rounded down.
 */
const UNSEEN_3_FLOORS: Record<Direction, number> = {
  // measured: blind at 6f23ba4 (74.0%, 79.3%, 64.6%); then with vocab4's words, grown from other sources but
  // with this set's blind misses in view (so no longer blind).
  'tw>cn': 0.931, // 68 / 73
  'cn>tw': 0.951, // 78 / 82
  'hk>cn': 0.895, // 43 / 48
};

describe('the third unseen test set (tests/fixtures/vocabulary/unseen-3.yaml)', () => {
  const set = loadTermSet('unseen-3');
  const results = measureTermSet('unseen-3');

  test('it is large enough, at least 40% mainland to Taiwan, every term is in its sentence, and every source is listed and used', () => {
    const total = DIRECTIONS.reduce((sum, direction) => sum + set[direction].length, 0);
    expect(total).toBeGreaterThanOrEqual(200);
    expect(set['hk>cn'].length).toBeGreaterThanOrEqual(40);
    expect(set['cn>tw'].length / total).toBeGreaterThanOrEqual(0.4);
    expectTermsInSentences(set);
    expect(unusedSources(set)).toEqual([]);
  });

  test('it cites no site that the other sets cite', () => {
    expect(sharedSites(set, ['terms', 'independent', 'unseen', 'unseen-2'])).toEqual([]);
  });

  test.each(DIRECTIONS)("%s: at least the measured share comes out in the reader's words", (direction) => {
    expectAtFloor(results, direction, UNSEEN_3_FLOORS[direction]);
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

describe('neighbour rules (preceded, followed, notPreceded, notFollowed)', () => {
  const fromMainlandWith = (pairs: GlossaryPair[]) => converterFrom(MAINLAND_SIMPLIFIED, pairs);
  const menu: GlossaryPair = { hant: '選單', hans: '菜单', only: 'toHant', preceded: ['点击', '右键'], followed: ['项'] };

  test('a rule applies next to one of its neighbours, on either side, and nowhere else', () => {
    const convert = fromMainlandWith([menu]);
    expect(convert('点击菜单')).toBe('點選選單');
    expect(convert('菜单项')).toBe('選單項');
    expect(convert('右键菜单里')).toBe('右鍵選單裡');
    expect(convert('餐厅的菜单换了')).toBe('餐廳的菜單換了');
    expect(convert('菜单')).toBe('菜單');
  });

  test('spaces between the word and a neighbour are skipped', () => {
    const convert = fromMainlandWith([{ hant: '支援', hans: '支持', only: 'toHant', followed: ['5G', 'Wi-Fi'] }]);
    expect(convert('支持 5G 与 Wi-Fi 6')).toBe('支援 5G 與 Wi-Fi 6');
    expect(convert('支持Wi-Fi')).toBe('支援Wi-Fi');
    expect(convert('我支持你')).toBe('我支持你');
  });

  test('notPreceded and notFollowed veto a rule, with or without other neighbours', () => {
    const convert = converterFrom(TAIWAN_TRADITIONAL, [
      { hant: '透過', hans: '通过', only: 'toHans', notFollowed: ['窗', '玻璃'], notPreceded: ['光線'] },
    ]);
    expect(convert('透過手機付款')).toBe('通过手机付款');
    expect(convert('陽光透過窗戶')).toBe('阳光透过窗户');
    expect(convert('光線透過 玻璃')).toBe('光线透过 玻璃');
  });

  test('sentence applies where one of its words is anywhere in the same sentence; notSentence vetoes', () => {
    const convert = fromMainlandWith([{ hant: '檔案', hans: '文件', only: 'toHant', sentence: ['电脑', '文件夹'], notSentence: ['法院'] }]);
    expect(convert('把这个文件拖到桌面上的文件夹里')).toBe('把這個檔案拖到桌面上的資料夾裡');
    expect(convert('电脑里的重要文件要备份')).toBe('電腦裡的重要檔案要備份');
    expect(convert('电脑坏了。这份文件请签字')).toBe('電腦壞了。這份文件請簽字');
    expect(convert('这份文件请签字，电脑\n文件')).toBe('這份檔案請簽字，電腦\n文件');
    expect(convert('法院把电脑里的文件作为证据')).toBe('法院把電腦裡的文件作為證據');
    expect(convert('文件')).toBe('文件');
  });

  test("neighbours are written in either script and found in the article's, in every variant spelling", () => {
    const convert = converterFrom(TAIWAN_TRADITIONAL, [{ hant: '甲乙', hans: '丙丁', preceded: ['点击'], followed: ['裡'] }]);
    expect(convert('點擊甲乙')).toBe('点击丙丁');
    expect(convert('甲乙裏')).toBe('丙丁里');
    expect(convert('甲乙')).toBe('甲乙');
    expect(fromMainlandWith([{ hant: '甲乙', hans: '丙丁', preceded: ['點擊'] }])('点击丙丁')).toBe('點選甲乙');
  });

  test('a rule that applies wins over the plain pair of its word; one that does not leaves it, and shorter phrases, to match', () => {
    const convert = fromMainlandWith([
      { hant: '丁', hans: '丙', only: 'toHant', preceded: ['5'] },
      { hant: '戊', hans: '丙', only: 'toHant' },
      { hant: '己庚', hans: '丙丙', only: 'toHant', preceded: ['0'] },
    ]);
    expect(convert('5 丙')).toBe('5 丁');
    expect(convert('丙')).toBe('戊');
    expect(convert('0丙丙')).toBe('0己庚');
    expect(convert('1丙丙')).toBe('1戊戊');
  });

  test('a protected word wins over a rule for the same phrase', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vocabulary-'));
    writeFileSync(path.join(dir, 'a.yaml'), '- { hant: 選單, hans: 菜单, only: toHant, preceded: [点击] }\n');
    writeFileSync(path.join(dir, 'protected.yaml'), '- { hant: 菜單, hans: 菜单 }\n');
    const entries = vocabularyEntries(loadVocabulary(dir), MAINLAND_SIMPLIFIED, 'site');
    const trie = new PhraseTrie();
    for (const entry of entries) trie.add(entry);
    expect(replaceVocabulary('点击菜单', [trie], (text) => text)).toBe('点击菜單');
  });

  test('the review view marks a rule like any other replacement', () => {
    expect(fromMainlandWith([menu]).pieces('点击菜单')).toEqual([
      { from: '点击', to: '點選', source: 'site' },
      { from: '菜单', to: '選單', source: 'article' },
    ]);
  });
});

describe('neighbour rules of the site vocabulary', () => {
  test("菜单 is a menu of an interface after 点击 or before 栏, a restaurant's elsewhere", () => {
    expect(fromMainland('点击右键菜单')).toBe('點選右鍵選單');
    expect(fromMainland('打开当前文件夹菜单')).toContain('選單');
    expect(fromMainland('餐厅的菜单')).toBe('餐廳的菜單');
  });

  test('米 is a metre after a number, rice elsewhere; 公尺 is always a metre', () => {
    expect(fromMainland('距离地铁站 300 米')).toBe('距離地鐵站 300 公尺');
    expect(fromMainland('三米长')).toBe('三公尺長');
    expect(fromMainland('大米和玉米')).toBe('大米和玉米');
    expect(fromTaiwan('約 50 公尺')).toBe('约 50 米');
  });

  test('帳 is an account (账) except in a tent or a net; 账 is always 帳 in Taiwan', () => {
    expect(fromTaiwan('轉帳到銀行帳戶，帳號與帳單')).toBe('转账到银行账户，账号与账单');
    expect(fromTaiwan('搭帳篷、掛蚊帳')).toBe('搭帐篷、挂蚊帐');
    expect(fromMainland('转账到银行账户')).toBe('轉帳到銀行帳戶');
  });

  test('支持 and 设置 take the technical word only next to technical words', () => {
    expect(fromMainland('这款手机支持 5G 和无线充电')).toBe('這款手機支援 5G 和無線充電');
    expect(fromMainland('我支持你')).toBe('我支持你');
    expect(fromMainland('在手机设置中关闭定位')).toBe('在手機設定中關閉定位');
    expect(fromMainland('政府设置了检查站')).toBe('政府設置了檢查站');
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

  test('an empty rule is text, like an unclosed one', () => {
    expect(renderInlineRules('a -{}- b -{ }- c', 'zh-Hant')).toBe('a -{}- b -{ }- c');
  });

  test('problems are read in text nodes and alt/title, never in code, pre, math or translate="no"', () => {
    const tree = fromHtml(
      '<p>未知 -{zh-xx:甲;zh-hans:乙}-<code>-{zh-xx:不算}-</code></p><pre>-{zh-xx:不算}-</pre><math><mi>-{zh-xx:不算}-</mi></math>' +
        '<p translate="no">-{zh-xx:不算}-</p><img alt="-{zh-yy:圖}-" src="a.png">',
      { fragment: true },
    );
    expect(inlineRuleProblemsInTree(tree).map(({ source, severity }) => `${severity} ${source}`)).toEqual([
      'error -{zh-xx:甲;zh-hans:乙}-',
      'error -{zh-yy:圖}-',
    ]);
  });

  test('a rule split by markup is a warning: it is shown as written', () => {
    const problems = inlineRuleProblemsInTree(
      fromHtml('<p>標記 -{<strong>粗</strong>}- 與 <strong>-{整}-</strong></p>', { fragment: true }),
    );
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', source: '-{粗}-' })]);
    expect(problems[0].fix).toContain('**-{文字}-**');
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
