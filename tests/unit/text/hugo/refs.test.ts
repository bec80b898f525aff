import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { refResolver } from '@/lib/text/hugo/refs';

/** A temporary content folder holding the given posts. */
function contentDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'refs-content-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const post = (lines: string[]) => `---\n${lines.join('\n')}\n---\n\n正文。\n`;

const dir = contentDir({
  'posts/2015-03-14-crlf-bom.md': post(['title: CRLF', 'date: 2015-03-14', 'slug: crlf-bom']),
  'posts/plain-name.md': post(['title: 普通', 'date: 2016-01-01']),
  'posts/南投清境農場.md': post(['title: 南投', 'date: 2009-03-01', 'url: /2009/03/南投清境農場-國民賓館/']),
  'posts/trip-to-taipei/index.md': post(['title: 台北之旅', 'date: 2020-02-02']),
  'posts/2019/same.md': post(['title: 甲', 'date: 2019-01-01', 'slug: same-2019']),
  'posts/2020/same.md': post(['title: 乙', 'date: 2020-01-01', 'slug: same-2020']),
  'posts/2020/sibling.md': post(['title: 丙', 'date: 2020-01-02']),
  'posts/broken.md': '---\ntitle: [\n---\n',
});

const resolve = (target: string, from = 'posts/plain-name.md') => refResolver(dir, from)(target);

describe('refResolver: a path from the content root', () => {
  test.each(['posts/plain-name.md', 'posts/plain-name', '/posts/plain-name.md', 'content/posts/plain-name.md', 'POSTS/Plain-Name.MD'])(
    '%s',
    (target) => {
      expect(resolve(target)).toEqual({ href: '/posts/plain-name' });
    },
  );

  test('the address is the article’s new one: its slug, else its url’s last segment, else its file name as a slug', () => {
    expect(resolve('posts/2015-03-14-crlf-bom.md')).toEqual({ href: '/posts/crlf-bom' });
    expect(resolve('posts/南投清境農場.md')).toEqual({ href: '/posts/nan-tou-qing-jing-nong-chang-guo-min-bin-guan' });
  });

  test('a bundle by its folder or its index.md, with or without a trailing slash', () => {
    for (const target of ['posts/trip-to-taipei', 'posts/trip-to-taipei/', 'posts/trip-to-taipei/index.md', '/posts/trip-to-taipei/']) {
      expect(resolve(target), target).toEqual({ href: '/posts/trip-to-taipei' });
    }
  });
});

describe('refResolver: relative to the page, and by file name', () => {
  test('a path relative to the page’s folder', () => {
    expect(resolve('sibling.md', 'posts/2020/same.md')).toEqual({ href: '/posts/sibling' });
    expect(resolve('same', 'posts/2019/other.md')).toEqual({ href: '/posts/same-2019' });
  });

  test('a path below posts/ without posts/', () => {
    expect(resolve('2020/sibling')).toEqual({ href: '/posts/sibling' });
  });

  test('a file name unique in the site, with or without .md', () => {
    expect(resolve('2015-03-14-crlf-bom')).toEqual({ href: '/posts/crlf-bom' });
    expect(resolve('sibling.md')).toEqual({ href: '/posts/sibling' });
    expect(resolve('trip-to-taipei')).toEqual({ href: '/posts/trip-to-taipei' });
  });

  test('a file name two articles share is ambiguous: no article', () => {
    expect(resolve('same.md')).toMatchObject({ message: expect.stringContaining('same.md') });
  });
});

describe('refResolver: anchors and taxonomies', () => {
  test('#anchor alone is the page itself, pointing at the prefixed heading id', () => {
    expect(resolve('#Intro')).toEqual({ href: '#user-content-intro' });
  });

  test('a path with an anchor', () => {
    expect(resolve('posts/plain-name.md#Setup')).toEqual({ href: '/posts/plain-name#user-content-setup' });
  });

  test('an anchor is percent-encoded', () => {
    expect(resolve('#開源')).toEqual({ href: `#user-content-${encodeURIComponent('開源')}` });
  });

  test('tags and categories lead to our term pages, keyed like the store', () => {
    expect(resolve('/tags/Rust')).toEqual({ href: '/tags/rust' });
    expect(resolve('tags/開源/')).toEqual({ href: `/tags/${encodeURIComponent('开源')}` });
    expect(resolve(`/categories/${encodeURIComponent('觀察')}`)).toEqual({ href: `/categories/${encodeURIComponent('观察')}` });
    expect(resolve('/Tags/AI')).toEqual({ href: '/tags/ai' });
  });

  test('a malformed escape in a term is read as written, not a crash', () => {
    expect(() => resolve('/tags/100%')).not.toThrow();
    expect(resolve('/tags/%zz')).toHaveProperty('href');
  });
});

describe('refResolver: nowhere', () => {
  test('a target that matches no article: a message naming it, and a fix', () => {
    const result = resolve('posts/missing.md');
    expect(result).toEqual({ message: 'ref "posts/missing.md" leads to no article', fix: expect.stringContaining('content/') });
  });

  test('a file whose front matter is broken still has an address (its file name)', () => {
    expect(resolve('broken.md')).toEqual({ href: '/posts/broken' });
  });
});

describe('refResolver: a post added while the process runs', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  test('is found once the index is more than a second old', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-01-01T00:00:00Z'));
    const live = contentDir({ 'posts/first.md': post(['title: 一', 'date: 2026-01-01']) });
    const resolveLive = refResolver(live, 'posts/first.md');
    expect(resolveLive('first.md')).toEqual({ href: '/posts/first' });
    writeFileSync(path.join(live, 'posts/second.md'), post(['title: 二', 'date: 2026-01-02']));
    vi.setSystemTime(new Date('2026-01-01T00:00:05Z'));
    expect(resolveLive('second.md')).toEqual({ href: '/posts/second' });
  });
});
