import { urlize } from '../../core/slugs';

/** What Hugo knows of a page when it makes its address. */
export type PermalinkPage = {
  /** The file below the content folder: `posts/2015/my-post.md`, `post/trip/index.md`. */
  path: string;
  title: string;
  slug?: string;
  /** The date as written in front matter: its digits are what Hugo prints (in the date's own zone). */
  date?: string;
  /** The site language the file name carries (`x.zh-tw.md`), which is not part of its name. */
  language?: string;
};

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * The content base name (`:contentbasename`, `:filename`): the file's stem, or its folder for a bundle's index,
 * without the site language the file name carries (`x.zh-tw.md` → `x`, but `node.js.md` → `node.js`).
 */
export function contentBaseName(contentPath: string, language?: string): string {
  const parts = contentPath.replace(/\.(md|markdown|html?)$/i, '').split('/');
  let last = parts.pop()!;
  if (language && last.toLowerCase().endsWith(`.${language.toLowerCase()}`)) last = last.slice(0, -language.length - 1);
  return /^_?index$/i.test(last) && parts.length > 0 ? parts.pop()! : last;
}

/** The folders of a page's path: `posts/2015/x.md` → [posts, 2015]; a bundle's own folder is not one. */
function sectionsOf(contentPath: string): string[] {
  const parts = contentPath.split('/').slice(0, -1);
  if (/^_?index(\.[\w-]+)?\.(md|markdown|html?)$/i.test(contentPath.split('/').pop()!)) parts.pop();
  return parts.map(urlize); // Hugo's path sanitizer, folder by folder: `Docs Section/Foo (2)` → `Docs-Section/Foo-2`
}

/**
 * Hugo's slice syntax for `:sections[…]`: `[1:]`, `[:last]`, `[last]`, `[1:2]`, `[0]`; lenient out of bounds
 * (an index past the end selects nothing), negative numbers read as 0, as Hugo's toSliceFunc does.
 */
function slice<T>(items: T[], spec: string | undefined): T[] {
  const cut = (spec ?? '').trim().toLowerCase();
  if (cut === '') return items;
  if (cut.length < 3 || !cut.startsWith('[') || !cut.endsWith(']') || items.length === 0) return [];
  const index = (text: string, low: boolean): number => {
    if (text === '') return low ? 0 : items.length;
    if (text === 'last') return items.length - 1;
    const n = /^[+-]?\d+$/.test(text) ? Math.max(0, Number(text)) : 0;
    return n >= items.length ? (low ? -1 : items.length) : n;
  };
  const inner = cut.slice(1, -1);
  if (!inner.includes(':')) {
    const n = index(inner, true);
    return n < 0 ? [] : [items[n]];
  }
  const [from, to] = inner.split(':').map((part, position) => index(part, position === 0));
  return from < 0 || to < 0 ? [] : items.slice(from, to);
}

/**
 * A Go time layout (`:06/:1/:2`, `:2006`, `:Jan`, `:Monday`, `:002`) as Hugo formats the page's date with it:
 * each layout element replaced, anything else kept. Zones and fractions of a second are not read.
 */
function goLayout(
  layout: string,
  date: { year: number; month: number; day: number; hour: number; minute: number; second: number },
): string {
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  const weekday = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  const yearDay = Math.round((Date.UTC(date.year, date.month - 1, date.day) - Date.UTC(date.year, 0, 1)) / 86_400_000) + 1;
  const hour12 = date.hour % 12 === 0 ? 12 : date.hour % 12;
  const capital = (word: string) => word[0].toUpperCase() + word.slice(1);
  const elements: [string, () => string][] = [
    ['January', () => capital(MONTHS[date.month - 1])],
    ['Jan', () => capital(MONTHS[date.month - 1]).slice(0, 3)],
    ['Monday', () => capital(WEEKDAYS[weekday])],
    ['Mon', () => capital(WEEKDAYS[weekday]).slice(0, 3)],
    ['2006', () => pad(date.year, 4)],
    ['002', () => pad(yearDay, 3)],
    ['__2', () => String(yearDay).padStart(3, ' ')],
    ['_2', () => String(date.day).padStart(2, ' ')],
    ['01', () => pad(date.month)],
    ['02', () => pad(date.day)],
    ['03', () => pad(hour12)],
    ['04', () => pad(date.minute)],
    ['05', () => pad(date.second)],
    ['06', () => pad(date.year % 100)],
    ['15', () => String(date.hour)],
    ['1', () => String(date.month)],
    ['2', () => String(date.day)],
    ['3', () => String(hour12)],
    ['4', () => String(date.minute)],
    ['5', () => String(date.second)],
    ['PM', () => (date.hour >= 12 ? 'PM' : 'AM')],
    ['pm', () => (date.hour >= 12 ? 'pm' : 'am')],
  ];
  let result = '';
  for (let cursor = 0; cursor < layout.length;) {
    const element = elements.find(([name]) => layout.startsWith(name, cursor));
    result += element ? element[1]() : layout[cursor];
    cursor += element ? element[0].length : 1;
  }
  return result;
}

/**
 * The address Hugo gave a page under a permalink pattern (`/:year/:month/:slug/`), every token Hugo has:
 * dates in the zone the date was written in, `:title` urlized, `:slug` falling back to the title,
 * `:sections[1:]` slices. Undefined when the pattern needs a date the page does not have.
 */
