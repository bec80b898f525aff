import { describe, expect, test } from 'vitest';
import { fileStem, isSlug, postSlug, slugFromTitle, toSlug } from '@/lib/core/slugs';

describe('isSlug: lower-case ASCII words joined by single hyphens', () => {
  test.each(['a', 'my-post', '2015-03-14-crlf-bom', '6550187', 'gpt-4o'])('%s is a slug', (value) => {
    expect(isSlug(value)).toBe(true);
  });

  test.each(['', 'My-Post', 'my_post', 'my--post', '-my-post', 'my-post-', 'my post', '開源', 'café', 'a/b', 'a.b'])(
    '%j is not',
    (value) => {
      expect(isSlug(value)).toBe(false);
    },
  );
});

describe('toSlug', () => {
  test('Chinese becomes toneless pinyin, a word per character', () => {
    expect(toSlug('南投清境農場')).toBe('nan-tou-qing-jing-nong-chang');
    expect(toSlug('开源')).toBe('kai-yuan');
  });

  test('Latin letters and digits are kept, lower-cased; Chinese and Latin mix', () => {
    expect(toSlug('開源 AI 的隱憂')).toBe('kai-yuan-ai-de-yin-you');
    expect(toSlug('ChatGPT-4o 發布')).toBe('chatgpt-4o-fa-bu');
    expect(toSlug('2026 年')).toBe('2026-nian');
  });

  test('accents are dropped and full-width letters read as ASCII', () => {
    expect(toSlug('Café Déjà vu')).toBe('cafe-deja-vu');
    expect(toSlug('Müller')).toBe('muller');
    expect(toSlug('ＡＢＣ　１２３')).toBe('abc-123');
  });

  test('ü in pinyin is written v (lü → lv), staying ASCII', () => {
    expect(toSlug('綠')).toBe('lv');
    expect(toSlug('女')).toBe('nv');
  });

  test('punctuation of either width separates words and never doubles a hyphen', () => {
    expect(toSlug('Hello, World!')).toBe('hello-world');
    expect(toSlug('「開源」——AI？')).toBe('kai-yuan-ai');
    expect(toSlug('a -- b')).toBe('a-b');
  });

  test('undefined when nothing usable is left', () => {
    expect(toSlug('！？。')).toBeUndefined();
    expect(toSlug('')).toBeUndefined();
    expect(toSlug('   ')).toBeUndefined();
  });

  test('at most maxWords words (10 by default)', () => {
    expect(toSlug('a b c d e f g h i j k l')).toBe('a-b-c-d-e-f-g-h-i-j');
    expect(toSlug('a b c d e', 3)).toBe('a-b-c');
    expect(toSlug('一二三四五六七八九十壹貳', 4)).toBe('yi-er-san-si');
  });

  test('whatever it yields is a slug', () => {
    for (const text of ['開源 AI 的隱憂', 'Ünïcödé ＆ 符號', 'C++ / Rust 對比', '100% 純']) {
      const slug = toSlug(text);
      expect(slug).toBeDefined();
      expect(isSlug(slug!)).toBe(true);
    }
  });
});

describe('slugFromTitle', () => {
  test('the date (day only) then the title as pinyin', () => {
    expect(slugFromTitle('2026-02-07T14:00:00+08:00', '開源 AI')).toBe('2026-02-07-kai-yuan-ai');
    expect(slugFromTitle('2026-02-07', 'Hello World')).toBe('2026-02-07-hello-world');
  });

  test('the title part is at most 8 words', () => {
    expect(slugFromTitle('2026-02-07', '一二三四五六七八九十')).toBe('2026-02-07-yi-er-san-si-wu-liu-qi-ba');
  });

  test('a title with nothing usable leaves the date alone, with no dangling hyphen', () => {
    expect(slugFromTitle('2026-02-07', '！？')).toBe('2026-02-07');
  });
});

