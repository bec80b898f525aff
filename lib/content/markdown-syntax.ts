import { nameToEmoji } from 'gemoji';
import type { Element, Root } from 'hast';
import type { Blockquote, Paragraph, PhrasingContent, Root as MdastRoot, Text } from 'mdast';
import { mathFromMarkdown, type InlineMath } from 'mdast-util-math';
import { math, type Options as MathSyntaxOptions } from 'micromark-extension-math';
import type { Processor } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { Locale } from '../core/i18n/routing';
import { calloutTitle, calloutType } from '../text/callouts';

/**
 * Syntax the Markdown of real Hugo blogs holds beyond GitHub's: math, GitHub's alerts and emoji codes. Each is a
 * step of the pipeline in markdown.ts; what a step makes is prose only where the page converts prose (math and
 * code never are).
 */

declare module 'vfile' {
  interface DataMap {
    /** What the pipeline knows of the article before parsing it (markdown.ts's first step sets it). */
    article: ArticleContext;
  }
}

declare module 'unified' {
  interface Data {
    /** The two forms of the math syntax, for the parser to take the article's. */
    mathSyntax?: { withSingleDollar: MathSyntax; doubleDollarOnly: MathSyntax };
  }
}

type MathSyntax = ReturnType<typeof math>;

export type ArticleContext = {
  /** The article's own script, for the titles we write. */
  script: Locale;
  /** Whether `$…$` is math in this article (see `singleDollarMath`). */
  singleDollarMath: boolean;
  /** The Markdown parsed (after shortcodes), to read how a formula was delimited. */
  markdown: string;
  enableEmoji: boolean;
  /** The body is HTML, not Markdown (Hugo's `markup: html`, and the `.html` content files an import brings). */
  html: boolean;
};

/**
 * Display math written as KaTeX's auto-render reads it in a Hugo theme, with its `$$` on the formula's first or last
 * line (`$$\\begin{aligned}` … `\\end{aligned}$$`): the fences put on lines of their own, as Markdown's math block
 * wants them, where it would otherwise read the first line as an opening fence never closed and swallow the rest of
 * the article. Only where the closing `$$` follows (a lone `$$5` in prose stays), never inside code.
 */
