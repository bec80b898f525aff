import { describe, expect, test } from 'vitest';
import { GISCUS_LANGUAGE, giscusWidgetUrl, type GiscusThread } from '@/lib/outputs/comments/giscus';

const THREAD: GiscusThread = {
  origin: 'https://giscus.app',
  repo: 'owner/site-comments',
  repoId: 'R_kgDOtest',
  category: 'Announcements',
  categoryId: 'DIC_kwDOtest',
  strict: true,
  term: 'tsai-open-source-ai-sovereignty',
  lang: GISCUS_LANGUAGE['zh-Hant'],
  description: '蔡崇信：開源 AI & 主權',
};

describe('giscusWidgetUrl', () => {
  test('the parameters giscus’s client.js sends, under the language path', () => {
    const url = new URL(
      giscusWidgetUrl(THREAD, { url: 'https://example.com/zh-hant/posts/tsai-open-source-ai-sovereignty', theme: 'dark', session: '' }),
    );
    expect(`${url.origin}${url.pathname}`).toBe('https://giscus.app/zh-TW/widget');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      origin: 'https://example.com/zh-hant/posts/tsai-open-source-ai-sovereignty',
      session: '',
      theme: 'dark',
      reactionsEnabled: '1',
      emitMetadata: '0',
      inputPosition: 'bottom',
      repo: 'owner/site-comments',
      repoId: 'R_kgDOtest',
      category: 'Announcements',
      categoryId: 'DIC_kwDOtest',
      strict: '1',
      description: '蔡崇信：開源 AI & 主權',
      backLink: 'https://example.com/zh-hant/posts/tsai-open-source-ai-sovereignty',
      term: 'tsai-open-source-ai-sovereignty',
    });
  });

  test('both scripts name the same thread, each in its own interface language', () => {
    const hant = new URL(giscusWidgetUrl(THREAD, { url: 'https://example.com/zh-hant/posts/x', theme: 'light', session: '' }));
    const hans = new URL(
      giscusWidgetUrl(
        { ...THREAD, lang: GISCUS_LANGUAGE['zh-Hans'] },
        { url: 'https://example.com/zh-hans/posts/x', theme: 'light', session: '' },
      ),
    );
    expect(hant.searchParams.get('term')).toBe(hans.searchParams.get('term'));
    expect(hant.pathname).toBe('/zh-TW/widget');
    expect(hans.pathname).toBe('/zh-CN/widget');
  });

  test('a self-hosted giscus, a non-strict search and a signed-in session', () => {
    const url = new URL(
      giscusWidgetUrl(
        { ...THREAD, origin: 'https://giscus.example.org', strict: false },
        { url: 'https://example.com/p', theme: 'light', session: 'abc' },
      ),
    );
    expect(url.origin).toBe('https://giscus.example.org');
    expect(url.searchParams.get('strict')).toBe('0');
    expect(url.searchParams.get('session')).toBe('abc');
  });
});
