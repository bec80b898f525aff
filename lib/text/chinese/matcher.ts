/**
 * The vocabulary matcher: a trie of source-script phrases, searched left to right for the longest
 * phrase at each position (the same maximal forward matching OpenCC uses). One is built per
 * direction and source region, once per process; an article's own pairs get a small one of their own.
 */

/** Where a replacement comes from: the site vocabulary, its protected list, or the article's own pairs. */
export type EntrySource = 'site' | 'protected' | 'article';

export type MatchEntry = { key: string; target: string; source: EntrySource };

/** Root children by UTF-16 code unit (index + 1; 0 is "none"), deeper children in small maps. */
export class PhraseTrie {
  private readonly root = new Int32Array(0x10000);
  private readonly children: (Map<number, number> | undefined)[] = [undefined];
  private readonly values: (MatchEntry | undefined)[] = [undefined];
  /** The entry of the last successful `longestAt`. */
  last: MatchEntry | undefined;
  size = 0;

  /** Adds a phrase; a later entry for the same phrase replaces the earlier one. */
  add(entry: MatchEntry): void {
    const { key } = entry;
    if (key.length === 0) return;
    let node = this.root[key.charCodeAt(0)];
    if (node === 0) {
      node = this.newNode();
      this.root[key.charCodeAt(0)] = node;
    }
    for (let index = 1; index < key.length; index++) {
      const unit = key.charCodeAt(index);
      let map = this.children[node];
      if (!map) this.children[node] = map = new Map();
      let next = map.get(unit);
      if (next === undefined) {
        next = this.newNode();
        map.set(unit, next);
      }
      node = next;
    }
    if (!this.values[node]) this.size++;
    this.values[node] = entry;
  }

  private newNode(): number {
    this.children.push(undefined);
    this.values.push(undefined);
    return this.values.length - 1;
  }

  /** Whether some phrase starts with the code unit at `index`: the cheap test run at every position. */
  startsAt(text: string, index: number): boolean {
    return this.root[text.charCodeAt(index)] !== 0;
  }

  /** The end of the longest phrase starting at `index` (its entry in `last`), or -1. */
  longestAt(text: string, index: number): number {
    let node = this.root[text.charCodeAt(index)];
    if (node === 0) return -1;
    let end = -1;
    let entry: MatchEntry | undefined;
    if (this.values[node]) {
      end = index + 1;
      entry = this.values[node];
    }
    for (let position = index + 1; position < text.length; position++) {
      const next = this.children[node]?.get(text.charCodeAt(position));
      if (next === undefined) break;
      node = next;
      if (this.values[node]) {
        end = position + 1;
        entry = this.values[node];
      }
    }
    this.last = entry;
    return end;
  }
}

/** A replacement found in a text: [start, end) of the source, and the entry that matched. */
export type Replacement = { start: number; end: number; entry: MatchEntry };

/**
 * Replaces vocabulary in `text` and converts everything between with `characters` (OpenCC).
 * Tries are asked in order; the longest phrase wins, and on a tie the earlier trie (the article's).
 * `onReplace` sees every replacement; it is optional, so the plain path allocates nothing for it.
 */
export function replaceVocabulary(
  text: string,
  tries: PhraseTrie[],
  characters: (text: string) => string,
  onReplace?: (replacement: Replacement, gap: string) => void,
): string {
  let output = '';
  let gapStart = 0;
  let index = 0;
  const length = text.length;
  while (index < length) {
    let end = -1;
    let entry: MatchEntry | undefined;
    for (const trie of tries) {
      if (!trie.startsAt(text, index)) continue;
      const found = trie.longestAt(text, index);
      if (found > end) {
        end = found;
        entry = trie.last;
      }
    }
    if (end < 0 || !entry) {
      index++;
      continue;
    }
    const gap = gapStart < index ? characters(text.slice(gapStart, index)) : '';
    output += gap + entry.target;
    onReplace?.({ start: index, end, entry }, gap);
    index = gapStart = end;
  }
  if (gapStart === 0) return characters(text);
  if (gapStart < length) output += characters(text.slice(gapStart));
  return output;
}
