/** What Hugo knows of a page when it makes its address. */
export type PermalinkPage = {
  /** The file below the content folder: `posts/2015/my-post.md`, `post/trip/index.md`. */
  path: string;
  title: string;
  slug?: string;
  /** The date as written in front matter: its digits are what Hugo prints (in the date's own zone). */
  date?: string;
};

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Hugo's `urlize`: spaces to hyphens, punctuation out, letters of any script kept. */
export function urlize(text: string): string {
  return text
    .trim()
    .replace(/\s+/g, '-')
    .replace(/[^\p{L}\p{M}\p{N}\-_.~+/]/gu, '')
    .replace(/-+/g, '-');
}

/** The content base name (`:contentbasename`, `:filename`): the file's stem, or its folder for a bundle's index. */
export function contentBaseName(contentPath: string): string {
  const parts = contentPath.replace(/\.(md|markdown)$/i, '').split('/');
  const last = parts.pop()!;
  return /^_?index(\.[\w-]+)?$/i.test(last) && parts.length > 0 ? parts.pop()! : last.replace(/\.[a-z]{2}(-[a-z]+)?$/i, '');
}

/** The folders of a page's path: `posts/2015/x.md` → [posts, 2015]; a bundle's own folder is not one. */
function sectionsOf(contentPath: string): string[] {
  const parts = contentPath.split('/').slice(0, -1);
  if (/^_?index(\.[\w-]+)?\.(md|markdown)$/i.test(contentPath.split('/').pop()!)) parts.pop();
  return parts;
}

function slice<T>(items: T[], spec: string | undefined): T[] {
  if (!spec) return items;
  const match = /^\[(-?\d*):?(-?\d*)\]$/.exec(spec);
  if (!match) return items;
  const [, from, to] = match;
  if (!spec.includes(':')) return from === '' ? items : [items.at(Number(from))!].filter((item) => item !== undefined);
  return items.slice(from === '' ? 0 : Number(from), to === '' ? undefined : Number(to));
}

/**
 * The address Hugo gave a page under a permalink pattern (`/:year/:month/:slug/`), every token Hugo has:
 * dates in the zone the date was written in, `:title` urlized, `:slug` falling back to the title,
 * `:sections[1:]` slices. Undefined when the pattern needs a date the page does not have.
 */
export function expandPermalink(pattern: string, page: PermalinkPage): string | undefined {
  const date = /^(\d{4})-(\d{2})-(\d{2})/.exec(page.date ?? '');
  const day = date ? new Date(Date.UTC(+date[1], +date[2] - 1, +date[3])) : undefined;
  const sections = sectionsOf(page.path);
  const base = contentBaseName(page.path);
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
    year: () => needDate((_, parts) => parts[1]),
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
  const expanded = pattern.replace(/:([a-z]+)(\[[^\]]*\])?/g, (whole, token: string, spec?: string) => (tokens[token] ? tokens[token](spec) : whole));
  if (missingDate) return undefined;
  const path = `/${expanded}`.replace(/\/{2,}/g, '/');
  return path;
}

/** Hugo's address for a page with no permalink pattern and no `url`: its folders, then its slug or base name. */
export function defaultPermalink(page: PermalinkPage): string {
  const slug = page.slug?.trim() ? urlize(page.slug) : contentBaseName(page.path);
  return `/${[...sectionsOf(page.path), slug].join('/')}/`;
}
