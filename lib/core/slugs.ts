import { pinyin } from 'pinyin-pro';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SLUG_WORDS = 10;

/** A URL slug: lower-case ASCII words joined by hyphens. */
export function isSlug(value: string): boolean {
  return SLUG.test(value);
}

/**
 * Text as a slug: Latin letters and digits kept (accents dropped), Chinese as toneless pinyin, everything
 * else a separator; at most `maxWords` words. Undefined when nothing usable is left (punctuation only).
 */
export function toSlug(text: string, maxWords = MAX_SLUG_WORDS): string | undefined {
  const words = pinyin(text.normalize('NFKD').replace(/\p{M}/gu, ''), { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .flatMap((token) => token.toLowerCase().split(/[^a-z0-9]+/))
    .filter(Boolean)
    .slice(0, maxWords);
  return words.length > 0 ? words.join('-') : undefined;
}

/** A URL slug from the date and the title: pinyin for Chinese, so it stays lower-case ASCII. */
export function slugFromTitle(date: string, title: string): string {
  return [date.slice(0, 10), toSlug(title, 8)].filter(Boolean).join('-');
}

/** The name Hugo gives a content file in addresses (`:filename`): its stem, or its folder for a bundle's index.md. */
export function fileStem(relativePath: string): string {
  const parts = relativePath.replace(/\.(md|markdown)$/i, '').split('/');
  const last = parts.pop()!;
  return last === 'index' && parts.length > 0 ? parts.pop()! : last;
}

/** The last segment of an address (`/2015/03/my-post/` → `my-post`, `/a/b.html` → `b`). */
function lastSegment(url: string): string {
  const segments = url.split(/[?#]/)[0].split('/').filter(Boolean);
  return (segments.pop() ?? '').replace(/\.html?$/i, '');
}

/**
 * An article's slug, as Hugo chooses its address: the `slug` field, then the last segment of `url`,
 * then the file name. Any of them may be Chinese or mixed case: it becomes an ASCII slug (pinyin).
 * The title is the last resort, for a file named only with punctuation.
 */
export function postSlug(fields: { slug?: string; url?: string; file: string; title: string }): string {
  const candidates = [fields.slug, fields.url && lastSegment(fields.url), fileStem(fields.file), fields.title];
  for (const candidate of candidates) {
    if (!candidate) continue;
    // A slug already written as one is kept whole; anything else is made one (and shortened).
    const slug = isSlug(candidate.toLowerCase()) ? candidate.toLowerCase() : toSlug(candidate);
    if (slug) return slug;
  }
  return 'article';
}

/** Pages (about, docs) are the files under content/pages/; articles are under content/posts/. */
export function isPageFile(relativePath: string): boolean {
  return relativePath.startsWith('pages/');
}

/**
 * A page's path, its address below the locale: its folders and name as slugs (`pages/Docs/關於.md` → `docs/guan-yu`),
 * a section's `_index.md` or a bundle's `index.md` its folder, the `slug` field in place of the last segment.
 */
export function pagePath(relativePath: string, slug?: string): string {
  const parts = relativePath
    .replace(/^pages\//, '')
    .replace(/\.(md|markdown)$/i, '')
    .split('/');
  if (/^_?index$/i.test(parts.at(-1) ?? '')) parts.pop();
  if (slug !== undefined) parts.splice(Math.max(0, parts.length - 1), 1, slug);
  const segments = parts.map((part) => (isSlug(part.toLowerCase()) ? part.toLowerCase() : (toSlug(part) ?? 'page')));
  return segments.join('/') || 'index';
}

/**
 * Hugo's `urlize` (its path sanitizer): letters of any script, digits, marks, `. _ ~ + - @ /` and `%XX` escapes
 * kept; a run of spaces between kept characters one hyphen (none beside a hyphen already there, none at the
 * ends); everything else out. Hyphens the text had are kept as they are (`A -- B` is `A--B`).
 */
export function urlize(text: string): string {
  const chars = [...text];
  let result = '';
  let pendingHyphen = false;
  let wasHyphen = false;
  chars.forEach((char, index) => {
    const allowed =
      /[\p{L}\p{Nd}\p{M}._~+\-@/]/u.test(char) || (char === '%' && /^[0-9a-f]{2}$/i.test(chars.slice(index + 1, index + 3).join('')));
    if (allowed) {
      wasHyphen = char === '-';
      if (pendingHyphen && !wasHyphen) result += '-';
      pendingHyphen = false;
      result += char;
    } else if (result !== '' && !wasHyphen && /\s/u.test(char)) pendingHyphen = true;
  });
  return result;
}
