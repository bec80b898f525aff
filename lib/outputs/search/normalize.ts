/**
 * Text normalisation and tokenisation for search, shared by the build (Node) and the browser: no
 * dependencies, no Node APIs. The one piece of data it needs, the character map, is derived at build
 * time from OpenCC's tables (charmap.ts) and shipped in the index's manifest.json.
 *
 * - `normalize` works code unit by code unit and never changes a string's length, so a match at offset i
 *   of `normalize(display)` is at offset i of `display`: snippets in either script get their highlights
 *   without any other data.
 * - Han characters map to one canonical form (mostly the Simplified one): 主權, 主权 and Hong Kong
 *   variants all become 主权. Documents and queries go through the same function, so they always agree,
 *   even where a character-level mapping is not the right conversion (the form is a key, never shown).
 * - Latin letters are lower-cased; full-width ASCII (ＯｐｅｎＡＩ) becomes ASCII.
 */

/** Traditional/variant → canonical, one UTF-16 code unit to one. */
export type CharMap = ReadonlyMap<string, string>;

/** The map as shipped to the browser: a string of pairs, source then canonical ("權权國国…"). */
export function decodeCharMap(pairs: string): CharMap {
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < pairs.length; i += 2) map.set(pairs[i], pairs[i + 1]);
  return map;
}

export function encodeCharMap(map: CharMap): string {
  return [...map]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([from, to]) => from + to)
    .join('');
}

const tables = new WeakMap<CharMap, Uint16Array>();

/** Every UTF-16 code unit's normal form, computed once per map (64 K entries, a few milliseconds). */
function tableOf(map: CharMap): Uint16Array {
  let table = tables.get(map);
  if (table) return table;
  table = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff)
      table[code] = code; // half of a surrogate pair: unchanged
    else if (code >= 0xff01 && code <= 0xff5e)
      table[code] = code - 0xfee0; // full-width ASCII
    else {
      const lower = String.fromCharCode(code).toLowerCase(); // Latin, Greek, Cyrillic…: one-to-one changes only
      table[code] = lower.length === 1 ? lower.charCodeAt(0) : code;
    }
  }
  for (let code = 0x41; code <= 0x5a; code++) table[code + 0xfee0] = code + 32; // Ａ-Ｚ → a-z
  for (const [from, to] of map) {
    const code = from.charCodeAt(0);
    if (code >= 0x80 && !(code >= 0xd800 && code <= 0xdfff) && !(code >= 0xff01 && code <= 0xff5e)) table[code] = to.charCodeAt(0);
  }
  tables.set(map, table);
  return table;
}

// ignoreBOM: keep a leading U+FEFF, as every other character (the length must not change).
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/** Text as the index and queries see it. Length-preserving; surrogate pairs pass through unchanged. */
export function normalize(text: string, map: CharMap): string {
  const table = tableOf(map);
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = table[text.charCodeAt(i)];
  return utf16.decode(codes);
}

/** Characters indexed by bigrams (Han, kana, Hangul); runs of other letters and digits are words. */
const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}';
const CJK_CHAR = new RegExp(`^[${CJK}]$`, 'u');
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const OTHER = 0;
const CJK_RUN = 1;
const WORD_RUN = 2;

/** A code point's class: CJK, word (a letter or digit that is not CJK), or other. */
function classOf(codePoint: number): number {
  const char = String.fromCodePoint(codePoint);
  return CJK_CHAR.test(char) ? CJK_RUN : LETTER_OR_DIGIT.test(char) ? WORD_RUN : OTHER;
}

let classTable: Uint8Array | undefined;
/** The same, from a table of the Basic Multilingual Plane: for indexing whole articles at build time. */
function tabulatedClassOf(codePoint: number): number {
  if (codePoint > 0xffff) return classOf(codePoint);
  if (!classTable) {
    classTable = new Uint8Array(0x10000);
    for (let code = 0; code < 0x10000; code++) classTable[code] = classOf(code);
  }
  return classTable[codePoint];
}

/** Maximal runs of CJK characters and of word characters, as [class, start, end, class, start, end, …]. */
function runs(text: string, classify: (codePoint: number) => number): number[] {
  const found: number[] = [];
  let current = OTHER;
  let start = 0;
  for (let i = 0; i < text.length;) {
    const codePoint = text.codePointAt(i)!;
    const kind = classify(codePoint);
    if (kind !== current) {
      if (current !== OTHER) found.push(current, start, i);
      current = kind;
      start = i;
    }
    i += codePoint > 0xffff ? 2 : 1;
  }
  if (current !== OTHER) found.push(current, start, text.length);
  return found;
}

