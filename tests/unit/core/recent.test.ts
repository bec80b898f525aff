import { expect, test } from 'vitest';
import { RecentDocuments } from '@/lib/core/recent';

test('keeps the newest entries up to its limit, oldest let go first', () => {
  const recent = new RecentDocuments<string, number>(2);
  recent.set('a', 1);
  recent.set('b', 2);
  recent.set('c', 3);
  expect([recent.get('a'), recent.get('b'), recent.get('c')]).toEqual([undefined, 2, 3]);
});

test('take reads an entry once', () => {
  const recent = new RecentDocuments<string, number>();
  recent.set('a', 1);
  expect(recent.take('a')).toBe(1);
  expect(recent.take('a')).toBeUndefined();
});
