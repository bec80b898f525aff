import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { coverImageOf, descriptionOf, langTags, sourceScriptOf } from '@/lib/content/front-matter';

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

  test('description, else the scraped summary, as one line of plain text', () => {
    expect(descriptionOf({ description: '一句話', summary: '別的' })).toBe('一句話');
    expect(descriptionOf({ summary: '本周，阿里巴巴联合创始人&amp;集团董事会主席' })).toBe('本周，阿里巴巴联合创始人&集团董事会主席');
    expect(descriptionOf({ summary: '2025年2月14日        阿里蔡崇信' })).toBe('2025年2月14日 阿里蔡崇信');
    expect(descriptionOf({})).toBe('');
  });

  test('a cover image is kept only when a browser can load it', () => {
    const publicDir = mkdtempSync(path.join(tmpdir(), 'public-'));
    mkdirSync(path.join(publicDir, 'images'));
    writeFileSync(path.join(publicDir, 'images/cover.webp'), '');
    expect(coverImageOf({ image: '/images/cover.webp' }, publicDir)).toBe('/images/cover.webp');
    expect(coverImageOf({ image: '/images/missing.webp' }, publicDir)).toBeUndefined();
    expect(coverImageOf({ thumbnail: 'https://inews.gtimg.com/x/0' }, publicDir)).toBe('https://inews.gtimg.com/x/0');
    expect(coverImageOf({ thumbnail: '' }, publicDir)).toBeUndefined();
  });
});