export function fenceDisplayMath(markdown: string): string {
  const lines = markdown.split('\n');
  const out: string[] = [];
  let code: RegExp | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (code) {
      if (code.test(line)) code = undefined;
      out.push(line);
      continue;
    }
    const fence = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      code = new RegExp(`^ {0,3}${fence[1][0] === '`' ? '`' : '~'}{${fence[1].length},}\\s*$`);
      out.push(line);
      continue;
    }
    const open = /^( {0,3})\$\$(.*)$/.exec(line);
    if (!open || open[2].includes('$$')) {
      out.push(line);
      continue;
    }
    let close = index + 1;
    while (close < lines.length && !/\$\$\s*$/.test(lines[close]) && !/^ {0,3}(`{3,}|~{3,})/.test(lines[close])) close++;
    if (close >= lines.length || !/\$\$\s*$/.test(lines[close])) {
      out.push(line);
      continue;
    }
    const [, indent, first] = open;
    out.push(`${indent}$$`);
    if (first.trim()) out.push(`${indent}${first}`);
    out.push(...lines.slice(index + 1, close));
    const last = lines[close].replace(/\$\$\s*$/, '');
    if (last.trim()) out.push(last);
    out.push(`${indent}$$`);
    index = close;
  }
  return out.join('\n');
}

/** Hugo's `markup` front-matter field: `html` is a body of HTML, shown as written (sanitized); anything else is Markdown. */
export function isHtmlMarkup(params: Record<string, unknown>): boolean {
  return typeof params.markup === 'string' && /^html?$/i.test(params.markup.trim());
}

/** Front-matter flags themes read to load math on a page: `math: true`, FixIt's `math: { enable: true }`, `katex`, `mathjax`. */
function frontMatterMath(params: Record<string, unknown>): boolean | undefined {
  for (const [key, value] of Object.entries(params)) {
    if (!/^(math|katex|mathjax)$/i.test(key)) continue;
    if (typeof value === 'boolean') return value;
    if (value === 'true' || value === 'false') return value === 'true';
    if (value && typeof value === 'object') {
      const enable = Object.entries(value).find(([name]) => name.toLowerCase() === 'enable')?.[1];
      if (typeof enable === 'boolean') return enable;
    }
  }
  return undefined;
}

/** Display math (`$$…$$`), `\(…\)` or `\[…\]` (written `\\(` in Markdown), or a ```math block. */
const OTHER_MATH = /\$\$[^$]+\$\$|\\\\\(|\\\\\[|^[ \t]*(`{3,}|~{3,})[ \t]*math\b/m;

/**
 * Whether `$…$` is math in an article. A dollar is also a price (`US$16.95（折合台幣 $520）`), so only where the
 * article or the site says so (the front-matter flags of Hugo themes, content/site.yaml's `math: true`), or where
 * the article already writes other math; even there a dollar pair is math only by Pandoc's rule (below).
 */
export function singleDollarMath(params: Record<string, unknown>, body: string, siteMath: boolean): boolean {
  return frontMatterMath(params) ?? (siteMath || OTHER_MATH.test(body));
}

/**
 * Math as KaTeX's auto-render in Hugo themes finds it, rendered at build time (rehype-katex, after the sanitizer):
 * `$$…$$` (display, also within a paragraph), `$…$` where the article has math, and `\(…\)` / `\[…\]` as the
 * text shows them after Markdown (an author writes `\\(`, as Markdown eats one backslash). The parser's math
 * syntax is the article's (see `selectMathSyntax`); then a single-dollar formula must look like one, by Pandoc's
 * rule: no space just inside the dollars, no digit right after the closing one (`$20 and $30` is money),
 * and no Chinese outside `\text{…}` (a Chinese sentence between two prices is no formula).
 */
export function remarkMath(this: Processor) {
  const data = this.data();
  const withSingleDollar = math({ singleDollarTextMath: true } satisfies MathSyntaxOptions);
  const doubleDollarOnly = math({ singleDollarTextMath: false });
  data.mathSyntax = { withSingleDollar, doubleDollarOnly };
  (data.micromarkExtensions ??= []).push(doubleDollarOnly);
  (data.fromMarkdownExtensions ??= []).push(mathFromMarkdown());
  return (tree: MdastRoot, file: VFile) => {
    const source = file.data.article?.markdown ?? String(file.value);
    visit(tree, 'inlineMath', (node, index, parent) => {
      if (!parent || index === undefined || !node.position) return;
      const start = node.position.start.offset!;
      const end = node.position.end.offset!;
      if (source.startsWith('$$', start)) {
        display(node);
        return;
      }
      if (isFormula(source.slice(start + 1, end - 1), source[end])) return;
      parent.children[index] = { type: 'text', value: source.slice(start, end) };
    });
    visit(tree, 'text', (node, index, parent) => {
      if (!parent || index === undefined || !/\\[([]/.test(node.value)) return;
      const pieces = bracketMath(node.value);
      if (pieces.length === 1 && pieces[0].type === 'text') return;
      parent.children.splice(index, 1, ...pieces);
      return [SKIP, index + pieces.length];
    });
  };
}

/** The math syntax the parser uses for this article: with or without single dollars. */
export function selectMathSyntax(processor: Processor, withSingleDollar: boolean): void {
  const data = processor.data();
  const syntax = data.mathSyntax;
  const extensions = data.micromarkExtensions;
  if (!syntax || !extensions) return;
  const wanted = withSingleDollar ? syntax.withSingleDollar : syntax.doubleDollarOnly;
  const other = withSingleDollar ? syntax.doubleDollarOnly : syntax.withSingleDollar;
  const at = extensions.indexOf(other);
  if (at >= 0) extensions[at] = wanted;
}

const HAN = /\p{Script=Han}/u;

function isFormula(value: string, after: string | undefined): boolean {
  if (value === '' || /^\s|\s$/.test(value)) return false;
  if (after !== undefined && /\d/.test(after)) return false;
  return !HAN.test(value.replace(/\\(?:text|mbox|textrm|mathrm|operatorname)\s*\{[^{}]*\}/g, ''));
}

function display(node: InlineMath): void {
  node.data = { ...node.data, hProperties: { ...node.data?.hProperties, className: ['language-math', 'math-display'] } };
}

/** A text's `\(…\)` and `\[…\]` formulas, as KaTeX's auto-render reads them: the first closing delimiter ends one. */
function bracketMath(text: string): PhrasingContent[] {
  const pieces: PhrasingContent[] = [];
  const pattern = /\\\(([\s\S]+?)\\\)|\\\[([\s\S]+?)\\\]/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) pieces.push({ type: 'text', value: text.slice(last, match.index) });
    const value = (match[1] ?? match[2]).trim();
    const node: InlineMath = {
      type: 'inlineMath',
      value,
      data: { hName: 'code', hProperties: { className: ['language-math', 'math-inline'] }, hChildren: [{ type: 'text', value }] },
    };
    if (match[2] !== undefined) display(node);
    pieces.push(node);
    last = match.index + match[0].length;
  }
  if (last < text.length) pieces.push({ type: 'text', value: text.slice(last) });
  return pieces;
}

/**
 * KaTeX's output is MathML only (no fonts, no style sheet, nothing for the browser to download): the whole
 * formula is a `<math>` element, which the conversion between scripts leaves alone; a formula KaTeX cannot read
 * is shown as written, marked `translate="no"` so that it is not converted either.
 */
export const KATEX_OPTIONS = {
  output: 'mathml',
  throwOnError: false,
  strict: 'ignore',
  // Untrusted input: no \href, \url, \includegraphics or \htmlClass, and bounded expansion and sizes.
  trust: false,
  maxExpand: 1000,
  maxSize: 50,
} as const;

export function rehypeMathNotTranslated() {
  return (tree: Root) => {
    const walk = (node: Root | Element) => {
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        const classes = Array.isArray(child.properties.className) ? child.properties.className : [];
        if (classes.includes('katex') || classes.includes('katex-display') || classes.includes('katex-error')) child.properties.translate = 'no';
        else walk(child);
      }
    };
    walk(tree);
  };
}

/**
 * GitHub's alerts (`> [!NOTE]`, `> [!WARNING] 自己的標題`; Hugo 0.132+ reads any word and an Obsidian-style title)
 * as the site's callouts: the same `<aside>` as the admonition shortcodes (lib/text/callouts.ts).
 */
export function remarkAlerts() {
  return (tree: MdastRoot, file: VFile) => {
    const script = file.data.article?.script ?? 'zh-Hant';
    visit(tree, 'blockquote', (node: Blockquote) => {
      const first = node.children[0];
      if (first?.type !== 'paragraph') return;
      const lead = first.children[0];
      if (lead?.type !== 'text') return;
      const match = /^\[!(\w+)\][+-]?[ \t]*([^\n]*)(?:\n|$)/.exec(lead.value);
      if (!match) return;
      const type = calloutType(match[1]);
      lead.value = lead.value.slice(match[0].length);
      // A title written on the alert's line is the rest of that line, markup included.
      const rest: PhrasingContent[] = [...first.children];
      let title: PhrasingContent[] = [{ type: 'text', value: match[2].trim() || calloutTitle(type, script) }];
      if (match[2].trim() !== '' && !match[0].endsWith('\n')) {
        const breakAt = rest.findIndex((child, index) => index > 0 && child.type === 'text' && child.value.includes('\n'));
        const upTo = breakAt === -1 ? rest.length : breakAt;
        const lineEnd = breakAt === -1 ? undefined : (rest[breakAt] as Text);
        const headPart = lineEnd ? lineEnd.value.slice(0, lineEnd.value.indexOf('\n')) : '';
        title = [{ type: 'text', value: match[2] }, ...rest.slice(1, upTo), ...(headPart ? [{ type: 'text' as const, value: headPart }] : [])];
        if (lineEnd) lineEnd.value = lineEnd.value.slice(lineEnd.value.indexOf('\n') + 1);
        rest.splice(0, upTo);
      } else if (lead.value === '') rest.shift();
      const body = rest.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
      const heading: Paragraph = { type: 'paragraph', children: title, data: { hProperties: { dataCalloutTitle: '' } } };
      node.children = [heading, ...(body.length > 0 ? [{ ...first, children: rest }] : []), ...node.children.slice(1)];
      node.data = { ...node.data, hName: 'aside', hProperties: { dataCallout: type, role: 'note' } };
    });
  };
}

/**
 * `:smile:` as 😄 where the site enables emoji (Hugo's `enableEmoji`, content/site.yaml), by GitHub's names
 * (gemoji), as Hugo maps them. Only in text: a code span keeps `:smile:` as written.
 */
export function remarkEmoji() {
  return (tree: MdastRoot, file: VFile) => {
    if (!file.data.article?.enableEmoji) return;
    visit(tree, 'text', (node) => {
      if (!node.value.includes(':')) return;
      node.value = node.value.replace(/:([\w+-]+):/g, (code, name: string) => (Object.hasOwn(nameToEmoji, name) ? nameToEmoji[name] : code));
    });
  };
}
