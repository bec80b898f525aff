/**
 * The article body laid out for the page's script, after the W3C's Requirements for Chinese Text Layout
 * (clreq): quotation marks in the page's forms (quotes.ts), the gap between Han and Latin letters or
 * digits left to layout, and English marked as English.
 *
 * - **Spacing.** Layout draws the gap (`text-autospace`, app/[locale]/globals.css), so the spaces writers
 *   type between Han and Latin are removed: copying and searching get 開源AI, not 開源 AI, and the gap is
 *   the same everywhere. For browsers without `text-autospace`, each Latin word that touches Han is wrapped
 *   in a span whose class gives it a margin on that side, only under `@supports not (text-autospace: normal)`:
 *   no character is inserted for them either.
 * - **Language.** A paragraph (or list item, heading, cell) written in Latin script only, and an English
 *   quotation inside Chinese text, get `lang="en"`, so they are drawn with Latin fonts and read as English.
 *
 * Text is read a block at a time, across its inline elements (`<a>`, `<em>`…), so a quotation opened in one
 * text node and closed in another pairs; code, images and elements marked `translate="no"` are never changed.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import type { Locale } from '../../core/i18n/routing';
import { quotationsOf, regionalQuotes } from './quotes';

export type TypesetOptions = {
  /** The page's script. */
  script: Locale;
  /** The article's `keep_quotes`: its quotation marks are shown as written. */
  keepQuotes?: boolean;
};

/** Classes of the spans that carry the fallback gap: on the start side, the end side, or both. */
export const AUTOSPACE_CLASSES = { start: 'as-s', end: 'as-e', both: 'as' } as const;

/** Elements that continue the text of the block around them. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'data',
  'del',
  'dfn',
  'em',
  'i',
  'ins',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'ruby',
]);
/** Elements inside a block whose content is not prose: the block's text reads each as one opaque character. */
const OPAQUE = new Set([
  'code',
  'kbd',
  'samp',
  'var',
  'img',
  'svg',
  'math',
  'rt',
  'rp',
  'input',
  'button',
  'select',
  'textarea',
  'iframe',
  'video',
  'audio',
  'object',
  'canvas',
  'wbr',
]);
/** Blocks left whole. */
const SKIPPED = new Set(['pre', 'script', 'style', 'template']);
const PROSE_ATTRIBUTES = ['alt', 'title'] as const;

/** What an opaque element stands for in a block's text: neither Han, nor Latin, nor a quote mark, nor a space. */
const OPAQUE_CHARACTER = '\ufffc';

const HAN = /\p{Script=Han}/u;
/** Letters and digits between which and Han `text-autospace: normal` draws its gap. */
const AUTOSPACED = '[\\p{Script=Latin}\\p{Script=Greek}\\p{Script=Cyrillic}0-9]';
/** Typed spaces between Han and a Latin letter or digit, either way round. */
const TYPED_GAP = new RegExp(`(?<=\\p{Script=Han})[ \\t\\r\\n]+(?=${AUTOSPACED})|(?<=${AUTOSPACED})[ \\t\\r\\n]+(?=\\p{Script=Han})`, 'gu');
/** Where layout draws a gap: after Han before a letter or digit, or after a letter or digit before Han. */
const GAP = new RegExp(`\\p{Script=Han}(?=${AUTOSPACED})|${AUTOSPACED}(?=\\p{Script=Han})`, 'gu');
/** What ends a Western word: a space, Han, CJK punctuation, a quote mark (an apostrophe inside a Latin word does not). */
const NOT_WESTERN = /[\s\p{Script=Han}\u3000-\u303f\uff00-\uffef「」『』“”‘’"']/u;
const LATIN_LETTER = /\p{Script=Latin}/u;
/** Sides of a letter that need the gap, as bits. */
type Sides = number;
const START = 1;
const END = 2;
/** Scripts of Chinese, Japanese and Korean text, and their punctuation: a block with any is not English. */
const EAST_ASIAN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}\u3000-\u303f\uff00-\uffef]/u;
const URL = /(?:https?:\/\/|www\.)\S+/giu;

