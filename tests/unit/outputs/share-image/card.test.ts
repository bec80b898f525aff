import { describe, expect, test } from 'vitest';
import { shareCard, shareImagePath, slugFromShareImage } from '@/lib/outputs/share-image/card';

describe('share image addresses', () => {
  test('one per article and script, under the lower-case locale prefix', () => {
    expect(shareImagePath('zh-Hant', 'post-1')).toBe('/og/zh-hant/post-1.png');
    expect(shareImagePath('zh-Hans', 'post-1')).toBe('/og/zh-hans/post-1.png');
  });

  test('a file name names a slug only as the site writes slugs', () => {
    expect(slugFromShareImage('post-1.png')).toBe('post-1');
    for (const name of ['post-1', 'post-1.jpg', 'Post.png', '../x.png', '.png', 'a.png.png', `${'a'.repeat(201)}.png`])
      expect(slugFromShareImage(name)).toBeUndefined();
  });
});

describe('shareCard', () => {
  const headline = { title: '開源 AI', publishedAt: new Date('2026-01-31T16:30:00Z'), tags: ['一', '二', '三', '四'] };

  test('dates the card in Taipei, whatever the server zone, in the card’s script', () => {
    expect(shareCard(headline, '站', 'zh-Hant').dateText).toBe('2026年2月1日');
    expect(shareCard(headline, '站', 'zh-Hans').dateText).toBe('2026年2月1日');
  });

  test('keeps the title, the site name and three tags at most', () => {
    expect(shareCard(headline, 'AI 產業觀察', 'zh-Hant')).toEqual({
      title: '開源 AI',
      siteName: 'AI 產業觀察',
      dateText: '2026年2月1日',
      locale: 'zh-Hant',
      tags: ['一', '二', '三'],
    });
  });
});
