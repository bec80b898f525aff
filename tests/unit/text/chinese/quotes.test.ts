import { describe, expect, test } from 'vitest';
import { quotationsOf, regionalQuotes } from '@/lib/text/chinese/quotes';

const hant = (text: string) => regionalQuotes(text, 'zh-Hant');
const hans = (text: string) => regionalQuotes(text, 'zh-Hans');

describe('quotation marks follow the page: 「」『』 on Traditional pages, “”‘’ on Simplified ones', () => {
  test('the mainland’s marks on a Traditional page, and back (tongwentang#35, OpenCC#1277)', () => {
    expect(hant('他問：“兒子呢？”')).toBe('他問：「兒子呢？」');
    expect(hans('他问：「儿子呢？」')).toBe('他问：“儿子呢？”');
  });

  test('a page in its own script keeps marks already in its forms', () => {
    expect(hant('開源 AI 讓各國「主張主權」')).toBe('開源 AI 讓各國「主張主權」');
    expect(hans('你为什么选择了这位“有点疯狂”的人？')).toBe('你为什么选择了这位“有点疯狂”的人？');
  });

  test('nesting: 『』 inside 「」 is ‘’ inside “”', () => {
    expect(hans('他說：「她說『好』了。」')).toBe('他說：“她說‘好’了。”');
    expect(hant('他说：“她说‘好’了。”')).toBe('他说：「她说『好』了。」');
  });

  test('a third level goes back to the first marks, a fourth to the second (OpenCC#654, its tracker’s comment)', () => {
    expect(hant('“一‘二“三‘四’三”二’一”')).toBe('「一『二「三『四』三」二』一」');
    expect(hans('「一『二「三『四』三」二』一」')).toBe('“一‘二“三‘四’三”二’一”');
  });

  test('depth decides the marks, not the marks the writer chose', () => {
    expect(hant('「外「內」外」')).toBe('「外『內』外」');
    expect(hans('“外“內”外”')).toBe('“外‘內’外”');
    expect(hant('『只有一層』')).toBe('「只有一層」');
  });

  test('sibling quotations stay at the same level', () => {
    expect(hans('「開源」，還是「封閉」？')).toBe('“開源”，還是“封閉”？');
  });
});

describe('apostrophes are not quotation marks (OpenCC’s inline table turns ’ into 』: tongwentang#49, New-Tongwentang-for-Chrome#6)', () => {
  test.each(['Alibaba’s Chairman', 'don’t, it’s, can’t', "don't, it's, Alibaba's", 'the ’90s and rock ’n’ roll', "the '90s"])(
    '%s',
    (text) => {
      expect(hant(text)).toBe(text);
      expect(hans(text)).toBe(text);
    },
  );

  test('an apostrophe inside a quotation does not close it', () => {
    expect(hant('他說：‘Alibaba’s 模型’')).toBe('他說：「Alibaba’s 模型」');
    expect(hant('“他說‘Alibaba’s 模型’”')).toBe('「他說『Alibaba’s 模型』」');
  });
});

describe('straight quotes in Chinese text (OpenCC#312: they cannot be told apart one character at a time)', () => {
  test('paired by position, then given the page’s marks', () => {
    expect(hant('他說"你好"，她說"再見"。')).toBe('他說「你好」，她說「再見」。');
    expect(hans('他說"你好"，她說"再見"。')).toBe('他說“你好”，她說“再見”。');
  });

  test("single straight quotes nest inside double ones (JoliTypo#69: the inner closing ' is no apostrophe)", () => {
    expect(hant(`他說"這個'魔法'很好"`)).toBe('他說「這個『魔法』很好」');
    expect(hans(`他說"這個'魔法'很好"`)).toBe('他說“這個‘魔法’很好”');
  });

  test('a straight quote that pairs with nothing is left: an inch mark', () => {
    expect(hant('一台 12" 的螢幕')).toBe('一台 12" 的螢幕');
  });
});

describe('English quotations', () => {
  test('Latin text of several words keeps its own marks, even on a Traditional page', () => {
    expect(hant('他的座右銘是 “Move fast and break things”。')).toBe('他的座右銘是 “Move fast and break things”。');
    expect(hant('他說 "Move fast and break things"。')).toBe('他說 "Move fast and break things"。');
  });

  test('written in corner brackets, it keeps them on Traditional pages and takes curly ones on Simplified pages', () => {
    expect(hant('2 月場次「Where Is AI Heading?」。')).toBe('2 月場次「Where Is AI Heading?」。');
    expect(hans('2 月場次「Where Is AI Heading?」。')).toBe('2 月場次“Where Is AI Heading?”。');
  });

  test('a quotation inside an English quotation is English too', () => {
    expect(hant('“He said ‘move fast’ twice”')).toBe('“He said ‘move fast’ twice”');
  });

  test('one quoted word or name in Chinese text is a Chinese quotation of a term', () => {
    expect(hant('能不能谈一谈这两种“Joe”的关系？')).toBe('能不能谈一谈这两种「Joe」的关系？');
    expect(hant('他稱之為"GPT-4"。')).toBe('他稱之為「GPT-4」。');
    expect(hant('「他說『OK』」')).toBe('「他說『OK』」');
    expect(hant('“他说‘OK’”')).toBe('「他说『OK』」');
  });

  test('one quoted word in English text is left', () => {
    expect(hant('the “best” model')).toBe('the “best” model');
  });

  test('quotations are reported as English or not', () => {
    expect(
      quotationsOf('他說「Where Is AI Heading?」和「開源」', 'zh-Hans').map(({ english, marks }) => [english, marks.join('')]),
    ).toEqual([
      [true, '“”'],
      [false, '“”'],
    ]);
  });
});

describe('unbalanced marks are left as written', () => {
  test.each(['「開頭沒有結尾', '結尾沒有開頭」', '“混用」的引號', '「左右顛倒「', '」顛倒「'])('%s', (text) => {
    expect(hant(text)).toBe(text);
    expect(hans(text)).toBe(text);
  });

  test('a closing mark pairs with its opener, and an opener left open inside it stays as written', () => {
    expect(hans('「甲『乙」丙')).toBe('“甲『乙”丙');
  });

  test('one unpaired mark does not stop the others from pairing', () => {
    expect(hans('「甲」乙」丙「丁」')).toBe('“甲”乙」丙“丁”');
  });
});

describe('addresses', () => {
  test('quote marks inside a web address in the text are part of it', () => {
    expect(hant(`見 https://example.com/wiki/'開源'_AI 一文`)).toBe(`見 https://example.com/wiki/'開源'_AI 一文`);
    expect(hant(`見 www.example.com/a‘b’c 一文`)).toBe(`見 www.example.com/a‘b’c 一文`);
  });

  test('an address in quotation marks is quoted: a double quote cannot be part of one (it is written %22)', () => {
    expect(hant('網址是"https://example.com/"。')).toBe('網址是「https://example.com/」。');
  });
});

describe('round trips', () => {
  test.each(['他說：「她說『好』了。」然後「走了」。', '「一『二「三『四』三」二』一」', '2 月場次「Where Is AI Heading?」，還有「開源」'])(
    'Traditional → Simplified → Traditional returns %s',
    (text) => {
      expect(hant(hans(text))).toBe(text.replace('「Where Is AI Heading?」', '“Where Is AI Heading?”'));
    },
  );

  test('converting twice changes nothing more', () => {
    const text = '他说：“她说‘好’了。” “Move fast and break things” don’t';
    expect(hant(hant(text))).toBe(hant(text));
    expect(hans(hans(text))).toBe(hans(text));
  });
});
