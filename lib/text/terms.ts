import { characterConverter } from './chinese/convert';

/**
 * The key of a tag or category: one per term whichever script it was written in (開源 and 开源 are one
 * tag, 開源 AI and 开源ai too). Characters only, not vocabulary, so that a glossary edit never moves a
 * tag's address. Used in URLs as is (Next encodes it), so the few characters that would split a path
 * or a query become hyphens.
 */
export function termKey(term: string): string {
  return (
    characterConverter(
      'tw',
      'cn',
    )(term.normalize('NFKC'))
      .toLowerCase()
      .replace(/(?<=\p{Script=Han})\s+|\s+(?=\p{Script=Han})/gu, '') // 開源 AI and 開源AI are one tag
      .replace(/[\s/\\?#%]+/gu, '-')
      .replace(/-+/g, '-')
      .replace(/^-|-$/g, '')
      // "." and ".." are not path segments a URL can keep: full-width dots are.
      .replace(/^\.+$/, (dots) => '．'.repeat(dots.length))
  );
}

/** Taxonomy values as Hugo allows them (a list, one string, numbers), as trimmed strings without empties. */
export function termList(value: unknown): string[] {
  const items = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  // An empty item of a YAML list (`- ` or `~`) is null: no term, not one named "null".
  return items
    .filter((item) => item !== null && item !== undefined)
    .map((item) => String(item).trim())
    .filter((item) => item !== '');
}