/** Longer words are cut to this length, in the index and in queries alike. */
export const MAX_WORD = 32;

export type Term = { kind: 'cjk' | 'word'; text: string };

const cutWord = (word: string) => (word.length <= MAX_WORD ? word : [...word].slice(0, MAX_WORD).join(''));

/** Normalised text's terms: maximal CJK runs and word runs. "开源ai 模型" → 开源, ai, 模型. */
export function splitTerms(normalized: string): Term[] {
  const found = runs(normalized, classOf);
  const terms: Term[] = [];
  for (let r = 0; r < found.length; r += 3) {
    const text = normalized.slice(found[r + 1], found[r + 2]);
    terms.push(found[r] === CJK_RUN ? { kind: 'cjk', text } : { kind: 'word', text: cutWord(text) });
  }
  return terms;
}

/**
 * The index keys of normalised text, counted (each occurrence adds `weight`). A CJK run c1…cn gives every
 * bigram cᵢcᵢ₊₁ and its last character alone (the "terminal unigram"): every occurrence of a character
 * then begins some key, so a one-character query is the union of the keys starting with it. A word run
 * gives the word.
 */
export function indexTokens(normalized: string, into = new Map<string, number>(), weight = 1): Map<string, number> {
  const add = (key: string) => into.set(key, (into.get(key) ?? 0) + weight);
  const found = runs(normalized, tabulatedClassOf);
  for (let r = 0; r < found.length; r += 3) {
    const start = found[r + 1];
    const end = found[r + 2];
    if (found[r] === WORD_RUN) {
      add(cutWord(normalized.slice(start, end)));
      continue;
    }
    let previous = -1;
    for (let i = start; i < end;) {
      const next = i + (normalized.charCodeAt(i) >= 0xd800 && normalized.charCodeAt(i) <= 0xdbff ? 2 : 1);
      if (previous >= 0) add(normalized.slice(previous, next));
      previous = i;
      i = next;
    }
    add(normalized.slice(previous, end));
  }
  return into;
}

/** The distinct bigrams of a CJK term of two or more characters. */
export function termBigrams(term: string): string[] {
  const chars = [...term];
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i] + chars[i + 1]);
  return [...grams];
}

/**
 * What decides a key's shard, so that a prefix look-up stays in one file: a CJK key's first character
 * (a one-character query needs every key that starts with it), a word's first two letters.
 */
function shardKey(key: string): string {
  const first = key.codePointAt(0)!;
  return classOf(first) === CJK_RUN ? String.fromCodePoint(first) : [...key].slice(0, 2).join('');
}

/** The shard file of a key: FNV-1a of its shard key, modulo the number of shards. */
export function shardOf(key: string, shards: number): number {
  const k = shardKey(key);
  let hash = 0x811c9dc5;
  for (let i = 0; i < k.length; i++) {
    hash ^= k.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % shards;
}

function isWordChar(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  const start = i > 0 && code >= 0xdc00 && code <= 0xdfff ? i - 1 : i; // the whole code point
  return classOf(text.codePointAt(start)!) === WORD_RUN;
}

/**
 * The first offset ≥ `from` where a term matches normalised text, or -1: a CJK term anywhere (substring),
 * a word at the start of a word ("transform" finds "transformers", "ai" does not find "said"), a
 * one-letter word only as a whole word (words are sharded by their first two letters).
 */
export function findTerm(normalized: string, term: Term, from = 0): number {
  const whole = term.kind === 'word' && term.text.length === 1;
  let i = normalized.indexOf(term.text, from);
  while (i >= 0) {
    if (term.kind === 'cjk') return i;
    const starts = i === 0 || !isWordChar(normalized, i - 1);
    const end = i + term.text.length;
    if (starts && (!whole || end >= normalized.length || !isWordChar(normalized, end))) return i;
    i = normalized.indexOf(term.text, i + 1);
  }
  return -1;
}

/** A query's distinct terms, normalised. */
export function queryTerms(query: string, map: CharMap): Term[] {
  const seen = new Set<string>();
  return splitTerms(normalize(query, map)).filter((term) => !seen.has(term.kind + term.text) && !!seen.add(term.kind + term.text));
}