type TextSegment = { kind: 'text'; node: Text; parent: Element | Root };
type Segment = TextSegment | { kind: 'opaque' } | { kind: 'break' };

/** The prose of one block: its text nodes and opaque elements in reading order. */
class Run {
  segments: Segment[] = [];

  text(): string {
    return this.segments
      .map((segment) => (segment.kind === 'text' ? segment.node.value : segment.kind === 'break' ? '\n' : OPAQUE_CHARACTER))
      .join('');
  }

  /** The text segment holding the character at `index` of `text()`, with the segment's start. */
  locate(index: number): { at: number; start: number } | undefined {
    let start = 0;
    for (let at = 0; at < this.segments.length; at++) {
      const segment = this.segments[at];
      const length = segment.kind === 'text' ? segment.node.value.length : 1;
      if (index < start + length) return segment.kind === 'text' ? { at, start } : undefined;
      start += length;
    }
    return undefined;
  }

  /** Rewrites characters of `text()` in place: `edits` maps an index to its replacement ('' removes it). */
  edit(edits: Map<number, string>): void {
    const indexes = [...edits.keys()].sort((a, b) => a - b);
    let next = 0;
    let start = 0;
    for (const segment of this.segments) {
      const length = segment.kind === 'text' ? segment.node.value.length : 1;
      if (segment.kind === 'text' && next < indexes.length && indexes[next] < start + length) {
        const value = segment.node.value;
        let result = '';
        let copied = 0;
        for (; next < indexes.length && indexes[next] < start + length; next++) {
          const offset = indexes[next] - start;
          result += value.slice(copied, offset) + edits.get(indexes[next]);
          copied = offset + 1;
        }
        segment.node.value = result + value.slice(copied);
      }
      start += length;
    }
  }
}

function isOpaque(element: Element): boolean {
  return OPAQUE.has(element.tagName) || element.properties.translate === 'no';
}

function hasLang(element: Element): boolean {
  return typeof element.properties.lang === 'string';
}

/** Reads a block's prose into runs, typesets each, and descends into the blocks it contains. */
function typesetBlock(block: Element | Root, options: TypesetOptions, inLang: boolean): void {
  const runs: Run[] = [];
  let run = new Run();
  let childBlocks = 0;
  const flush = () => {
    if (run.segments.some((segment) => segment.kind === 'text')) runs.push(run);
    run = new Run();
  };
  const quoteAttributes = (element: Element) => {
    if (options.keepQuotes) return;
    for (const attribute of PROSE_ATTRIBUTES) {
      const value = element.properties[attribute];
      if (typeof value === 'string') element.properties[attribute] = regionalQuotes(value, options.script);
    }
  };
  const read = (parent: Element | Root, lang: boolean) => {
    for (const child of parent.children) {
      if (child.type === 'text') run.segments.push({ kind: 'text', node: child, parent });
      if (child.type !== 'element') continue;
      if (SKIPPED.has(child.tagName)) {
        flush();
        continue;
      }
      if (child.tagName === 'br') run.segments.push({ kind: 'break' });
      else if (isOpaque(child)) {
        if (child.tagName === 'img') quoteAttributes(child);
        run.segments.push({ kind: 'opaque' });
      } else if (INLINE.has(child.tagName)) {
        quoteAttributes(child);
        read(child, lang || hasLang(child));
      } else {
        flush();
        childBlocks++;
        quoteAttributes(child);
        typesetBlock(child, options, lang || hasLang(child));
      }
    }
  };
  read(block, inLang);
  flush();
  const english =
    block.type === 'element' && !inLang && childBlocks === 0 && runs.length > 0 && runs.every((each) => isEnglishText(each.text()));
  if (english) block.properties.lang = 'en';
  for (const each of runs) typesetRun(each, options, inLang || english);
}

