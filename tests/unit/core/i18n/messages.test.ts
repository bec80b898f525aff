import { expect, test } from 'vitest';
import hans from '@/lib/core/i18n/messages/zh-Hans.json';
import hant from '@/lib/core/i18n/messages/zh-Hant.json';
import { foreignCharacters } from '../../../foreign-script';

function keys(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function strings(messages: object): string[] {
  return Object.values(messages).flatMap((value) => (typeof value === 'object' ? strings(value) : [value]));
}

test('both message files have the same keys', () => {
  expect(keys(hans).sort()).toEqual(keys(hant).sort());
});

test('each message file reads in its own script, but for the switcher label', () => {
  const { LocaleSwitcher: hantSwitcher, ...hantRest } = hant;
  const { LocaleSwitcher: hansSwitcher, ...hansRest } = hans;
  expect(foreignCharacters(strings(hantRest).join('\n'), 'zh-Hant')).toEqual([]);
  expect(foreignCharacters(strings(hansRest).join('\n'), 'zh-Hans')).toEqual([]);
  expect(hantSwitcher.label).toBe('简体');
  expect(hansSwitcher.label).toBe('繁體');
});
