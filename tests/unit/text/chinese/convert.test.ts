import { describe, expect, test } from 'vitest';
import { converterFrom, convertHtml, detectScript, vocabularyChanges } from '@/lib/text/chinese/convert';

const fromTaiwan = converterFrom({ script: 'zh-Hant', region: 'tw' });
const fromHongKong = converterFrom({ script: 'zh-Hant', region: 'hk' });
const fromMainland = converterFrom({ script: 'zh-Hans', region: 'cn' });

describe('scripts of articles', () => {
  test('detection counts the characters only one script uses', () => {
    expect(detectScript('蔡崇信复盘阿里AI:“早”做,不等于领先').script).toBe('zh-Hans');
    expect(detectScript('開源不只是技術選擇，更是主權宣言').script).toBe('zh-Hant');
    expect(detectScript('Core Insights only').script).toBe('zh-Hant');
  });

  test('detection counts each character once, however often it is written', () => {
    expect(detectScript('这这这這').script).toBe('zh-Hant'); // one each: a tie
    expect(detectScript('这个這').script).toBe('zh-Hans');
  });

  test('detection reads past kana, full-width signs and characters outside the basic plane', () => {
    expect(detectScript('𠮷野家のメニュー：牛丼、豚丼（这里写的是简体）').script).toBe('zh-Hans');
    expect(detectScript('𠮷野家のメニュー：牛丼、豚丼（這裡寫的是繁體）').script).toBe('zh-Hant');
  });
});

describe('conversion', () => {
  test('characters come from OpenCC with the regional forms of the source', () => {
    expect(fromTaiwan('開源模型讓各國主張主權')).toBe('开源模型让各国主张主权');
    expect(fromHongKong('阿里蔡崇信：AI競賽聚焦商業化')).toBe('阿里蔡崇信：AI竞赛聚焦商业化');
    expect(fromMainland('阿里巴巴联合创始人')).toBe('阿里巴巴聯合創始人');
  });

  test('the vocabulary brings regional words, both ways', () => {
    expect(fromTaiwan('輝達在杜拜的伺服器、記憶體與軟體')).toBe('英伟达在迪拜的服务器、内存与软件');
    expect(fromMainland('英伟达在迪拜的服务器与软件')).toBe('輝達在杜拜的伺服器與軟體');
    expect(fromTaiwan('這段程式碼的預設值存在資料庫')).toBe('这段代码的默认值存在数据库');
    expect(fromMainland('这段代码的默认值存在数据库')).toBe('這段程式碼的預設值存在資料庫');
  });

  test('one-way pairs apply in their direction only', () => {
    expect(fromMainland('一段视频')).toBe('一段影片');
    expect(fromTaiwan('一部影片')).toBe('一部影片');
  });

  test('the vocabulary mends OpenCC quirks measured on the seeds', () => {
    expect(fromMainland('拥有云端基础设施')).toBe('擁有雲端基礎設施');
    expect(fromMainland('折合较港低')).toBe('折合較港低');
  });

  test("OpenCC's phrase configs are not used: their wrong terms do not appear", () => {
    expect(fromTaiwan('執行主席')).toBe('执行主席');
    // twp wrote 萬億引數 and 開原始碼 here
    expect(fromMainland('万亿参数的开源代码')).toBe('兆參數的開源程式碼');
  });

  test('the longest phrase wins, matched in the source text', () => {
    expect(fromTaiwan('資料中心的資料')).toBe('数据中心的资料');
    expect(fromTaiwan('應用程式介面')).toBe('应用程序接口');
  });

  test('a replacement already spelled out in the source is not lengthened', () => {
    expect(fromTaiwan('厄瓜多與厄瓜多爾')).toBe('厄瓜多尔与厄瓜多尔');
  });

  test('Traditional phrases match in their variant spellings (臺/台, 裡/裏)', () => {
    expect(fromTaiwan('臺積電')).toBe('台积电');
    expect(fromHongKong('網絡上的伺服器')).toBe('网络上的服务器');
  });

  test('converters are built once per source', () => {
    expect(converterFrom({ script: 'zh-Hant', region: 'tw' })).toBe(fromTaiwan);
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

  test('review mode marks each vocabulary change; plain mode is unchanged', () => {
    const html = '<p>這段程式碼在<em>伺服器</em>上，<code>程式碼</code></p>';
    expect(convertHtml(html, fromTaiwan)).toBe('<p>这段代码在<em>服务器</em>上，<code>程式碼</code></p>');
    expect(convertHtml(html, fromTaiwan, { review: true })).toBe(
      '<p>这段<mark data-vocabulary="程式碼→代码" data-vocabulary-source="site">代码</mark>在<em><mark data-vocabulary="伺服器→服务器" data-vocabulary-source="site">服务器</mark></em>上，<code>程式碼</code></p>',
    );
  });

  test('review mode marks protected words only where they differ from character conversion', () => {
    expect(convertHtml('<p>台积电与周杰伦</p>', fromMainland, { review: true })).toBe(
      '<p><mark data-vocabulary="台积电→台積電" data-vocabulary-source="protected">台積電</mark>與周杰倫</p>',
    );
  });

  test('review mode needs a converter from converterFrom, and ignores a plain function', () => {
    expect(convertHtml('<p>程式碼</p>', (text) => text.toUpperCase(), { review: true })).toBe('<p>程式碼</p>');
  });

  test('the per-article list counts each change, body and texts', () => {
    const changes = vocabularyChanges(fromTaiwan, {
      html: '<p>程式碼、程式碼與<img alt="伺服器" src="/a.png"><code>軟體</code></p>',
      texts: ['軟體的程式碼'],
    });
    expect(changes).toEqual([
      { from: '程式碼', to: '代码', source: 'site', count: 3 },
      { from: '伺服器', to: '服务器', source: 'site', count: 1 },
      { from: '軟體', to: '软件', source: 'site', count: 1 },
    ]);
  });
});
