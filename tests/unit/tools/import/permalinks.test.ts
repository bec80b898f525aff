import { describe, expect, test } from 'vitest';
import { urlize } from '@/lib/core/slugs';
import { contentBaseName, defaultPermalink, expandPermalink, type PermalinkPage } from '@/lib/tools/import/permalinks';

// 2015-03-14 was a Saturday, the 73rd day of the year (31 + 28 + 14).
const page: PermalinkPage = { path: 'posts/2015/my-post.md', title: 'Hello, World!', date: '2015-03-14T10:00:00+08:00' };

describe('urlize, as Hugo sanitizes a title for a path', () => {
  test('spaces become hyphens, punctuation goes, letters of any script stay', () => {
    expect(urlize('Hello, World!')).toBe('Hello-World');
    expect(urlize('開源 AI 的隱憂？')).toBe('開源-AI-的隱憂');
    expect(urlize('南投清境農場-國民賓館')).toBe('南投清境農場-國民賓館');
  });

  test('full-width punctuation is dropped without a hyphen', () => {
    expect(urlize('「開源」，還是「封閉」？')).toBe('開源還是封閉');
  });

  test('leading and trailing spaces leave no hyphen; a run of spaces is one hyphen', () => {
    expect(urlize('  a   b  ')).toBe('a-b');
  });

  test('no extra hyphen beside one the text has, and the text’s own hyphens are kept as they are', () => {
    expect(urlize('a - b')).toBe('a-b');
    expect(urlize('A -- B')).toBe('A--B');
  });

  test('the characters Hugo keeps: . _ ~ + @ / and digits', () => {
    expect(urlize('C++ 與 Node.js_v2 ~ me@home / 2024')).toBe('C++-與-Node.js_v2-~-me@home-/-2024');
  });

  test('a percent escape is kept, a lone percent sign is not', () => {
    expect(urlize('%E9%96%8B')).toBe('%E9%96%8B');
    expect(urlize('100% 純')).toBe('100-純');
  });

  test('case is kept (Hugo lower-cases the whole path afterwards)', () => {
    expect(urlize('TOML 前言的文章')).toBe('TOML-前言的文章');
  });
});

describe('contentBaseName', () => {
  test('the file stem', () => {
    expect(contentBaseName('posts/2015/my-post.md')).toBe('my-post');
    expect(contentBaseName('posts/notes.markdown')).toBe('notes');
  });

  test("a bundle's folder, for index.md and _index.md", () => {
    expect(contentBaseName('post/trip/index.md')).toBe('trip');
    expect(contentBaseName('posts/_index.md')).toBe('posts');
  });

  test('the site language a file name carries is not part of the name; another dotted suffix is', () => {
    expect(contentBaseName('posts/x.zh-tw.md', 'zh-tw')).toBe('x');
    expect(contentBaseName('posts/X.ZH.md', 'zh')).toBe('X');
    expect(contentBaseName('posts/trip/index.zh.md', 'zh')).toBe('trip');
    expect(contentBaseName('posts/node.js.md')).toBe('node.js');
    expect(contentBaseName('posts/node.js.md', 'zh')).toBe('node.js');
  });

  test(':filename without the language code, with it a page of that language', () => {
    expect(expandPermalink('/:filename/', { path: 'posts/x.zh-tw.md', title: 't', language: 'zh-tw' })).toBe('/x/');
    expect(expandPermalink('/:filename/', { path: 'posts/node.js.md', title: 't' })).toBe('/node.js/');
    expect(defaultPermalink({ path: 'posts/x.zh.md', title: 't', language: 'zh' })).toBe('/posts/x/');
  });
});

