import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { AUTOSPACE_CLASSES } from '@/lib/text/chinese/typography';
import { baseUrl, fixtureBaseUrl, newPhoneContext, sharedBrowser } from './browser';

/**
 * Quotation marks and spacing as a reader sees them, in both scripts, on real article pages: the fixture
 * articles tests/fixtures/articles/typography-*.md (nesting, marks across links and emphasis, English
 * quotations, keep_quotes) and the seed articles.
 */
const browser = sharedBrowser();
let context: BrowserContext;
beforeAll(async () => {
  ({ context } = await newPhoneContext(browser()));
});

async function open(url: string): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto(url);
  expect(response?.status()).toBe(200);
  return page;
}

/** The paragraphs of the article's body, as the reader sees (and copies) them. */
const paragraphs = (page: Page) => page.locator('article .prose p').allInnerTexts();
const bodyText = (page: Page) => page.locator('article .prose').innerText();

/** Characters a page could hide in the text to fake a gap or a break: none may be there. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/;
const TYPED_GAP = /\p{Script=Han}[ \t]+[A-Za-z0-9]|[A-Za-z0-9][ \t]+\p{Script=Han}/u;

describe('the Taiwan fixture article, nested quotations and all', () => {
  const expected = {
    'zh-Hant': [
      '他說：「我讀了『開源』這篇文章，裡面寫著『第二層』的引號。」',
      '三層引號：「一『二「三」二』一」。',
      '「引號可以跨過粗體與網站，『到這裡』才結束。」',
      "他說「直的引號」也算，Alibaba's與don't是撇號，12\" 螢幕的吋號也不動。",
      '本文整理自2026年峰會的「Where Is AI Heading?」場次，主持人說 “Move fast and break things” 已是過去式。',
      '程式碼 print("「不動」") 不轉換；這一段只有開頭「沒有結尾。',
      "The whole paragraph is in English, with “curly quotes” and it's fine.",
      '公司名稱照原樣：台積電。',
    ],
    'zh-Hans': [
      '他说：“我读了‘开源’这篇文章，里面写着‘第二层’的引号。”',
      '三层引号：“一‘二“三”二’一”。',
      '“引号可以跨过粗体与网站，‘到这里’才结束。”',
      "他说“直的引号”也算，Alibaba's与don't是撇号，12\" 屏幕的吋号也不动。",
      '本文整理自2026年峰会的“Where Is AI Heading?”场次，主持人说 “Move fast and break things” 已是过去式。',
      '代码 print("「不動」") 不转换；这一段只有开头「没有结尾。',
      "The whole paragraph is in English, with “curly quotes” and it's fine.",
      '公司名称照原样：台積電。',
    ],
  } as const;

  test.each(['zh-Hant', 'zh-Hans'] as const)(
    '%s: marks in the page’s forms, nested by depth, code and unbalanced marks as written',
    async (locale) => {
      const page = await open(`${fixtureBaseUrl()}/${locale.toLowerCase()}/posts/typography-quotes`);
      expect((await paragraphs(page)).filter((text) => text.trim() !== '')).toEqual(expected[locale]);
      // The title, the description in the page's metadata and the table of contents follow too.
      const [title, description] =
        locale === 'zh-Hant'
          ? ['排版測試：「外層『內層』」與 AI 的間距', '他說：「這是『第二層』。」']
          : ['排版测试：“外层‘内层’”与 AI 的间距', '他说：“这是‘第二层’。”'];
      expect(await page.locator('h1').innerText()).toBe(title);
      expect(await page.locator('meta[name="description"]').getAttribute('content')).toBe(description);
      await page.close();
    },
  );

  test.each(['zh-Hant', 'zh-Hans'] as const)('%s: addresses and attributes other than alt and title are untouched', async (locale) => {
    const page = await open(`${fixtureBaseUrl()}/${locale.toLowerCase()}/posts/typography-quotes`);
    const link = page.locator('article .prose a[href^="https://example.com/search"]');
    expect(await link.getAttribute('href')).toBe("https://example.com/search?q='%E9%96%8B%E6%BA%90'");
    const image = page.locator('article .prose img');
    expect(await image.getAttribute('alt')).toBe(locale === 'zh-Hant' ? '「圖說」裡的引號' : '“图说”里的引号');
    expect(await image.getAttribute('title')).toBe(locale === 'zh-Hant' ? '「標題」' : '“标题”');
    expect(await page.locator('article .prose code').innerText()).toBe('print("「不動」")');
    await page.close();
  });

  test.each(['zh-Hant', 'zh-Hans'] as const)(
    '%s: English is marked lang="en", the quotation’s own marks inside when they are Western',
    async (locale) => {
      const page = await open(`${fixtureBaseUrl()}/${locale.toLowerCase()}/posts/typography-quotes`);
      expect(await page.locator('article .prose p[lang="en"]').allInnerTexts()).toEqual([
        "The whole paragraph is in English, with “curly quotes” and it's fine.",
      ]);
      expect(await page.locator('article .prose p:not([lang]) span[lang="en"]').allInnerTexts()).toEqual([
        locale === 'zh-Hant' ? 'Where Is AI Heading?' : '“Where Is AI Heading?”',
        '“Move fast and break things”',
      ]);
      // An English tag in the header too.
      expect(await page.locator('article header a[lang="en"]').allInnerTexts()).toEqual(['Typography']);
      // What an inline rule keeps in Traditional characters is marked as such on the Simplified page.
      expect(await page.locator('article .prose span[lang="zh-Hant"]').allInnerTexts()).toEqual(locale === 'zh-Hans' ? ['台積電'] : []);
      await page.close();
    },
  );
});

test.each([
  ['zh-Hant', '他說：「我讀了『開源』這篇文章，裡面寫著『第二層』的引號。」', '蔡崇信說AI的商業閉環要靠雲，“Alibaba Cloud”是關鍵。'],
  ['zh-Hans', '他说：“我读了‘开源’这篇文章，里面写着‘第二层’的引号。”', '蔡崇信说AI的商业闭环要靠云，“Alibaba Cloud”是关键。'],
] as const)('a mainland article with nested quotations on a %s page', async (locale, nested, english) => {
  const page = await open(`${fixtureBaseUrl()}/${locale.toLowerCase()}/posts/typography-quotes-mainland`);
  expect(await paragraphs(page)).toEqual([nested, english]);
  await page.close();
});

test.each([
  ['zh-Hant', '標點的寫法：“彎引號”與「直角引號」', '有人寫“彎引號”，也有人寫「直角引號」，本文照原樣保留。'],
  ['zh-Hans', '标点的写法：“弯引号”与「直角引号」', '有人写“弯引号”，也有人写「直角引号」，本文照原样保留。'],
] as const)('keep_quotes: true shows the marks as written on the %s page', async (locale, title, text) => {
  const page = await open(`${fixtureBaseUrl()}/${locale.toLowerCase()}/posts/typography-keep-quotes`);
  expect(await page.locator('h1').innerText()).toBe(title);
  expect(await paragraphs(page)).toEqual([text]);
  await page.close();
});

describe('the seed articles', () => {
  test.each([
    // A Taiwan article on a Simplified page: 「」 became “”, the English session title kept its words in “”.
    [
      'zh-hans',
      'tsai-open-source-ai-sovereignty',
      ['“你可以拿一个开源模型', '2月场次“Where Is AI Heading?”。', '他用了一个非常精准的词：“你基本上可以主张主权'],
      /[「」『』]/,
    ],
    [
      'zh-hant',
      'tsai-open-source-ai-sovereignty',
      ['「你可以拿一個開源模型', '2月場次「Where Is AI Heading?」。'],
      /[“”‘’]\p{Script=Han}|\p{Script=Han}[“”‘’]/u,
    ],
    // A mainland article on a Traditional page: “” became 「」.
    [
      'zh-hant',
      'tsai-world-governments-summit-katzenberg',
      ['你為什麼選擇了這位「有點瘋狂」的人？', '能不能談一談這兩種「Joe」的關係？'],
      /[“”‘’]\p{Script=Han}|\p{Script=Han}[“”‘’]/u,
    ],
    ['zh-hans', 'tsai-world-governments-summit-katzenberg', ['你为什么选择了这位“有点疯狂”的人？'], /[「」『』]/],
  ])('%s/posts/%s: quotation marks of the page’s script', async (prefix, slug, present, absent) => {
    const page = await open(`${baseUrl()}/${prefix}/posts/${slug}`);
    const text = await bodyText(page);
    for (const fragment of present) expect(text).toContain(fragment);
    expect(text).not.toMatch(absent);
    await page.close();
  });

  test.each(['zh-hant', 'zh-hans'])(
    '%s: copying an article gets no inserted character and no typed gap between Han and Latin',
    async (prefix) => {
      const page = await open(`${baseUrl()}/${prefix}/posts/tsai-open-source-ai-sovereignty`);
      // The article's own text (a player's label around it is the page's, not the article's).
      const text = (await page.locator('article .prose :is(p, li, h2, h3)').allInnerTexts()).join('\n');
      expect(text).not.toMatch(INVISIBLE);
      expect(text).not.toMatch(TYPED_GAP);
      const countries = prefix === 'zh-hant' ? '超過150個國家' : '超过150个国家';
      expect(text).toContain(countries);
      // What a reader copies: the selection's text, as the clipboard gets it.
      const copied = await page.evaluate(() => {
        const paragraph = [...document.querySelectorAll('article .prose p')].find((p) => p.textContent!.includes('150'))!;
        getSelection()!.selectAllChildren(paragraph);
        return getSelection()!.toString();
      });
      expect(copied).toContain(countries);
      expect(copied).not.toMatch(INVISIBLE);
      expect(copied).not.toMatch(TYPED_GAP);
      await page.close();
    },
  );

  test('an article written in English paragraphs marks them lang="en"', async () => {
    const page = await open(`${baseUrl()}/zh-hant/posts/tsai-alibaba-ai-early-not-leading`);
    expect(await page.locator('article .prose h2[lang="en"]').first().innerText()).toBe('Core Insights');
    expect(await page.locator('article .prose li[lang="en"]').count()).toBeGreaterThanOrEqual(9);
    expect(await page.locator('article .prose li:not([lang])').count()).toBe(0);
    await page.close();
  });
});

describe('layout', () => {
  test.each([
    ['zh-hant', 'PingFang TC', 'PingFang SC'],
    ['zh-hans', 'PingFang SC', 'PingFang TC'],
  ])(
    '%s: the script’s fonts on the page, the other script’s on what is written in it, Latin ones on English',
    async (prefix, own, other) => {
      const page = await open(`${baseUrl()}/${prefix}/posts/tsai-alibaba-ai-early-not-leading`);
      const font = (selector: string) =>
        page
          .locator(selector)
          .first()
          .evaluate((element) => getComputedStyle(element).fontFamily);
      expect(await font('article h1')).toMatch(new RegExp(`^"${own}"`));
      expect(await font('header a[hreflang]')).toMatch(new RegExp(`^"${other}"`));
      expect(await font('article .prose li[lang="en"]')).toMatch(/^ui-sans-serif/);
      await page.close();
    },
  );

  test.each(['zh-hant', 'zh-hans'])(
    '%s: text-autospace draws the gap between Han and Latin, text-spacing-trim trims punctuation at line starts',
    async (prefix) => {
      const page = await open(`${baseUrl()}/${prefix}/posts/tsai-open-source-ai-sovereignty`);
      const layout = await page.evaluate(() => {
        const paragraph = [...document.querySelectorAll('article .prose p')].find((p) => p.textContent!.includes('150'))!;
        const code = document.createElement('pre');
        document.querySelector('article .prose')!.append(code);
        // Newer than TypeScript's DOM types: read by name.
        const spacing = (element: Element) => {
          const style = getComputedStyle(element);
          return { autospace: style.getPropertyValue('text-autospace'), trim: style.getPropertyValue('text-spacing-trim') };
        };
        return {
          supports: { autospace: CSS.supports('text-autospace: normal'), trim: CSS.supports('text-spacing-trim: trim-start') },
          paragraph: spacing(paragraph),
          code: spacing(code),
        };
      });
      // Chromium 156 has both: the gap is the browser's, the fallback's margins must stay off.
      expect(layout).toEqual({
        supports: { autospace: true, trim: true },
        paragraph: { autospace: 'normal', trim: 'trim-start' },
        code: { autospace: 'no-autospace', trim: 'space-all' },
      });
      const gaps = await hanLatinGaps(page);
      expect(gaps.length).toBeGreaterThan(3);
      for (const { gap, margin, fontSize } of gaps) {
        expect(margin).toBe(0);
        expect(gap).toBeGreaterThan(0.08 * fontSize);
        expect(gap).toBeLessThan(0.3 * fontSize);
      }
      await page.close();
    },
  );

  test('without text-autospace, the fallback spans draw the same gap by their margins', async () => {
    const page = await open(`${baseUrl()}/zh-hant/posts/tsai-open-source-ai-sovereignty`);
    // What a browser without the property does: no gap from layout, and the @supports not (…) rules apply.
    await page.evaluate(() => {
      const rules = [...document.styleSheets]
        .flatMap((sheet) => [...sheet.cssRules])
        .filter(
          (rule): rule is CSSSupportsRule =>
            rule instanceof CSSSupportsRule && /not\s*\(\s*text-autospace:\s*normal\s*\)/.test(rule.conditionText),
        )
        .flatMap((rule) => [...rule.cssRules].map((inner) => inner.cssText));
      const style = document.createElement('style');
      style.textContent = `html, html * { text-autospace: no-autospace !important } ${rules.join('\n')}`;
      document.head.append(style);
    });
    const gaps = await hanLatinGaps(page);
    expect(gaps.length).toBeGreaterThan(3);
    for (const { gap, margin, fontSize } of gaps) {
      expect(margin).toBeCloseTo(0.125 * fontSize, 1);
      expect(gap).toBeGreaterThan(0.08 * fontSize);
      expect(gap).toBeLessThan(0.3 * fontSize);
    }
    await page.close();
  });
});

/**
 * For each fallback span that starts after a Han character on the same line: the gap drawn between that
 * character and the span's first letter (how much further the letter sits than with neither text-autospace
 * nor the fallback's margins: Chromium counts its gap into the Han character's box), the span's start
 * margin, and the font size.
 */