/** Text in Latin script with no East Asian character: an English paragraph (addresses do not count as words). */
function isEnglishText(text: string): boolean {
  const words = text.replace(URL, '');
  return !EAST_ASIAN.test(text) && /\p{Script=Latin}{2}/u.test(words);
}

function typesetRun(run: Run, options: TypesetOptions, inLang: boolean): void {
  const text = run.text();
  const edits = new Map<number, string>();
  const english: [number, number][] = [];
  if (!options.keepQuotes) {
    for (const quotation of quotationsOf(text, options.script)) {
      edits.set(quotation.open, quotation.marks[0]);
      edits.set(quotation.close, quotation.marks[1]);
      // Outermost first: a quotation inside an English one is marked with it.
      if (!quotation.english || english.some(([, end]) => quotation.open < end)) continue;
      // Curly or straight marks belong to the English text; corner brackets to the Chinese around it.
      const western = !'「」『』'.includes(quotation.marks[0]);
      english.push(western ? [quotation.open, quotation.close + 1] : [quotation.open + 1, quotation.close]);
    }
  }
  const removed: number[] = [];
  for (const match of text.matchAll(TYPED_GAP)) {
    for (let index = match.index; index < match.index + match[0].length; index++) {
      edits.set(index, '');
      removed.push(index);
    }
  }
  run.edit(edits);
  if (!inLang) {
    // Where each English quotation is once the spaces are gone (none is inside one: it holds no Han).
    const shift = (index: number) => index - countBelow(removed, index);
    for (const [start, end] of english.reverse()) markEnglish(run, shift(start), shift(end));
  }
  wrapWesternWords(run);
}

