import { expect, test } from 'vitest';
import { localeFromAcceptLanguage } from '@/lib/core/i18n/negotiate';

test.each([
  ['zh-CN', 'zh-Hans'],
  ['zh-SG', 'zh-Hans'],
  ['zh-Hans', 'zh-Hans'],
  ['zh-Hans-CN', 'zh-Hans'],
  ['zh-TW', 'zh-Hant'],
  ['zh-HK', 'zh-Hant'],
  ['zh-MO', 'zh-Hant'],
  ['zh-Hant', 'zh-Hant'],
  ['zh', 'zh-Hant'],
  ['en-US,en;q=0.9', 'zh-Hant'],
  ['en;q=0.9,zh-CN;q=0.5', 'zh-Hans'],
  ['zh-TW;q=0.4,zh-CN;q=0.8', 'zh-Hans'],
  ['', 'zh-Hant'],
  [null, 'zh-Hant'],
])('Accept-Language %j → %s', (header, locale) => {
  expect(localeFromAcceptLanguage(header)).toBe(locale);
});