function hanLatinGaps(page: Page) {
  return page.evaluate((classes) => {
    const spans = [...document.querySelectorAll<HTMLElement>(`article .prose span.${classes.both}, article .prose span.${classes.start}`)];
    const pairs = spans.flatMap((span) => {
      const before = span.previousSibling;
      const letter = span.firstChild;
      if (!(before instanceof Text) || !(letter instanceof Text) || !/\p{Script=Han}$/u.test(before.data)) return [];
      const range = (node: Text, at: number) => {
        const result = document.createRange();
        result.setStart(node, at);
        result.setEnd(node, at + 1);
        return result;
      };
      return [{ span, han: range(before, before.length - 1), letter: range(letter, 0) }];
    });
    const distances = () =>
      pairs.map(({ han, letter }) => {
        const [hanBox, letterBox] = [han.getClientRects()[0], letter.getClientRects()[0]];
        return { distance: letterBox.left - hanBox.left, sameLine: Math.abs(hanBox.top - letterBox.top) < 2 };
      });
    const drawn = distances();
    const bare = document.createElement('style');
    bare.textContent = `html, html * { text-autospace: no-autospace !important } .${classes.both}, .${classes.start}, .${classes.end} { margin: 0 !important }`;
    document.head.append(bare);
    const without = distances();
    bare.remove();
    return pairs.flatMap(({ span }, index) =>
      drawn[index].sameLine && without[index].sameLine
        ? [
            {
              gap: drawn[index].distance - without[index].distance,
              margin: parseFloat(getComputedStyle(span).marginInlineStart),
              fontSize: parseFloat(getComputedStyle(span).fontSize),
            },
          ]
        : [],
    );
  }, AUTOSPACE_CLASSES);
}
