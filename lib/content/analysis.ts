import type { ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { RecentDocuments } from '../core/recent';
import { isUnconvertedElement, splitInlineRules } from '../text/chinese/inline-rules';

/** A heading of the article, for the table of contents: its id is the same in both scripts. */
export type Heading = { depth: number; id: string; text: string };

/** What the page and the lists need to know of an article's body, worked out once per build. */
export type BodyAnalysis = {
  summary: string;
  /** Whether the summary ends where the author put `<!--more-->`. */
  hasSummaryMarker: boolean;
  headings: Heading[];
  /** Reading time from Chinese characters and Latin words counted apart (READING_RATE). */
  readingMinutes: number;
  cjkCharacters: number;
  latinWords: number;
  /** The text a reader reads, code left out, for search and company mentions. */
  text: string;
};

/**
 * Reading rates: 400 Chinese characters a minute (studies of adult readers of Chinese find 300–500), and
 * 200 Latin words a minute for the English names and terms our articles mix in (code is not counted).
 */
export const READING_RATE = { cjkCharactersPerMinute: 400, latinWordsPerMinute: 200 } as const;

const CJK_CHARACTERS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const LATIN_WORDS = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]|[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const BLOCKS = new Set(['p', 'li', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'dt', 'dd', 'figcaption', 'summary', 'div', 'aside', 'tr', 'br', 'hr', 'section']);
const SKIPPED = new Set(['pre', 'script', 'style', 'svg', 'math']);

function isMarker(node: RootContent | ElementContent): boolean {
  return node.type === 'element' && node.properties.dataMore !== undefined;
}

/** A word joiner: invisible, and it keeps a marker from being read as half of an inline rule. */
const JOINER = '\u2060';

/**
 * A text node's text for the joined text: the page applies inline rules within one text node of prose only, so
 * every `-{` or `}-` that is not part of such a rule (in code, or never closed) is broken with a word joiner:
 * the joined text (search, summaries, headings) then holds a rule exactly where the page shows one.
 */
function ruleSafe(text: string, prose: boolean): string {
  if (!text.includes('-{') && !text.includes('}-')) return text;
  const breakMarkers = (value: string) => value.replaceAll('-{', `-${JOINER}{`).replaceAll('}-', `}${JOINER}-`);
  if (!prose) return breakMarkers(text);
  return splitInlineRules(text)
    .map((piece) => (piece.kind === 'rule' ? piece.source : breakMarkers(piece.text)))
    .join('');
}

/**
 * Text in document order, block elements separated by spaces, and the text before the summary marker when
 * there is one: one walk for both.
 */
function collectText(tree: Root): { text: string; beforeMarker?: string } {
  const parts: string[] = [];
  let markerAt: number | undefined;
  const walk = (node: Root | RootContent | ElementContent, prose = true) => {
    if (markerAt === undefined && isMarker(node as RootContent)) markerAt = parts.length;
    if (node.type === 'text') parts.push(ruleSafe(node.value, prose));
    if (node.type === 'element' && SKIPPED.has(node.tagName)) return;
    const childProse = prose && !(node.type === 'element' && isUnconvertedElement(node));
    if ('children' in node) for (const child of node.children) walk(child, childProse);
    if (node.type === 'element' && BLOCKS.has(node.tagName)) parts.push(' ');
  };
  walk(tree);
  const normalized = (pieces: string[]) => pieces.join('').replace(/\s+/g, ' ').trim();
  return { text: normalized(parts), beforeMarker: markerAt === undefined ? undefined : normalized(parts.slice(0, markerAt)) };
}

const SENTENCE_END = /[。！？!?…]|\.(?=\s|$)/;

/**
 * The first `length` words of a text, counting each Chinese character as a word as Hugo does with
 * hasCJKLanguage, then on to the end of that sentence when it ends soon; an ellipsis when cut.
 */
export function truncateWords(text: string, length: number): string {
  let count = 0;
  for (const match of text.matchAll(WORD)) {
    count++;
    if (count < length) continue;
    let end = match.index + match[0].length;
    // A sentence end within the next 40 characters (read one further, so that a "." there is seen with what follows).
    const found = SENTENCE_END.exec(text.slice(end, end + 41));
    const sentence = found && found.index < 40 ? found : null;
    if (sentence) end += sentence.index + sentence[0].length;
    const cut = text.slice(0, end).trim();
    return cut.length < text.length ? `${cut}${sentence ? '' : '…'}` : cut;
  }
  return text;
}

function headingsOf(tree: Root): Heading[] {
  const headings: Heading[] = [];
  const walk = (node: Root | RootContent) => {
    if (node.type === 'element') {
      const match = /^h([2-4])$/.exec(node.tagName);
      if (match && typeof node.properties.id === 'string') {
        headings.push({ depth: Number(match[1]), id: node.properties.id, text: collectText({ type: 'root', children: node.children as RootContent[] }).text });
        return;
      }
    }
    if ('children' in node) node.children.forEach(walk);
  };
  walk(tree);
  return headings.filter((heading) => heading.text !== '');
}

/**
 * The trees the Markdown pipeline wrote its newest HTML from (markdown.ts): the record analyses the HTML a
 * moment later, and parsing it again was ~2% of Contentlayer's first pass. Each is taken once.
 */
const treesByHtml = new RecentDocuments<string, Root>();

export function rememberTree(html: string, tree: Root): void {
  treesByHtml.set(html, tree);
}

/** Analyses an article's sanitized HTML (in its own script). */
export function analyzeBody(html: string, summaryLength: number): BodyAnalysis {
  const tree = treesByHtml.take(html) ?? fromHtml(html, { fragment: true });
  const { text, beforeMarker } = collectText(tree);
  const cjkCharacters = text.match(CJK_CHARACTERS)?.length ?? 0;
  const latinWords = text.replace(CJK_CHARACTERS, ' ').match(LATIN_WORDS)?.length ?? 0;
  const minutes = cjkCharacters / READING_RATE.cjkCharactersPerMinute + latinWords / READING_RATE.latinWordsPerMinute;
  return {
    summary: beforeMarker ?? truncateWords(text, summaryLength),
    hasSummaryMarker: beforeMarker !== undefined,
    headings: headingsOf(tree),
    readingMinutes: Math.max(1, Math.round(minutes)),
    cjkCharacters,
    latinWords,
    text,
  };
}

/** The HTML without the summary marker, which has done its work. */
export function withoutSummaryMarker(html: string): string {
  return html.replace(/<span data-more=""><\/span>/g, '');
}