describe('expandPermalink: date tokens, in the zone the date was written in', () => {
  test(':year :month :day', () => {
    expect(expandPermalink('/:year/:month/:day/', page)).toBe('/2015/03/14/');
  });

  test(':monthname and :weekdayname are English names (Hugo lower-cases the path)', () => {
    expect(expandPermalink('/:monthname/:weekdayname/', page)?.toLowerCase()).toBe('/march/saturday/');
  });

  test(':weekday counts from Sunday = 0', () => {
    expect(expandPermalink('/:weekday/', page)).toBe('/6/');
    expect(expandPermalink('/:weekday/', { ...page, date: '2015-03-15' })).toBe('/0/');
  });

  test(':yearday is 1 to 3 digits, not padded', () => {
    expect(expandPermalink('/:yearday/', page)).toBe('/73/');
    expect(expandPermalink('/:yearday/', { ...page, date: '2015-01-01' })).toBe('/1/');
    expect(expandPermalink('/:yearday/', { ...page, date: '2016-12-31' })).toBe('/366/');
  });

  test('the digits are those written, not converted to UTC or Taipei', () => {
    expect(expandPermalink('/:year/:month/:day/', { ...page, date: '2015-12-31T23:30:00-05:00' })).toBe('/2015/12/31/');
    expect(expandPermalink('/:year/:month/:day/', { ...page, date: '2016-01-01T00:30:00+08:00' })).toBe('/2016/01/01/');
    expect(expandPermalink('/:year/:month/:day/', { ...page, date: '2016-01-01 00:30' })).toBe('/2016/01/01/');
  });

  test('a pattern that needs a date the page does not have gives no address', () => {
    expect(expandPermalink('/:year/:slug/', { path: 'posts/x.md', title: 't' })).toBeUndefined();
    expect(expandPermalink('/:monthname/', { path: 'posts/x.md', title: 't', date: 'not a date' })).toBeUndefined();
  });

  test('a pattern without date tokens needs no date', () => {
    expect(expandPermalink('/:section/:slug/', { path: 'posts/x.md', title: 'X' })).toBe('/posts/X/');
  });

  test("Go time layouts, as Hugo's docs show (/:06/:1/:2/:title/)", () => {
    expect(expandPermalink('/:06/:1/:2/:title/', page)).toBe('/15/3/14/Hello-World/');
    expect(expandPermalink('/:2006/:01/:02/', page)).toBe('/2015/03/14/');
    expect(expandPermalink('/:Jan/:Monday/:002/', page)).toBe('/Mar/Saturday/073/');
    expect(expandPermalink('/:06/', { path: 'posts/x.md', title: 't' })).toBeUndefined();
  });
});

describe('expandPermalink: sections', () => {
  test(':section is the first folder', () => {
    expect(expandPermalink('/:section/', page)).toBe('/posts/');
  });

  test(':sections is every folder of the path', () => {
    expect(expandPermalink('/:sections/', page)).toBe('/posts/2015/');
  });

  const deep: PermalinkPage = { path: 'a/b/c/x.md', title: 'x' };
  test.each([
    ['[1:]', '/b/c/x'],
    ['[:last]', '/a/b/x'],
    ['[last]', '/c/x'],
    ['[1:2]', '/b/x'],
    ['[0]', '/a/x'],
    ['[:1]', '/a/x'],
  ])(':sections%s', (spec, expected) => {
    expect(expandPermalink(`/:sections${spec}/:filename`, deep)).toBe(expected);
  });

  test('slices never fail out of bounds: they select what there is', () => {
    expect(expandPermalink('/:sections[5]/:filename', deep)).toBe('/x');
    expect(expandPermalink('/:sections[5:]/:filename', deep)).toBe('/x');
    expect(expandPermalink('/:sections[0:10]/:filename', deep)).toBe('/a/b/c/x');
  });

  test("a bundle's own folder is not a section", () => {
    expect(expandPermalink('/:sections/:filename/', { path: 'blog/2020/trip/index.md', title: 't' })).toBe('/blog/2020/trip/');
  });

  test('a page at the content root has no section, and leaves no empty segment', () => {
    expect(expandPermalink('/:section/:filename/', { path: 'about.md', title: 't' })).toBe('/about/');
  });
});