/** How many of the sorted `indexes` are below `index`. */
function countBelow(indexes: number[], index: number): number {
  let low = 0;
  let high = indexes.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (indexes[middle] < index) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Wraps the characters [start, end) of a run in `<span lang="en">`, when both ends lie in text nodes of one
 * parent (a quotation that starts inside a link and ends outside it is left unmarked).
 */
function markEnglish(run: Run, start: number, end: number): void {
  const first = run.locate(start);
  const last = run.locate(end - 1);
  if (end <= start || !first || !last) return;
  const firstSegment = run.segments[first.at] as TextSegment;
  const lastSegment = run.segments[last.at] as TextSegment;
  const parent = firstSegment.parent;
  if (lastSegment.parent !== parent) return;
  const children = parent.children as ElementContent[];
  const from = children.indexOf(firstSegment.node);
  const to = children.indexOf(lastSegment.node);
  const text = (value: string): Text => ({ type: 'text', value });
  const before = text(firstSegment.node.value.slice(0, start - first.start));
  const after = text(lastSegment.node.value.slice(end - last.start));
  const span: Element = { type: 'element', tagName: 'span', properties: { lang: 'en' }, children: [] };
  let inside: Segment[];
  if (from === to) {
    const only = text(firstSegment.node.value.slice(start - first.start, end - first.start));
    span.children = [only];
    inside = [{ kind: 'text', node: only, parent: span }];
  } else {
    const head = text(firstSegment.node.value.slice(start - first.start));
    const tail = text(lastSegment.node.value.slice(0, end - last.start));
    span.children = [head, ...children.slice(from + 1, to), tail];
    // Text nodes directly between the two ends move into the span; those deeper keep their parents.
    const between = run.segments
      .slice(first.at + 1, last.at)
      .map((segment): Segment => (segment.kind === 'text' && segment.parent === parent ? { ...segment, parent: span } : segment));
    inside = [{ kind: 'text', node: head, parent: span }, ...between, { kind: 'text', node: tail, parent: span }];
  }
  children.splice(from, to - from + 1, before, span, after);
  run.segments.splice(first.at, last.at - first.at + 1, { kind: 'text', node: before, parent }, ...inside, {
    kind: 'text',
    node: after,
    parent,
  });
}

/**
 * The fallback for browsers without `text-autospace`: each Western word that touches Han goes in a span
 * whose class sets a margin on that side. Adds elements only, never characters.
 */
function wrapWesternWords(run: Run): void {
  const text = run.text();
  // The letters beside Han, by their index in the run: which sides of each need the gap.
  const sides = new Map<number, Sides>();
  for (const match of text.matchAll(GAP)) {
    const at = HAN.test(match[0]) ? match.index + 1 : match.index;
    sides.set(at, (sides.get(at) ?? 0) | (HAN.test(match[0]) ? START : END));
  }
  if (sides.size === 0) return;
  const letters = [...sides.keys()].sort((a, b) => a - b);
  let next = 0;
  const replacements = new Map<Element | Root, Map<Text, ElementContent[]>>();
  let start = 0;
  for (const segment of run.segments) {
    const length = segment.kind === 'text' ? segment.node.value.length : 1;
    const inSegment: number[] = [];
    for (; next < letters.length && letters[next] < start + length; next++) inSegment.push(letters[next] - start);
    const words =
      segment.kind === 'text' && inSegment.length > 0
        ? wordsWithGaps(segment.node.value, inSegment, (at) => sides.get(start + at) ?? 0)
        : [];
    start += length;
    if (words.length === 0) continue;
    const value = (segment as TextSegment).node.value;
    const pieces: ElementContent[] = [];
    let copied = 0;
    for (const word of words) {
      if (word.from > copied) pieces.push({ type: 'text', value: value.slice(copied, word.from) });
      const className = word.start && word.end ? AUTOSPACE_CLASSES.both : word.start ? AUTOSPACE_CLASSES.start : AUTOSPACE_CLASSES.end;
      pieces.push({
        type: 'element',
        tagName: 'span',
        properties: { className: [className] },
        children: [{ type: 'text', value: value.slice(word.from, word.to) }],
      });
      copied = word.to;
    }
    if (copied < value.length) pieces.push({ type: 'text', value: value.slice(copied) });
    const { parent, node } = segment as TextSegment;
    let byNode = replacements.get(parent);
    if (!byNode) replacements.set(parent, (byNode = new Map()));
    byNode.set(node, pieces);
  }
  for (const [parent, byNode] of replacements) {
    parent.children = (parent.children as ElementContent[]).flatMap((child) => (child.type === 'text' && byNode.get(child)) || [child]);
  }
}

/** The Western words of a text node around its letters `at` (in order) that need a gap, with the sides that do. */
function wordsWithGaps(value: string, at: number[], sidesOf: (index: number) => Sides) {
  const isWestern = (index: number) =>
    index >= 0 &&
    index < value.length &&
    (!NOT_WESTERN.test(value[index]) ||
      ((value[index] === "'" || value[index] === '’') &&
        LATIN_LETTER.test(value[index - 1] ?? '') &&
        LATIN_LETTER.test(value[index + 1] ?? '')));
  const words: { from: number; to: number; start: boolean; end: boolean }[] = [];
  for (const letter of at) {
    if (words.length > 0 && letter < words[words.length - 1].to) continue; // a letter of the word just wrapped
    let from = letter;
    while (isWestern(from - 1)) from--;
    let to = letter + 1;
    while (isWestern(to)) to++;
    // A word's gaps are on its first letter's start side and its last letter's end side.
    words.push({ from, to, start: (sidesOf(from) & START) !== 0, end: (sidesOf(to - 1) & END) !== 0 });
  }
  return words;
}

/** Typesets an article body's tree for a page in `options.script` (see the top of this file). */
export function typesetTree(tree: Root, options: TypesetOptions): void {
  typesetBlock(tree, options, false);
}

/** `lang="en"` for a short text written in Latin script only (a tag, a source's name), else undefined. */
export function latinLang(text: string): 'en' | undefined {
  return isEnglishText(text) ? 'en' : undefined;
}
