import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { coverImageOf, langTags, plainText, sourceScriptOf } from '@/lib/content/field-values';

describe('front matter normalization', () => {
  test('lang is a string or a list', () => {
    expect(langTags('zh-TW')).toEqual(['zh-TW']);
    expect(langTags(['zh-HK'])).toEqual(['zh-HK']);
    expect(langTags(undefined)).toEqual([]);
  });

  test('the script comes from lang, else from the text', () => {
    expect(sourceScriptOf(['zh-HK'], '')).toEqual({ script: 'zh-Hant', region: 'hk' });
    expect(sourceScriptOf('zh-CN', '繁體字')).toEqual({ script: 'zh-Hans', region: 'cn' });
    expect(sourceScriptOf(undefined, '开源模型让各国主张主权')).toEqual({ script: 'zh-Hans', region: 'cn' });
    expect(sourceScriptOf(['fr'], '開源模型讓各國主張主權')).toEqual({ script: 'zh-Hant', region: 'tw' });
  });

  test('scraped summaries become one line of plain text', () => {
    expect(plainText('本周，阿里巴巴联合创始人&amp;集团董事会主席')).toBe('本周，阿里巴巴联合创始人&集团董事会主席');
    expect(plainText('2025年2月14日        阿里蔡崇信')).toBe('2025年2月14日 阿里蔡崇信');
  });

  test('a cover image is kept only when a browser can load it', () => {
    const publicDir = mkdtempSync(path.join(tmpdir(), 'public-'));
    mkdirSync(path.join(publicDir, 'images'));
    writeFileSync(path.join(publicDir, 'images/cover.webp'), '');
    expect(coverImageOf('/images/cover.webp', 'posts/a.md', publicDir)).toBe('/images/cover.webp');
    expect(coverImageOf('/images/missing.webp', 'posts/a.md', publicDir)).toBeUndefined();
    expect(coverImageOf('/../package.json', 'posts/a.md', publicDir)).toBeUndefined();
    expect(coverImageOf('https://inews.gtimg.com/x/0', 'posts/a.md', publicDir)).toBe('https://inews.gtimg.com/x/0');
    expect(coverImageOf(undefined, 'posts/a.md', publicDir)).toBeUndefined();
  });

  test("a bundle's cover beside its index.md is served from the bundle's copy", () => {
    const contentDir = mkdtempSync(path.join(tmpdir(), 'content-'));
    mkdirSync(path.join(contentDir, 'posts/trip'), { recursive: true });
    writeFileSync(path.join(contentDir, 'posts/trip/封面.jpg'), '');
    expect(coverImageOf('封面.jpg', 'posts/trip/index.md', 'public', contentDir)).toBe('/bundles/posts/trip/%E5%B0%81%E9%9D%A2.jpg');
    expect(coverImageOf('./missing.jpg', 'posts/trip/index.md', 'public', contentDir)).toBeUndefined();
    expect(coverImageOf('../../secret.jpg', 'posts/trip/index.md', 'public', contentDir)).toBeUndefined();
  });
});
