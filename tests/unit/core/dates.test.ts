import { describe, expect, test } from 'vitest';
import { formatTaipeiDateTime, parseArticleDate } from '@/lib/core/dates';

// npm run test:unit runs this file under TZ=UTC and TZ=Asia/Taipei: results must not move.
describe(`parseArticleDate (TZ=${process.env.TZ})`, () => {
  test.each([
    ['2026-02-07T14:00:00+08:00', '2026-02-07T06:00:00.000Z'],
    ['2026-02-07T06:00:00Z', '2026-02-07T06:00:00.000Z'],
    ['2026-02-07 14:00:00+0800', '2026-02-07T06:00:00.000Z'],
    ['2025-12-24T12:30:00-05:00', '2025-12-24T17:30:00.000Z'],
    // Forms found in Hugo archives: fractions, a space before the offset, a zone name after it, hours only.
    ['2015-03-14T10:00:00.123+08:00', '2015-03-14T02:00:00.000Z'],
    ['2015-03-14 10:00:00 +0800 CST', '2015-03-14T02:00:00.000Z'],
    ['2015-03-14 10:00:00 +08:00', '2015-03-14T02:00:00.000Z'],
    ['2015-03-14T10:00+08', '2015-03-14T02:00:00.000Z'],
    ['2015-03-14T10:00:00+14:00', '2015-03-13T20:00:00.000Z'],
  ])('%s keeps its offset', (raw, iso) => {
    const result = parseArticleDate(raw);
    expect(result.ok && result.date.toISOString()).toBe(iso);
  });

  test.each([
    ['2025-02-14 02:45:45', '2025-02-13T18:45:45.000Z'],
    ['2026-02-07 02:22', '2026-02-06T18:22:00.000Z'],
    ['2026-02-07', '2026-02-06T16:00:00.000Z'],
    ['2026-02-07T09:30', '2026-02-07T01:30:00.000Z'],
  ])('%s without an offset is Taipei time', (raw, iso) => {
    const result = parseArticleDate(raw);
    expect(result.ok && result.date.toISOString()).toBe(iso);
  });

  test.each([
    [undefined, 'is missing'],
    ['', 'is missing'],
    ['yesterday', 'not a date in a form we read'],
    ['2026-02-30', 'not a real date'],
    ['2026-13-01 10:00', 'not a real date'],
    ['2026-02-07 25:00', 'not a real date'],
    ['2026/02/07', 'not a date in a form we read'],
    ['2026-02-07T14:00:00+25:00', 'impossible time-zone offset'],
    ['2026-02-07T14:00:00+08:60', 'impossible time-zone offset'],
    ['2026-02-07T14:00:00+15:00', 'impossible time-zone offset'],
  ])('%s is refused: %s', (raw, reason) => {
    const result = parseArticleDate(raw);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toContain(reason);
  });
});

test(`formatTaipeiDateTime writes Taipei wall-clock time (TZ=${process.env.TZ})`, () => {
  expect(formatTaipeiDateTime(new Date('2026-02-06T18:22:00Z'))).toBe('2026-02-07 02:22');
  expect(parseArticleDate(formatTaipeiDateTime(new Date('2026-11-23T10:53:00Z')))).toEqual({
    ok: true,
    date: new Date('2026-11-23T10:53:00Z'),
  });
});