export function expandPermalink(pattern: string, page: PermalinkPage): string | undefined {
  const date = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(page.date ?? '');
  const day = date ? new Date(Date.UTC(+date[1], +date[2] - 1, +date[3])) : undefined;
  const sections = sectionsOf(page.path);
  const base = urlize(contentBaseName(page.path, page.language));
  const slug = page.slug?.trim() ? urlize(page.slug) : undefined;
  let missingDate = false;
  const needDate = (value: (d: Date, parts: RegExpExecArray) => string) => {
    if (!day || !date) {
      missingDate = true;
      return '';
    }
    return value(day, date);
  };
  const tokens: Record<string, (spec?: string) => string> = {
    year: () => needDate((_, parts) => String(Number(parts[1]))), // strconv.Itoa of the year: Go's zero time is year 1
    month: () => needDate((_, parts) => parts[2]),
    monthname: () => needDate((d) => MONTHS[d.getUTCMonth()]),
    day: () => needDate((_, parts) => parts[3]),
    weekday: () => needDate((d) => String(d.getUTCDay())),
    weekdayname: () => needDate((d) => WEEKDAYS[d.getUTCDay()]),
    yearday: () => needDate((d) => String(Math.round((d.getTime() - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000) + 1)),
    section: () => sections[0] ?? '',
    sections: (spec) => slice(sections, spec).join('/'),
    title: () => urlize(page.title),
    slug: () => slug ?? urlize(page.title),
    filename: () => base,
    contentbasename: () => base,
    slugorfilename: () => slug ?? base,
    slugorcontentbasename: () => slug ?? base,
  };
  const expanded = pattern.replace(/:(\w+)(\[[^\]]*\])?/g, (whole, token: string, spec?: string) => {
    if (Object.hasOwn(tokens, token) && (spec === undefined || token === 'sections')) return tokens[token](spec);
    // Anything else Hugo formats the date with, as a Go time layout, when the layout changes it.
    const reference = { year: 2019, month: 11, day: 9, hour: 23, minute: 1, second: 42 };
    if (goLayout(token, reference) === token) return whole;
    return (
      needDate((_, parts) =>
        goLayout(token, {
          year: +parts[1],
          month: +parts[2],
          day: +parts[3],
          hour: +(parts[4] ?? 0),
          minute: +(parts[5] ?? 0),
          second: +(parts[6] ?? 0),
        }),
      ) + (spec ?? '')
    );
  });
  if (missingDate) return undefined;
  return asHugoReadsPermalink(`/${expanded}`.replace(/\/{2,}/g, '/'));
}

/**
 * Hugo 0.111 reads an expanded permalink once more as an escaped address: `+` and escapes such as `%20` are read
 * (`+` a space), and each run of spaces is a hyphen, none beside a hyphen, one at the end all the same: `c++` → `c-`,
 * `x+y z++` → `x-y-z-`, `m-+-n` → `m--n`, `p%20q` → `p-q`. Measured against the real Hugo
 * (tests/unit/tools/import/permalinks-hugo.test.ts); an address without a pattern keeps its `+`.
 */
function asHugoReadsPermalink(address: string): string {
  const spaced = address.replace(/\+/g, ' ');
  let decoded = spaced;
  try {
    decoded = decodeURIComponent(spaced);
  } catch {
    // an escape that is not UTF-8 stays as written, as Go's unescaping leaves what it cannot read
  }
  return decoded.replace(/(-?)\s+(?=(-?))/g, (_, before: string, after: string) => (before || after ? before : '-'));
}

/**
 * Hugo's address for a page with no permalink pattern and no `url`: its folders, then its slug or base name, each
 * through Hugo's path sanitizer (`a b, c's!` → `a-b-cs`, `中文｜標題` → `中文標題`; Hugo also lower-cases it, and the
 * redirect table's keys are lower case).
 */
export function defaultPermalink(page: PermalinkPage): string {
  const slug = urlize(page.slug?.trim() ? page.slug : contentBaseName(page.path, page.language));
  return `/${[...sectionsOf(page.path), slug].join('/')}/`;
}

/**
 * A front-matter date as Hugo 0.111 reads it, or undefined where it cannot (and then takes the zero time, year 1:
 * `/:year/` is `/1/`). Hugo's formats (its cast's list and YAML's timestamps): RFC 3339 with or without the `T`, a
 * zone or seconds' fractions; `2006-01-02`; `02 Jan 2006`. Not `2018-01-01 12:00`: without seconds it is no date.
 */
export function hugoDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const dated =
    /^\d{4}-\d{1,2}-\d{1,2}(?:[Tt ]\d{1,2}:\d{1,2}:\d{1,2}(?:\.\d+)?(?: ?(?:Z|[+-]\d{2}:?\d{2}(?: [A-Z]{3,4})?))?)?$/.test(text) ||
    /^\d{2} [A-Z][a-z]{2} \d{4}$/.test(text);
  if (!dated) return undefined;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(.*)$/.exec(text);
  if (iso) return `${iso[1]}-${iso[2].padStart(2, '0')}-${iso[3].padStart(2, '0')}${iso[4].replace(/^ /, 'T')}`;
  const parsed = new Date(`${text} UTC`);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed.toISOString().slice(0, 10);
}

/** Go's zero time, which Hugo gives a page without a date it can read. */
export const HUGO_ZERO_DATE = '0001-01-01';
