import type { Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { expandShortcodes, type ExpandContext, type ExpandProblem } from './shortcodes/expand';

/** Parses only to find where code is; built once (a processor per document would cost more than the parse). */
const codeFinder = unified().use(remarkParse).use(remarkGfm);

/** The offsets of code spans and code blocks: Hugo's shortcodes written there are shown, not run. */
export function codeRanges(markdown: string): [number, number][] {
  // Code needs a backtick, a tilde fence, or four columns of indentation after its containers (four spaces
  // in a row or a tab, after `>` or `1.` too): without any of them (most news articles), no parse.
  if (!/[`~\t]| {4}/.test(markdown)) return [];
  const ranges: [number, number][] = [];
  const walk = (node: Root | RootContent) => {
    if ((node.type === 'code' || node.type === 'inlineCode') && node.position) {
      ranges.push([node.position.start.offset!, node.position.end.offset!]);
      return;
    }
    if ('children' in node) node.children.forEach(walk);
  };
  walk(codeFinder.parse(markdown));
  return ranges;
}

const HTML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (entity, name: string) => {
    if (name.startsWith('#')) {
      const codePoint = /^#x/i.test(name) ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      // A number past Unicode (&#99999999;) is no character: kept as written rather than failing the import.
      return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : entity;
    }
    return HTML_ENTITIES[name.toLowerCase()] ?? entity;
  });
}

/**
 * Code blocks of blogs that came through WordPress (`<pre class="brush: go">`, `<pre lang="go">`) as
 * fenced Markdown: as raw HTML, a blank line inside ends the block and a `<` inside is taken for a tag,
 * so the code would be cut and eaten. As fences they are highlighted like the rest.
 *
 * As in Hugo (an HTML block of type 1 ends at the first line holding `</pre>`), a block ends on the first
 * line with a `</pre>`, at that line's last one (`echo "<pre>$x</pre>"; ?></pre>` is code); WordPress exports
 * glue the next sentence to it (`</pre> 接著…`, or `文字<pre …>`): that text becomes a paragraph of its own.
 * Blocks in quotes, list items or code are left as written.
 */
export function wordpressCodeToFences(markdown: string): { markdown: string; count: number; originalLine: (line: number) => number } {
  let count = 0;
  const shifts: { after: number; delta: number }[] = [];
  let outputLine = 1;
  let consumed = 0;
  let output = '';
  const lower = markdown.toLowerCase();
  const open = /<pre\b([^>]*)>/gi;
  let verbatim: [number, number][] | undefined;
  for (let match = open.exec(markdown); match; match = open.exec(markdown)) {
    const lineStart = markdown.lastIndexOf('\n', match.index - 1) + 1;
    if (lineStart < consumed) continue;
    const before = markdown.slice(lineStart, match.index);
    if (/^\s*(>|[-*+]\s|\d+[.)]\s)|`/.test(before) || /^ {4,}|^\t/.test(before)) continue;
    if (languageOf(match[1]) === null) continue;
    const close = lower.indexOf('</pre>', match.index + match[0].length);
    if (close === -1) continue;
    let lineEnd = markdown.indexOf('\n', close);
    if (lineEnd === -1) lineEnd = markdown.length;
    const lastClose = lower.lastIndexOf('</pre>', lineEnd);
    verbatim ??= codeRanges(markdown);
    if (verbatim.some(([from, to]) => match.index >= from && match.index < to)) continue;
    const code = markdown
      .slice(match.index + match[0].length, lastClose)
      .replace(/^\s*<code[^>]*>/i, '')
      .replace(/<\/code>\s*$/i, '');
    const fenced = fence(match[1], code);
    if (fenced === undefined) continue;
    const after = markdown.slice(lastClose + '</pre>'.length, lineEnd).trim();
    const whole = markdown.slice(lineStart, lineEnd);
    // A fence below `<div>` (with no blank line between) would be read as part of that HTML block: set it apart.
    const paragraphAbove = (output + markdown.slice(consumed, lineStart)).split(/\n[ \t]*\n/).at(-1) ?? '';
    const inHtmlBlock = /(^|\n)[ \t]{0,3}<[a-z/!?]/i.test(paragraphAbove);
    const replacement = `${inHtmlBlock ? '\n' : ''}${before.trim() ? `${before.trimEnd()}\n\n` : ''}${fenced}${after ? `\n\n${after}` : ''}`;
    output += markdown.slice(consumed, lineStart) + replacement;
    outputLine += newlines(markdown.slice(consumed, lineStart));
    const delta = newlines(replacement) - newlines(whole);
    outputLine += newlines(replacement);
    if (delta !== 0) shifts.push({ after: outputLine, delta });
    consumed = lineEnd;
    open.lastIndex = lineEnd;
  }
  const converted = count === 0 ? markdown : output + markdown.slice(consumed);
  /** A line of the converted text as a line of the original, for problems found after the conversion. */
  const originalLine = (line: number) => line - shifts.filter((shift) => shift.after <= line).reduce((sum, shift) => sum + shift.delta, 0);
  return { markdown: converted, count, originalLine };

  /** The language of a WordPress code block's attributes ('' when it names none), or null for any other <pre>. */
  function languageOf(attributes: string): string | null {
    const language = /brush:\s*([\w+#-]+)/i.exec(attributes)?.[1] ?? /\blang(?:uage)?=["']?([\w+#-]+)/i.exec(attributes)?.[1];
    if (language === undefined && !/\bclass=["'][^"']*\b(brush|prettyprint|code)\b/i.test(attributes)) return null;
    return language ?? '';
  }

  function fence(attributes: string, code: string): string | undefined {
    const language = languageOf(attributes);
    if (language === null) return undefined;
    count++;
    const text = decodeEntities(code.replace(/<br\s*\/?>/gi, '\n')).replace(/^\n+|\n+$/g, '');
    const fence = '`'.repeat(Math.max(3, ...[...text.matchAll(/`{3,}/g)].map((run) => run[0].length + 1)));
    return `${fence}${language.toLowerCase()}\n${text}\n${fence}`;
  }
}

function newlines(text: string): number {
  return text.split('\n').length - 1;
}

const MORE = '<!--more-->';
const SUMMARY_END = '<span data-more=""></span>';

/**
 * `<!--more-->` (exactly so, as Hugo reads it) ends the summary: it becomes an empty marker element the
 * summary is cut at, and that the page does not show. Code ranges after each marker move with the text.
 */
function markSummaryEnd(markdown: string, verbatim: [number, number][]): { markdown: string; verbatim: [number, number][] } {
  let result = markdown;
  let ranges = verbatim;
  for (let offset = result.indexOf(MORE); offset !== -1; offset = result.indexOf(MORE, offset + 1)) {
    if (ranges.some(([from, to]) => offset >= from && offset < to)) continue;
    result = result.slice(0, offset) + SUMMARY_END + result.slice(offset + MORE.length);
    const shift = SUMMARY_END.length - MORE.length;
    ranges = ranges.map(([from, to]) => (from > offset ? [from + shift, to + shift] : [from, to]));
  }
  return { markdown: result, verbatim: ranges };
}

export type HugoSource = { markdown: string; problems: ExpandProblem[] };

/** A Hugo post body as plain Markdown: old code blocks fenced, the summary marked, shortcodes expanded. */
export function hugoBodyToMarkdown(body: string, firstLine: number, context: ExpandContext): HugoSource {
  // Most articles have none of it: skip the parse that finds code ranges.
  if (!/\{\{[<%]|<!--more-->|<pre\b/i.test(body)) return { markdown: body, problems: [] };
  const { markdown: fenced, originalLine } = wordpressCodeToFences(body);
  const marked = markSummaryEnd(fenced, codeRanges(fenced));
  const { markdown, problems } = expandShortcodes(marked.markdown, 1, context, marked.verbatim);
  return { markdown, problems: problems.map((problem) => ({ ...problem, line: originalLine(problem.line) + firstLine - 1 })) };
}
