import type { Element, ElementContent, Nodes, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import * as OpenCC from 'opencc-js';
import { neighboursOf, siteGlossary, type GlossaryPair, type Neighbours } from './glossary';
import { CONVERTED_ATTRIBUTES, hasInlineRules, isUnconvertedElement, ruleForm, splitInlineRules } from './inline-rules';
import { PhraseTrie, replaceVocabulary, type EntrySource, type MatchEntry } from './matcher';
import { typesetTree, type TypesetOptions } from './typography';
import type { Locale } from '../../core/i18n/routing';
import { MAINLAND_SIMPLIFIED, TAIWAN_TRADITIONAL, type Region, type SourceScript } from '../../core/languages';

// Building an OpenCC converter costs up to 0.35 s and the library does not cache them.
const openccConverters = new Map<string, (text: string) => string>();

/** OpenCC's character conversion between two regions' forms, built once per process (tag keys use it too). */
export function characterConverter(from: Region, to: Region): (text: string) => string {
  const key = `${from}>${to}`;
  let converter = openccConverters.get(key);
  if (!converter) {
    converter = OpenCC.Converter({ from, to });
    openccConverters.set(key, converter);
  }
  return converter;
}

/**
 * Guesses the script of a text by counting characters that only one script uses.
 * Ties (Latin text, shared characters) go to Traditional, the site's default.
 */
export function detectScript(text: string): SourceScript {
  let traditional = 0;
  let simplified = 0;
  const seen = new Set<number>();
  for (let index = 0; index < text.length; index++) {
    const code = text.codePointAt(index)!;
    if (code > 0xffff) index++;
    if (code < FIRST_HAN || seen.has(code)) continue;
    seen.add(code);
    const script = scriptOfCharacter(code);
    if (script === 'zh-Hant') traditional++;
    else if (script === 'zh-Hans') simplified++;
  }
  return simplified > traditional ? MAINLAND_SIMPLIFIED : TAIWAN_TRADITIONAL;
}

/** No character of the Han script comes before the CJK radicals. */
const FIRST_HAN = 0x2e80;
const HAN = /^\p{Script=Han}$/u;

// An archive's articles share a few thousand characters: each is looked at once per process (asking OpenCC
// about each once per article, and matching the text for Han characters, took 7% of a first Contentlayer pass).
const characterScripts = new Map<number, Locale | undefined>();

/** The one script that writes this Han character this way; undefined when both do, or when it is not Han. */
function scriptOfCharacter(code: number): Locale | undefined {
  if (characterScripts.has(code)) return characterScripts.get(code);
  const char = String.fromCodePoint(code);
  const script = !HAN.test(char)
    ? undefined
    : characterConverter('tw', 'cn')(char) !== char
      ? 'zh-Hant'
      : characterConverter('cn', 'tw')(char) !== char
        ? 'zh-Hans'
        : undefined;
  characterScripts.set(code, script);
  return script;
}

/**
 * Character variants Taiwan and Hong Kong texts use interchangeably (臺/台, 裡/裏, 著/着, 線/綫…):
 * a Traditional vocabulary phrase is matched in each spelling.
 */
const VARIANT_CLASSES = [
  '臺台',
  '裡裏',
  '著着',
  '線綫',
  '為爲',
  '啟啓',
  '眾衆',
  '群羣',
  '峰峯',
  '偽僞',
  '麵麪',
  '床牀',
  '污汙',
  '衛衞',
  '鉤鈎',
  '說説',
  '稅税',
  '脫脱',
  '銳鋭',
  '閱閲',
  '悅悦',
  '兌兑',
  '溫温',
  '戶户',
  '才纔',
  '秘祕',
  '痴癡',
];
const VARIANTS = new Map<string, string>();
for (const chars of VARIANT_CLASSES) for (const char of chars) VARIANTS.set(char, chars);

function traditionalSpellings(phrase: string): string[] {
  let spellings = [''];
  for (const char of phrase) {
    const options = VARIANTS.get(char) ?? char;
    spellings = spellings.flatMap((prefix) => [...options].map((option) => prefix + option));
    if (spellings.length > 32) return [phrase]; // a phrase full of variants: its written form only
  }
  return spellings;
}

/** The target script and OpenCC's character conversion for a source. */
function targetOf(source: SourceScript): { target: Locale; characters: (text: string) => string; back: (text: string) => string } {
  return source.script === 'zh-Hant'
    ? {
        target: 'zh-Hans',
        characters: characterConverter(source.region, 'cn'),
        back: characterConverter('cn', source.region === 'cn' ? 'tw' : source.region),
      }
    : { target: 'zh-Hant', characters: characterConverter('cn', 'tw'), back: characterConverter('tw', 'cn') };
}

/** One array per list of neighbours: entries that share a list (a YAML anchor) share its array. */
const neighbourLists = new Map<string, string[]>();

/**
 * An entry's neighbours spelled as they are found in the source's text: each word as written, in the
 * source script (a neighbour may be written in either), and for Traditional text in every variant spelling.
 */
function neighboursIn(when: Neighbours, source: SourceScript, back: (text: string) => string): Neighbours {
  const spelled: Neighbours = {};
  for (const [field, words] of Object.entries(when) as [keyof Neighbours, string[]][]) {
    const forms = new Set<string>();
    for (const word of words) {
      for (const form of [word, back(word)]) {
        if (source.script === 'zh-Hant') for (const spelling of traditionalSpellings(form)) forms.add(spelling);
        else forms.add(form);
      }
    }
    const list = [...forms];
    const key = list.join('\u0000');
    if (!neighbourLists.has(key)) neighbourLists.set(key, list);
    spelled[field] = neighbourLists.get(key);
  }
  return spelled;
}

/**
 * The phrases a source's text is searched for, and what each becomes. Traditional phrases are matched
 * in every variant spelling. When a replacement's own spelling in the source script contains the phrase
 * (厄瓜多 → 厄瓜多尔, whose Traditional spelling is 厄瓜多爾), that spelling is added too, so text that
 * already says 厄瓜多爾 is not lengthened into 厄瓜多尔尔. An entry with neighbours keeps them, spelled
 * in the source script (a word may have a plain entry and several with neighbours).
 */
export function vocabularyEntries(pairs: GlossaryPair[], source: SourceScript, origin: 'site' | 'article'): MatchEntry[] {
  const toHans = source.script === 'zh-Hant';
  const { back } = targetOf(source);
  const entries = new Map<string, MatchEntry>();
  const idOf = (key: string, when?: Neighbours) => (when ? `${key}\u0000${JSON.stringify(when)}` : key);
  const add = (key: string, target: string, entrySource: EntrySource, when?: Neighbours) =>
    entries.set(idOf(key, when), when ? { key, target, source: entrySource, when } : { key, target, source: entrySource });
  // Protected entries last, so that they win over an ordinary entry for the same phrase.
  const ordered = [...pairs.filter((pair) => !pair.protect), ...pairs.filter((pair) => pair.protect)];
  for (const pair of ordered) {
    const entrySource: EntrySource = origin === 'article' ? 'article' : pair.protect ? 'protected' : 'site';
    const neighbours = neighboursOf(pair);
    const when = neighbours && neighboursIn(neighbours, source, back);
    if (toHans) {
      if (pair.only === 'toHant') continue;
      const keys = new Set<string>();
      if (source.region === 'hk' && pair.hk) keys.add(pair.hk);
      if (pair.hant) keys.add(pair.hant);
      for (const key of keys) for (const spelling of traditionalSpellings(key)) add(spelling, pair.hans, entrySource, when);
    } else {
      if (pair.only === 'toHans' || pair.hant === undefined) continue;
      add(pair.hans, pair.hant, entrySource, when);
    }
  }
  for (const entry of [...entries.values()]) {
    const spelled = back(entry.target);
    if (spelled !== entry.key && spelled.includes(entry.key) && !entries.has(idOf(spelled, entry.when)))
      add(spelled, entry.target, entry.source, entry.when);
  }
  return [...entries.values()];
}

function trieOf(entries: MatchEntry[]): PhraseTrie {
  const trie = new PhraseTrie();
  for (const entry of entries) trie.add(entry);
  return trie;
}

/** A change the conversion made beyond OpenCC's characters: what the source said, and what the reader sees. */
type VocabularyChange = { from: string; to: string; source: EntrySource | 'inline' };

/** Converted text in pieces: unchanged stretches (converted by OpenCC only) as strings, vocabulary changes as objects. */
type ConvertedPiece = string | VocabularyChange;

/** Converts text into the other script. Callable as a plain `(text) => string`; `pieces` is the same conversion for review. */
export type Converter = ((text: string) => string) & {
  /** The script the converter writes. */
  readonly target: Locale;
  /** The same conversion in pieces, each vocabulary change (and inline rule) apart. For the review view: slower. */
  pieces(text: string): ConvertedPiece[];
};

const siteTries = new Map<string, PhraseTrie>();
const scriptConverters = new Map<string, Converter>();

function siteTrie(source: SourceScript): PhraseTrie {
  const key = `${source.script}:${source.region}`;
  let trie = siteTries.get(key);
  if (!trie) {
    trie = trieOf(vocabularyEntries(siteGlossary(), source, 'site'));
    siteTries.set(key, trie);
  }
  return trie;
}

function buildConverter(source: SourceScript, tries: PhraseTrie[]): Converter {
  const { target, characters } = targetOf(source);
  const prose = (text: string) => replaceVocabulary(text, tries, characters);
  const convert = (text: string): string => {
    if (!hasInlineRules(text)) return prose(text);
    return splitInlineRules(text)
      .map((piece) => (piece.kind === 'text' ? prose(piece.text) : ruleForm(piece.rule, target, characters)))
      .join('');
  };
  const prosePieces = (text: string, pieces: ConvertedPiece[]) => {
    let end = 0;
    replaceVocabulary(text, tries, characters, ({ start, end: matchEnd, entry }, gap) => {
      if (gap) pieces.push(gap);
      const from = text.slice(start, matchEnd);
      // A protected or identical entry that OpenCC alone would have written the same way is no change.
      if (entry.target === characters(from)) pieces.push(entry.target);
      else pieces.push({ from, to: entry.target, source: entry.source });
      end = matchEnd;
    });
    if (end < text.length) pieces.push(end === 0 ? characters(text) : characters(text.slice(end)));
  };
  const pieces = (text: string): ConvertedPiece[] => {
    const result: ConvertedPiece[] = [];
    for (const piece of splitInlineRules(text)) {
      if (piece.kind === 'text') prosePieces(piece.text, result);
      else result.push({ from: piece.source, to: ruleForm(piece.rule, target, characters), source: 'inline' });
    }
    return mergeStrings(result);
  };
  return Object.assign(convert, { target, pieces });
}

function mergeStrings(pieces: ConvertedPiece[]): ConvertedPiece[] {
  const merged: ConvertedPiece[] = [];
  for (const piece of pieces) {
    if (typeof piece === 'string' && typeof merged[merged.length - 1] === 'string') merged[merged.length - 1] += piece;
    else if (piece !== '') merged.push(piece);
  }
  return merged;
}

/**
 * Converts text written in `source` into the other script: the site vocabulary (longest phrase first,
 * matched in the source text), OpenCC's characters for everything else, and inline rules (`-{…}-`)
 * honoured and removed. `articlePairs` (an article's front-matter `vocabulary`) add to or override the
 * site's pairs for that article: on a phrase of the same length the article's pair wins.
 * Converters without article pairs are built once per process and shared.
 */
export function converterFrom(source: SourceScript, articlePairs?: GlossaryPair[]): Converter {
  if (articlePairs && articlePairs.length > 0) {
    return buildConverter(source, [trieOf(vocabularyEntries(articlePairs, source, 'article')), siteTrie(source)]);
  }
  const key = `${source.script}:${source.region}`;
  let converter = scriptConverters.get(key);
  if (!converter) {
    converter = buildConverter(source, [siteTrie(source)]);
    scriptConverters.set(key, converter);
  }
  return converter;
}

/** Visits the prose of a tree: text nodes (with their parent and index) and the alt / title attributes. */
function visitProse(
  node: Nodes,
  onText: (parent: Root | Element, index: number) => void,
  onAttribute: (element: Element, attribute: (typeof CONVERTED_ATTRIBUTES)[number]) => void,
): void {
  if (node.type === 'element') {
    if (isUnconvertedElement(node)) return; // code, math: converting it would change its meaning
    for (const attribute of CONVERTED_ATTRIBUTES) if (typeof node.properties[attribute] === 'string') onAttribute(node, attribute);
  }
  if (node.type !== 'root' && node.type !== 'element') return;
  // Backwards, so that replacing a text node by several does not disturb the indexes still to visit.
  for (let index = node.children.length - 1; index >= 0; index--) {
    const child = node.children[index];
    if (child.type === 'text') onText(node, index);
    else visitProse(child, onText, onAttribute);
  }
}

function markOf(change: VocabularyChange): Element {
  return {
    type: 'element',
    tagName: 'mark',
    properties: { dataVocabulary: `${change.from}→${change.to}`, dataVocabularySource: change.source },
    children: [{ type: 'text', value: change.to }],
  };
}

/**
 * A text whose inline rules keep something as written (`-{台積電}-`) that the page's script would write
 * otherwise: converted, with each such text in a span marked with the source's language, so that it is drawn
 * with that script's fonts. Undefined when the text keeps nothing of the kind.
 */
function withKeptText(value: string, convert: Converter): ElementContent[] | undefined {
  const source: Locale = convert.target === 'zh-Hant' ? 'zh-Hans' : 'zh-Hant';
  const nodes: ElementContent[] = [];
  let pending = '';
  for (const piece of splitInlineRules(value)) {
    if (piece.kind === 'rule' && piece.rule.kind === 'keep' && convert(piece.rule.text) !== piece.rule.text) {
      if (pending) nodes.push({ type: 'text', value: convert(pending) });
      nodes.push({ type: 'element', tagName: 'span', properties: { lang: source }, children: [{ type: 'text', value: piece.rule.text }] });
      pending = '';
    } else pending += piece.kind === 'text' ? piece.text : piece.source;
  }
  if (nodes.length === 0) return undefined;
  if (pending) nodes.push({ type: 'text', value: convert(pending) });
  return nodes;
}

export type ConvertHtmlOptions = {
  /**
   * Wrap each vocabulary change in `<mark data-vocabulary="程式碼→代码" data-vocabulary-source="site">`, for
   * editors to check (dev only: never in a production build). Needs a converter from `converterFrom`.
   */
  review?: boolean;
  /** Lay the converted text out for a page in this script (quotation marks, spacing, language): typography.ts. */
  typeset?: TypesetOptions;
};

/** Converts the prose of an HTML fragment (text, alt and title), never URLs, code or other attributes. */
export function convertHtml(html: string, convert: (text: string) => string, options: ConvertHtmlOptions = {}): string {
  const tree: Root = fromHtml(html, { fragment: true });
  const review = options.review && 'pieces' in convert ? (convert as Converter) : undefined;
  visitProse(
    tree,
    (parent, index) => {
      const node = parent.children[index] as { type: 'text'; value: string };
      if (!review) {
        const kept = 'target' in convert && hasInlineRules(node.value) ? withKeptText(node.value, convert as Converter) : undefined;
        if (kept) (parent.children as RootContent[]).splice(index, 1, ...kept);
        else node.value = convert(node.value);
        return;
      }
      const pieces = review.pieces(node.value);
      if (pieces.every((piece) => typeof piece === 'string')) {
        node.value = pieces.join('');
        return;
      }
      const nodes: ElementContent[] = pieces.map((piece) => (typeof piece === 'string' ? { type: 'text', value: piece } : markOf(piece)));
      (parent.children as RootContent[]).splice(index, 1, ...nodes);
    },
    (element, attribute) => {
      element.properties[attribute] = convert(element.properties[attribute] as string);
    },
  );
  // After conversion, which works a text node at a time: quotation marks pair across the nodes of a block.
  if (options.typeset) typesetTree(tree, options.typeset);
  return toHtml(tree);
}

/** One vocabulary change of an article, with how often it was made. */
export type VocabularyChangeCount = VocabularyChange & { count: number };

/**
 * Every vocabulary change a conversion makes in an article (HTML body, and plain texts such as the
 * title, description and tags), counted, most frequent first: the per-article list of the review view.
 */
export function vocabularyChanges(
  convert: Converter,
  { html = '', texts = [] }: { html?: string; texts?: string[] },
): VocabularyChangeCount[] {
  const counts = new Map<string, VocabularyChangeCount>();
  const count = (text: string) => {
    for (const piece of convert.pieces(text)) {
      if (typeof piece === 'string') continue;
      const key = `${piece.source}\u0000${piece.from}\u0000${piece.to}`;
      const known = counts.get(key);
      if (known) known.count++;
      else counts.set(key, { ...piece, count: 1 });
    }
  };
  if (html) {
    visitProse(
      fromHtml(html, { fragment: true }),
      (parent, index) => count((parent.children[index] as { value: string }).value),
      (element, attribute) => count(element.properties[attribute] as string),
    );
  }
  texts.forEach(count);
  return [...counts.values()].sort((a, b) => b.count - a.count || a.from.localeCompare(b.from));
}
