/**
 * The vocabulary matcher: a trie of source-script phrases, searched left to right for the longest
 * phrase at each position (the same maximal forward matching OpenCC uses). One is built per
 * direction and source region, once per process; an article's own pairs get a small one of their own.
 *
 * An entry may carry neighbours (glossary.ts's `preceded`, `followed`, `sentence`, `notPreceded`, `notFollowed`,
 * `notSentence`, here already spelled in the source script): it then applies only where the text around the
 * phrase allows it.
 * At one phrase, a protected entry wins, then the first rule whose neighbours are there, then the plain
 * entry; the longest phrase that applies wins overall, so a rule that does not apply leaves the shorter
 * phrases inside it to match.
 */
import type { Neighbours } from './glossary';

/** Where a replacement comes from: the site vocabulary, its protected list, or the article's own pairs. */
export type EntrySource = 'site' | 'protected' | 'article';

export type MatchEntry = { key: string; target: string; source: EntrySource; when?: Neighbours };

const SPACE = 0x20;

/** Whether one of `words` ends at `end` in `text`, or does so before a run of spaces that ends at `end`. */
function endsWithAny(text: string, end: number, words: string[]): boolean {
  let before = end;
  while (before > 0 && text.charCodeAt(before - 1) === SPACE) before--;
  for (const word of words) if (text.endsWith(word, end) || (before !== end && text.endsWith(word, before))) return true;
  return false;
}

/** Whether one of `words` starts at `start` in `text`, or right after a run of spaces that starts there. */
function startsWithAny(text: string, start: number, words: string[]): boolean {
  let after = start;
  while (after < text.length && text.charCodeAt(after) === SPACE) after++;
  for (const word of words) if (text.startsWith(word, start) || (after !== start && text.startsWith(word, after))) return true;
  return false;
}

/** Characters that end a sentence, for `sentence` neighbours: 。！？；, their ASCII forms and line breaks. */
const SENTENCE_ENDS = new Set(['。', '！', '？', '；', '!', '?', ';', '\n']);
/** A sentence is searched this far on each side of the phrase at most (a text without full stops is not read whole). */
const SENTENCE_REACH = 160;

/**
 * Where the words of a list occur in the sentence last asked about, per list (lists are shared by the entries
 * that name the same words, see convert.ts): a sentence with several rule words is searched once per list.
 */
const sentenceMemo = new WeakMap<string[], { text: string; from: number; to: number; spans: number[] }>();

/** The last sentence found, when it ended at sentence ends on both sides (not cut at SENTENCE_REACH). */
let lastSentence: { text: string; from: number; to: number } | undefined;

/** The bounds of the sentence around [start, end) of `text`, at most SENTENCE_REACH characters each way. */
function sentenceAround(text: string, start: number, end: number): [number, number] {
  const last = lastSentence;
  if (
    last &&
    last.text === text &&
    last.from <= start &&
    end <= last.to &&
    start - last.from <= SENTENCE_REACH &&
    last.to - end <= SENTENCE_REACH
  )
    return [last.from, last.to];
  let from = start;
  while (from > 0 && start - from < SENTENCE_REACH && !SENTENCE_ENDS.has(text[from - 1])) from--;
  let to = end;
  while (to < text.length && to - end < SENTENCE_REACH && !SENTENCE_ENDS.has(text[to])) to++;
  const whole = (from === 0 || SENTENCE_ENDS.has(text[from - 1])) && (to === text.length || SENTENCE_ENDS.has(text[to]));
  lastSentence = whole ? { text, from, to } : undefined;
  return [from, to];
}

/** Whether one of `words` occurs in the sentence around [start, end) of `text` (the phrase itself excluded). */
function sentenceHasAny(text: string, start: number, end: number, words: string[]): boolean {
  const [from, to] = sentenceAround(text, start, end);
  if (from === start && to === end) return false;
  let memo = sentenceMemo.get(words);
  if (!memo || memo.text !== text || memo.from !== from || memo.to !== to) {
    // Every occurrence of every word in the sentence, as start and end pairs.
    const sentence = text.slice(from, to);
    const spans: number[] = [];
    for (const word of words) {
      for (let at = sentence.indexOf(word); at >= 0; at = sentence.indexOf(word, at + 1)) spans.push(from + at, from + at + word.length);
    }
    memo = { text, from, to, spans };
    sentenceMemo.set(words, memo);
  }
  const { spans } = memo;
  for (let index = 0; index < spans.length; index += 2) if (spans[index + 1] <= start || spans[index] >= end) return true;
  return false;
}

/** Whether an entry with neighbours applies to the phrase at [start, end) of `text`. */
function neighboursAllow(text: string, start: number, end: number, when: Neighbours): boolean {
  if (when.notPreceded && endsWithAny(text, start, when.notPreceded)) return false;
  if (when.notFollowed && startsWithAny(text, end, when.notFollowed)) return false;
  if (when.notSentence && sentenceHasAny(text, start, end, when.notSentence)) return false;
  if (!when.preceded && !when.followed && !when.sentence) return true;
  return Boolean(
    (when.preceded && endsWithAny(text, start, when.preceded)) ||
    (when.followed && startsWithAny(text, end, when.followed)) ||
    (when.sentence && sentenceHasAny(text, start, end, when.sentence)),
  );
}

const sameNeighbours = (a: Neighbours | undefined, b: Neighbours | undefined) => JSON.stringify(a) === JSON.stringify(b);

/** Root children by UTF-16 code unit (index + 1; 0 is "none"), deeper children in small maps. */
export class PhraseTrie {
  private readonly root = new Int32Array(0x10000);
  private readonly children: (Map<number, number> | undefined)[] = [undefined];
  private readonly values: (MatchEntry | undefined)[] = [undefined];
  /** Entries with neighbours, per node, in the order they were added. */
  private readonly rules: (MatchEntry[] | undefined)[] = [undefined];
  /** The entry of the last successful `longestAt`. */
  last: MatchEntry | undefined;
  size = 0;

  /** Adds a phrase; a later entry for the same phrase (and the same neighbours) replaces the earlier one. */
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
    if (!this.values[node] && !this.rules[node]) this.size++;
    if (!entry.when) {
      this.values[node] = entry;
      return;
    }
    const rules = (this.rules[node] ??= []);
    const same = rules.findIndex((rule) => sameNeighbours(rule.when, entry.when));
    if (same >= 0) rules[same] = entry;
    else rules.push(entry);
  }

  private newNode(): number {
    this.children.push(undefined);
    this.values.push(undefined);
    this.rules.push(undefined);
    return this.values.length - 1;
  }

  /** The entry that applies at a node for the phrase [start, end), if any: protected, then rules, then plain. */
  private entryAt(node: number, text: string, start: number, end: number): MatchEntry | undefined {
    const plain = this.values[node];
    const rules = this.rules[node];
    if (!rules || plain?.source === 'protected') return plain;
    for (const rule of rules) if (neighboursAllow(text, start, end, rule.when!)) return rule;
    return plain;
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
    let found = this.values[node] || this.rules[node] ? this.entryAt(node, text, index, index + 1) : undefined;
    if (found) {
      end = index + 1;
      entry = found;
    }
    for (let position = index + 1; position < text.length; position++) {
      const next = this.children[node]?.get(text.charCodeAt(position));
      if (next === undefined) break;
      node = next;
      found = this.values[node] || this.rules[node] ? this.entryAt(node, text, index, position + 1) : undefined;
      if (found) {
        end = position + 1;
        entry = found;
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