describe('expandPermalink: names', () => {
  test(':title is the urlized title', () => {
    expect(expandPermalink('/:title/', page)).toBe('/Hello-World/');
    expect(expandPermalink('/:year/:month/:title/', { ...page, title: '開源 AI 的隱憂？' })).toBe('/2015/03/開源-AI-的隱憂/');
  });

  test(':slug is the urlized slug, else the urlized title', () => {
    expect(expandPermalink('/:slug/', { ...page, slug: 'My Slug' })).toBe('/My-Slug/');
    expect(expandPermalink('/:slug/', page)).toBe('/Hello-World/');
    expect(expandPermalink('/:slug/', { ...page, slug: '  ' })).toBe('/Hello-World/');
    expect(
      expandPermalink('/:year/:month/:slug/', {
        path: 'posts/toml-front-matter.md',
        title: 'TOML 前言的文章',
        date: '2016-05-20T08:30:00+08:00',
      }),
    ).toBe('/2016/05/TOML-前言的文章/');
  });

  test(':filename and :contentbasename are the file name (a bundle’s folder), urlized', () => {
    expect(expandPermalink('/:filename/', page)).toBe('/my-post/');
    expect(expandPermalink('/:contentbasename/', page)).toBe('/my-post/');
    expect(expandPermalink('/:filename/', { path: 'post/trip/index.md', title: 't' })).toBe('/trip/');
    expect(expandPermalink('/:filename/', { path: 'posts/My Post.md', title: 't' })).toBe('/My-Post/');
    expect(expandPermalink('/:contentbasename/', { path: 'posts/My Post.md', title: 't' })).toBe('/My-Post/');
  });

  test(':slugorfilename and :slugorcontentbasename: the slug, else the file name (never the title)', () => {
    for (const token of [':slugorfilename', ':slugorcontentbasename']) {
      expect(expandPermalink(`/${token}/`, { ...page, slug: 'crlf-bom' })).toBe('/crlf-bom/');
      expect(expandPermalink(`/${token}/`, page)).toBe('/my-post/');
    }
  });

  test('a longer token is not read as a shorter one (:slugorfilename is not :slug + "orfilename")', () => {
    expect(expandPermalink('/:slugorfilename/', page)).not.toContain('orfilename');
    expect(expandPermalink('/:sections/', page)).not.toContain('posts/s');
  });

  test('the fixture site’s patterns', () => {
    expect(
      expandPermalink('/archives/:year/:month/:day/:filename/', {
        path: 'post/2019-simplified.md',
        title: '简体',
        date: '2019-06-15 20:00:00',
      }),
    ).toBe('/archives/2019/06/15/2019-simplified/');
    expect(
      expandPermalink('/:year/:month/:slug/', {
        path: 'posts/2015-03-14-crlf-bom.md',
        title: 'CRLF',
        slug: 'crlf-bom',
        date: '2015-03-14T10:00:00+08:00',
      }),
    ).toBe('/2015/03/crlf-bom/');
  });

  test('a property of Object.prototype is no token', () => {
    expect(expandPermalink('/:constructor/', page)).toBe('/:constructor/');
  });
});

describe('defaultPermalink: no pattern, no url', () => {
  test('the folders, then the file name', () => {
    expect(defaultPermalink({ path: 'posts/x.md', title: 't' })).toBe('/posts/x/');
    expect(defaultPermalink({ path: 'posts/2015/x.md', title: 't' })).toBe('/posts/2015/x/');
  });

  test("a bundle: its folder's path", () => {
    expect(defaultPermalink({ path: 'blog/trip-to-taipei/index.md', title: '台北之旅' })).toBe('/blog/trip-to-taipei/');
  });

  test('the slug replaces the last segment', () => {
    expect(defaultPermalink({ path: 'posts/x.md', title: 't', slug: 'my-slug' })).toBe('/posts/my-slug/');
    expect(defaultPermalink({ path: 'posts/x.md', title: 't', slug: 'My Slug' })).toBe('/posts/My-Slug/');
  });

  test('never the title', () => {
    expect(defaultPermalink({ path: 'posts/x.md', title: 'A Title' })).toBe('/posts/x/');
  });

  test('a page at the root', () => {
    expect(defaultPermalink({ path: 'about.md', title: 't' })).toBe('/about/');
  });

  test('spaces in folder and file names are hyphens, as Hugo normalizes paths', () => {
    expect(defaultPermalink({ path: 'my posts/My Post.md', title: 't' })).toBe('/my-posts/My-Post/');
  });

  test('Chinese file names are kept', () => {
    expect(defaultPermalink({ path: 'posts/南投清境農場.md', title: 't' })).toBe('/posts/南投清境農場/');
  });
});
