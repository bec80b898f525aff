/**
 * Quotation marks in the page's script (W3C clreq, "Quotation Marks"): Taiwan and Hong Kong quote with
 * 「」 and nest 『』 inside; the mainland quotes with “” and nests ‘’; a third level goes back to the first.
 *
 * Marks are paired as a reader pairs them, over a whole block, before any is replaced: a table of
 * characters (OpenCC's own suggestion, “→「 ’→』, BYVoid/OpenCC#654) turns apostrophes into 』 (don』t),
 * gets the third level wrong, and cannot tell an opening straight quote from a closing one (#312).
 * A mark that pairs with nothing is left as written, and so is a quotation in English (below).
 */
import type { Locale } from '../../core/i18n/routing';

/** A mark's family: a closing mark pairs only with an opening mark of its own family. */
type Family = '「' | '『' | '“' | '‘' | '"' | "'";

type Mark = { index: number; family: Family; canOpen: boolean; canClose: boolean };

/** A pair of marks, and what the page shows for each. */
export type Quotation = {
  open: number;
  close: number;
  /** Text in Latin script, quoted as written (its own marks, in the reader's language). */
  english: boolean;
  marks: [string, string];
};

const OPENERS: Record<string, Family> = { '「': '「', '『': '『', '“': '“', '‘': '‘' };
const CLOSERS: Record<string, Family> = { '」': '「', '』': '『', '”': '“', '’': '‘' };
const MARK_CHARACTERS = /[「」『』“”‘’"']/g;

const HAN = /\p{Script=Han}/u;
const LATIN = /\p{Script=Latin}/u;
const LATIN_OR_DIGIT = /[\p{Script=Latin}\p{Nd}]/u;
const SPACE = /\s/;
/** Han, CJK punctuation and full-width forms: what sits around a quotation in Chinese text. */
const CHINESE_CONTEXT = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
/** Web addresses in running text: their quote marks are part of the address. */
const URL = /(?:https?:\/\/|www\.)[^\s"<>“”‘’「」『』\u3000-\u303f\uff00-\uffef]+/giu;

/** Nesting levels, outermost first, alternating as deep as the text goes. */
const REGIONAL: Record<Locale, [string, string][]> = {
  'zh-Hant': [
    ['「', '」'],
    ['『', '』'],
  ],
  'zh-Hans': [
    ['“', '”'],
    ['‘', '’'],
  ],
};

const isLatinWord = (char: string | undefined) => char !== undefined && LATIN_OR_DIGIT.test(char);
const isSpace = (char: string | undefined) => char === undefined || SPACE.test(char);

/** The quote marks of a text, each with the directions it can take; apostrophes and marks inside addresses left out. */
function marksOf(text: string): Mark[] {
  const inUrl = new Set<number>();
  for (const match of text.matchAll(URL)) for (let index = match.index; index < match.index + match[0].length; index++) inUrl.add(index);
  const marks: Mark[] = [];
  for (const match of text.matchAll(MARK_CHARACTERS)) {
    const index = match.index;
    if (inUrl.has(index)) continue;
    const char = match[0];
    const before = text[index - 1];
    const after = text[index + 1];
    // don't, it’s, ’90s, 'em: an apostrophe inside or at the start of a Latin word closes nothing.
    if ((char === '’' || char === "'") && isLatinWord(after) && (isLatinWord(before) || isSpace(before))) continue;
    const opens = OPENERS[char];
    const closes = CLOSERS[char];
    if (opens) marks.push({ index, family: opens, canOpen: true, canClose: false });
    else if (closes) marks.push({ index, family: closes, canOpen: false, canClose: true });
    else marks.push({ index, family: char as Family, canOpen: !isSpace(after), canClose: !isSpace(before) });
  }
  return marks;
}

/** Pairs marks by family and nesting; a closing mark abandons the openers left inside it, which stay as written. */
function pairMarks(marks: Mark[]): [number, number][] {
  const pairs: [number, number][] = [];
  const stack: Mark[] = [];
  const closeWith = (mark: Mark, at: number) => {
    pairs.push([stack[at].index, mark.index]);
    stack.length = at;
  };
  for (const mark of marks) {
    let at = stack.length - 1;
    while (at >= 0 && stack[at].family !== mark.family) at--;
    if (mark.canClose && at >= 0 && (!mark.canOpen || at === stack.length - 1)) closeWith(mark, at);
    else if (mark.canOpen) stack.push(mark);
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}

type Node = { open: number; close: number; family: Family; parent?: Node; children: Node[]; english?: boolean; depth: number };

/** Text of a quotation less what its nested quotations hold. */
function ownText(text: string, node: Node): string {
  let own = '';
  let from = node.open + 1;
  for (const child of node.children) {
    own += text.slice(from, child.open);
    from = child.close + 1;
  }
  return own + text.slice(from, node.close);
}

/**
 * Whether a quotation is English, kept with its own marks on both pages: Latin text of more than one word
 * (“Move fast and break things”), or anything inside such a quotation. A single quoted word or name in
 * Chinese text (「GPT-4」, “Joe”) is a Chinese quotation of a term and follows the page; so does anything
 * holding a Han character.
 */
function isEnglish(text: string, node: Node): boolean {
  if (node.parent?.english) return true;
  const own = ownText(text, node);
  if (HAN.test(own)) return false;
  if (LATIN.test(own) && /\S\s+\S/.test(own.trim())) return true;
  const chinese =
    node.parent !== undefined ||
    node.family === '「' ||
    node.family === '『' ||
    CHINESE_CONTEXT.test(text[node.open - 1] ?? '') ||
    CHINESE_CONTEXT.test(text[node.close + 1] ?? '') ||
    HAN.test(text.slice(node.open + 1, node.close));
  return !chinese;
}

/** An English quotation keeps its marks; on a Simplified page, corner brackets around it become the page's curly ones. */
function englishMarks(text: string, node: Node, script: Locale): [string, string] {
  const written: [string, string] = [text[node.open], text[node.close]];
  if (script === 'zh-Hant') return written;
  if (node.family === '「') return ['“', '”'];
  if (node.family === '『') return ['‘', '’'];
  return written;
}

/**
 * The quotations of a text (one block: a paragraph, a heading, a title) and the marks each shows on a
 * page in `script`, outermost first.
 */
export function quotationsOf(text: string, script: Locale): Quotation[] {
  const marks = marksOf(text);
  if (marks.length < 2) return [];
  const families = new Map(marks.map((mark) => [mark.index, mark.family]));
  const nodes: Node[] = [];
  const open: Node[] = [];
  for (const [start, end] of pairMarks(marks)) {
    while (open.length > 0 && open[open.length - 1].close < start) open.pop();
    const parent = open[open.length - 1];
    const node: Node = { open: start, close: end, family: families.get(start)!, parent, children: [], depth: 0 };
    parent?.children.push(node);
    nodes.push(node);
    open.push(node);
  }
  return nodes.map((node) => {
    node.english = isEnglish(text, node);
    // Chinese quotations nest by depth, whatever marks the writer chose; English ones are never counted.
    if (!node.english) node.depth = node.parent && !node.parent.english ? node.parent.depth + 1 : 0;
    const levels = REGIONAL[script];
    const marks = node.english ? englishMarks(text, node, script) : levels[node.depth % levels.length];
    return { open: node.open, close: node.close, english: node.english, marks };
  });
}

/** A text with its quotation marks in `script`'s forms: for titles, headings, descriptions and attributes. */
export function regionalQuotes(text: string, script: Locale): string {
  const quotations = quotationsOf(text, script);
  if (quotations.length === 0) return text;
  const chars = text.split('');
  for (const { open, close, marks } of quotations) {
    chars[open] = marks[0];
    chars[close] = marks[1];
  }
  return chars.join('');
}