describe('fileStem: what Hugo calls the file in addresses', () => {
  test('a file: its name without .md or .markdown', () => {
    expect(fileStem('posts/2015/my-post.md')).toBe('my-post');
    expect(fileStem('posts/notes.markdown')).toBe('notes');
    expect(fileStem('posts/UPPER.MD')).toBe('UPPER');
    expect(fileStem('top.md')).toBe('top');
  });

  test("a bundle's index.md: its folder", () => {
    expect(fileStem('posts/trip-to-taipei/index.md')).toBe('trip-to-taipei');
    expect(fileStem('posts/2020/trip/index.markdown')).toBe('trip');
  });

  test('an index.md with no folder keeps its own name', () => {
    expect(fileStem('index.md')).toBe('index');
  });
});

describe('postSlug: slug, then the last segment of url, then the file name, then the title', () => {
  test('the slug field wins over everything', () => {
    expect(postSlug({ slug: 'crlf-bom', url: '/2015/03/other/', file: 'posts/2015-03-14-crlf-bom.md', title: '標題' })).toBe('crlf-bom');
  });

  test('a slug already written as one is kept whole, even past the word limit', () => {
    const long = 'a-b-c-d-e-f-g-h-i-j-k-l-m';
    expect(postSlug({ slug: long, file: 'posts/x.md', title: 't' })).toBe(long);
  });

  test('a slug in mixed case is the same slug in lower case', () => {
    expect(postSlug({ slug: 'My-Post', file: 'posts/x.md', title: 't' })).toBe('my-post');
  });

  test('a number as slug (slug: 6550187) is kept', () => {
    expect(postSlug({ slug: '6550187', file: 'posts/json-front-matter.md', title: 'JSON' })).toBe('6550187');
  });

  test('a Chinese slug, or one with spaces, is made a slug (and shortened)', () => {
    expect(postSlug({ slug: '開源的隱憂', file: 'posts/x.md', title: 't' })).toBe('kai-yuan-de-yin-you');
    expect(postSlug({ slug: 'My Post', file: 'posts/x.md', title: 't' })).toBe('my-post');
    expect(postSlug({ slug: 'a b c d e f g h i j k l', file: 'posts/x.md', title: 't' })).toBe('a-b-c-d-e-f-g-h-i-j');
  });

  test('without slug: the last segment of url, its .html and query left out', () => {
    expect(postSlug({ url: '/2015/03/my-post/', file: 'posts/x.md', title: 't' })).toBe('my-post');
    expect(postSlug({ url: '/a/b.html', file: 'posts/x.md', title: 't' })).toBe('b');
    expect(postSlug({ url: '/a/c.htm?x=1#top', file: 'posts/x.md', title: 't' })).toBe('c');
    expect(postSlug({ url: '/2009/03/南投清境農場-國民賓館/', file: 'posts/x.md', title: 't' })).toBe(
      'nan-tou-qing-jing-nong-chang-guo-min-bin-guan',
    );
  });

  test('a url with no segment (/) falls through to the file name', () => {
    expect(postSlug({ url: '/', file: 'posts/about-me.md', title: 't' })).toBe('about-me');
  });

  test('without slug or url: the file name, or the bundle folder', () => {
    expect(postSlug({ file: 'posts/2015-03-14-crlf-bom.md', title: 't' })).toBe('2015-03-14-crlf-bom');
    expect(postSlug({ file: 'posts/trip-to-taipei/index.md', title: 't' })).toBe('trip-to-taipei');
    expect(postSlug({ file: 'posts/南投清境農場.md', title: 't' })).toBe('nan-tou-qing-jing-nong-chang');
    expect(postSlug({ file: 'posts/My_Notes.md', title: 't' })).toBe('my-notes');
  });

  test('the title is the last resort, for a file named with punctuation only', () => {
    expect(postSlug({ file: 'posts/！！.md', title: '開源' })).toBe('kai-yuan');
  });

  test('empty fields are skipped, not taken as a slug', () => {
    expect(postSlug({ slug: '', url: '', file: 'posts/x-y.md', title: 't' })).toBe('x-y');
  });

  test('"article" when nothing at all is usable', () => {
    expect(postSlug({ file: 'posts/！.md', title: '？' })).toBe('article');
  });

  test('always a slug', () => {
    for (const fields of [
      { slug: 'Ünïcödé', file: 'posts/a.md', title: '' },
      { url: '/x/Some Page.html', file: 'posts/a.md', title: '' },
      { file: 'posts/C++ 入門.md', title: '' },
    ]) {
      expect(isSlug(postSlug(fields))).toBe(true);
    }
  });
});
