/** Where our editors work: a date written without an offset means wall-clock time here. */
export const SITE_TIME_ZONE = 'Asia/Taipei';

/**
 * The forms Hugo archives use (Go's time layouts as Hugo's front matter reads them): a date, optionally a
 * time (seconds and fractions optional, `T` or a space; Go's `15` takes a one-digit hour, `T8:59:56`), optionally an offset (`Z`, `+08:00`, `+0800`,
 * `+08`, with or without a space before it), optionally a zone abbreviation after it (`+0800 CST`).
 */
const ARTICLE_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(?: ?(Z|[+-]\d{2}(?::?\d{2})?)(?: [A-Z]{2,5})?)?$/;

export type DateParseResult = { ok: true; date: Date } | { ok: false; reason: string };

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** Offset of `timeZone` from UTC at `instant`, in minutes (Intl knows the zone's history, DST included). */
function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  // A format is costly to build and asked for every date an archive has: one per zone.
  let format = offsetFormats.get(timeZone);
  if (!format) offsetFormats.set(timeZone, (format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })));
  const name = format.formatToParts(instant).find((part) => part.type === 'timeZoneName')!.value; // "GMT+08:00", or "GMT" for UTC
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

function isRealDay(year: number, month: number, day: number): boolean {
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

function isRealTime(hour: number, minute: number, second: number): boolean {
  return hour < 24 && minute < 60 && second < 60;
}

/** An offset in minutes east of UTC, or undefined when no zone on Earth has it (zones run from -12:00 to +14:00). */
function offsetMinutes(offset: string): number | undefined {
  if (offset === 'Z') return 0;
  const [, sign, hours, minutes = '00'] = /^([+-])(\d{2}):?(\d{2})?$/.exec(offset)!;
  if (Number(hours) > 14 || Number(minutes) >= 60) return undefined;
  const total = Number(hours) * 60 + Number(minutes);
  return sign === '-' ? -total : total;
}

/**
 * Parses a front-matter date. With an offset it is taken as written; without one it is Taipei
 * wall-clock time, so that a build in UTC and an editor's laptop agree. Never yields an Invalid Date.
 */
export function parseArticleDate(raw: unknown): DateParseResult {
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? { ok: false, reason: 'is not a real date' } : { ok: true, date: raw };
  if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) return { ok: false, reason: 'is missing' };
  // A number (`date: 2026`), a list or a set of fields: say what was written, not that nothing was.
  if (typeof raw !== 'string')
    return {
      ok: false,
      reason: `${Array.isArray(raw) ? 'is a list' : typeof raw === 'object' ? 'is a set of fields' : `"${String(raw)}" is`} not a date in a form we read`,
    };
  const text = raw.trim();
  const match = ARTICLE_DATE.exec(text);
  if (!match) return { ok: false, reason: `"${text}" is not a date in a form we read` };
  const [, y, m, d, hh = '0', mm = '0', ss = '0', offset] = match;
  if (!isRealDay(+y, +m, +d) || !isRealTime(+hh, +mm, +ss)) return { ok: false, reason: `"${text}" is not a real date` };
  const asIfUtc = Date.UTC(+y, +m - 1, +d, +hh, +mm, +ss);
  if (offset === undefined) return { ok: true, date: new Date(asIfUtc - zoneOffsetMinutes(new Date(asIfUtc), SITE_TIME_ZONE) * 60_000) };
  const minutes = offsetMinutes(offset);
  if (minutes === undefined) return { ok: false, reason: `"${text}" has an impossible time-zone offset (${offset})` };
  return { ok: true, date: new Date(asIfUtc - minutes * 60_000) };
}

export const DATE_FIX_HINT = 'write it as 2026-02-07, 2026-02-07 14:00 (Taipei time) or 2026-02-07T14:00:00+08:00';

/** `instant` as Taipei wall-clock time, `YYYY-MM-DD HH:mm`: the form editors write in front matter. */
export function formatTaipeiDateTime(instant: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: SITE_TIME_ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}
