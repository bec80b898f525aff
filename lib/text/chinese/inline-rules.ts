/**
 * Inline conversion rules in article text, written the way Wikipedia writes them:
 *
 *   -{台積電}-                         kept exactly as written, in both scripts
 *   -{zh-hant:臺灣;zh-hans:台湾}-       each script gets its own form
 *
 * A rule lives inside one line of one text node of the parsed document, never in code of any form (a code
 * span, a fenced or indented block, raw `<pre>`, math): the renderers apply rules to those text nodes only,
 * and the checker reads the same nodes. As on Wikipedia, a `-{` never closed on its line, a stray `}-` and an
 * empty `-{}-` are plain text.
 */
import type { Element, Root, RootContent } from 'hast';
import type { Locale } from '../../core/i18n/routing';
import { sourceScriptOfTag } from '../../core/languages';

const OPEN = '-{';
const CLOSE = '}-';

/** One rule as read: the text kept in both scripts, or a form per script (either may be missing if the rule is broken). */
export type InlineRule = { kind: 'keep'; text: string } | { kind: 'variants'; hant?: string; hans?: string };

/** A piece of text: plain prose, or a rule with its source (`-{…}-`, markers included). */
export type InlinePiece = { kind: 'text'; text: string } | { kind: 'rule'; rule: InlineRule; source: string };

const VARIANT_START = /^\s*zh(?:-[a-z]+)*\s*:/i;
const FLAGS = /^\s*[A-Za-z]{1,2}\s*\|/;

/** Reads the inside of `-{…}-`. Problems are reported by `inlineRuleProblems`; here a broken rule still renders somehow. */
function parseInlineRule(content: string): InlineRule {
  if (FLAGS.test(content)) return { kind: 'keep', text: content.slice(content.indexOf('|') + 1) };
  if (!VARIANT_START.test(content)) return { kind: 'keep', text: content };
  const rule: { kind: 'variants'; hant?: string; hans?: string } = { kind: 'variants' };
  for (const part of content.split(';')) {
    const colon = part.indexOf(':');
    if (colon < 0) continue;
    const script = sourceScriptOfTag(part.slice(0, colon))?.script;
    const form = part.slice(colon + 1).trim();
    if (script === 'zh-Hant') rule.hant ??= form;
    else if (script === 'zh-Hans') rule.hans ??= form;
  }
  return rule;
}

/** Whether a text may hold a rule: the cheap test every converter runs first. */
export function hasInlineRules(text: string): boolean {
  return text.includes(OPEN);
}

/**
 * Splits a text into prose and rules. A `-{` without a `}-` later on the same line is prose, and so is
 * an empty `-{}-`, so nothing an editor (or an imported blog) writes is ever lost.
 */
export function splitInlineRules(text: string): InlinePiece[] {
  const pieces: InlinePiece[] = [];
  let position = 0;
  let textStart = 0;
  while (true) {
    const open = text.indexOf(OPEN, position);
    if (open < 0) break;
    const close = text.indexOf(CLOSE, open + OPEN.length);
    const lineEnd = text.indexOf('\n', open);
    if (close < 0 || (lineEnd >= 0 && lineEnd < close) || text.slice(open + OPEN.length, close).trim() === '') {
      position = open + OPEN.length;
      continue;
    }
    if (open > textStart) pieces.push({ kind: 'text', text: text.slice(textStart, open) });
    const source = text.slice(open, close + CLOSE.length);
    pieces.push({ kind: 'rule', rule: parseInlineRule(text.slice(open + OPEN.length, close)), source });
    position = textStart = close + CLOSE.length;
  }
  if (textStart < text.length) pieces.push({ kind: 'text', text: text.slice(textStart) });
  return pieces;
}

/**
 * The form a rule shows in `script`. A two-form rule that lacks this script's form falls back to the
 * other form passed through `convert` (when given): the checker asks editors to write both.
 */
export function ruleForm(rule: InlineRule, script: Locale, convert?: (text: string) => string): string {
  if (rule.kind === 'keep') return rule.text;
  const own = script === 'zh-Hant' ? rule.hant : rule.hans;
  if (own !== undefined) return own;
  const other = script === 'zh-Hant' ? rule.hans : rule.hant;
  return other === undefined ? '' : convert ? convert(other) : other;
}

/**
 * Renders the rules of a text in the article's own script, for the original page: `-{X}-` becomes X,
 * a two-form rule its own script's form. Text without rules is returned as is.
 */
export function renderInlineRules(text: string, script: Locale): string {
  if (!hasInlineRules(text)) return text;
  return splitInlineRules(text)
    .map((piece) => (piece.kind === 'text' ? piece.text : ruleForm(piece.rule, script)))
    .join('');
}

/** `renderInlineRules` for one script, in the `(text) => string` shape `convertHtml` takes. */
export function inlineRenderer(script: Locale): (text: string) => string {
  return (text) => renderInlineRules(text, script);
}

/** Elements whose text is code, markup or math, not prose: rules are not read there, nor is the text converted. */
const UNCONVERTED_ELEMENTS = new Set(['code', 'pre', 'script', 'style', 'kbd', 'samp', 'svg', 'math']);

export function isUnconvertedElement(element: Element): boolean {
  return UNCONVERTED_ELEMENTS.has(element.tagName) || element.properties.translate === 'no';
}

/** The attributes whose text is prose, converted and read for rules like text. */
export const CONVERTED_ATTRIBUTES = ['alt', 'title'] as const;

export type InlineRuleProblem = {
  line?: number;
  column?: number;
  source: string;
  message: string;
  fix: string;
  severity: 'error' | 'warning';
};

const FIX_SHAPE = 'write -{文字}- to keep a phrase as written, or -{zh-hant:臺灣;zh-hans:台湾}- to give each script its own form';

/**
 * Problems of the inside of one closed rule, worded for the editor. Only a rule written in Wikipedia's variant
 * or flag form (`zh-…:`, `H|`) is clearly meant as one, so only its mistakes are errors; a keep rule
 * (`-{文字}-`) takes any text.
 */
function ruleContentProblems(content: string): Omit<InlineRuleProblem, 'source' | 'line' | 'column'>[] {
  if (content.includes(OPEN))
    return [{ severity: 'warning', message: 'a rule inside a rule is not supported: the inner markers are shown', fix: FIX_SHAPE }];
  if (FLAGS.test(content)) {
    const flag = content.slice(0, content.indexOf('|')).trim();
    return [{ severity: 'error', message: `Wikipedia's "${flag}|" flag is not supported here`, fix: FIX_SHAPE }];
  }
  if (!VARIANT_START.test(content)) return [];
  const problems: Omit<InlineRuleProblem, 'source' | 'line' | 'column'>[] = [];
  const error = (message: string, fix: string) => problems.push({ severity: 'error', message, fix });
  const seen = new Map<Locale, string>();
  const parts = content.split(';').map((part) => part.trim());
  parts.forEach((part, index) => {
    if (part === '' && index === parts.length - 1) return; // a trailing ; is fine
    const colon = part.indexOf(':');
    if (colon < 0) {
      error(`"${part}" has no variant key`, `start it with zh-hant: or zh-hans:; ${FIX_SHAPE}`);
      return;
    }
    const key = part.slice(0, colon).trim();
    const script = sourceScriptOfTag(key)?.script;
    if (!script) {
      error(`"${key}" is not a variant key we know`, 'use zh-hant (or zh-tw, zh-hk) for Traditional and zh-hans (or zh-cn) for Simplified');
      return;
    }
    if (part.slice(colon + 1).trim() === '') error(`"${key}" gives an empty form`, 'write the phrase after the colon');
    const earlier = seen.get(script);
    if (earlier)
      error(
        `"${key}" and "${earlier}" both give the ${script === 'zh-Hant' ? 'Traditional' : 'Simplified'} form`,
        'keep one form per script: zh-hant and zh-hans',
      );
    else seen.set(script, key);
  });
  if (problems.length === 0) {
    for (const [script, key] of [
      ['zh-Hant', 'zh-hant'],
      ['zh-Hans', 'zh-hans'],
    ] as const) {
      if (!seen.has(script))
        error(`the rule gives no ${key} form`, `add ${key}:…; a rule names both scripts, or use -{文字}- to keep one phrase as written`);
    }
  }
  return problems;
}

type Place = { line?: number; column?: number };

/** A text node's or an element's place in the parsed source, when the parser kept it. */
function placeOf(node: RootContent): Place {
  const start = node.position?.start;
  return start ? { line: start.line, column: start.column } : {};
}

/** The rules of one prose text, with their problems. */
function textRuleProblems(text: string, place: Place): InlineRuleProblem[] {
  const problems: InlineRuleProblem[] = [];
  let offset = 0;
  for (const piece of splitInlineRules(text)) {
    const start = offset;
    offset += piece.kind === 'rule' ? piece.source.length : piece.text.length;
    if (piece.kind !== 'rule') continue;
    // The rule's own line: a text node of raw HTML may start lines above it.
    const before = text.slice(0, start).split('\n');
    const at: Place =
      place.line === undefined
        ? {}
        : { line: place.line + before.length - 1, column: before.length > 1 ? before.at(-1)!.length + 1 : (place.column ?? 1) + start };
    for (const problem of ruleContentProblems(piece.source.slice(OPEN.length, -CLOSE.length)))
      problems.push({ ...at, source: piece.source, ...problem });
  }
  return problems;
}

/** A `-{…}-` on one line, as a reader would take it for a rule. */
const RULE_LIKE = /-\{[^\n]*?\}-/g;

/**
 * The inline rules of a parsed document (hast: Markdown's text, raw HTML's text, `alt` and `title`), read
 * exactly where the renderers apply them (lib/text/chinese/convert.ts): text nodes and those attributes,
 * never code, math or `translate="no"`. What is not a rule is text and no problem. Beyond the mistakes of a
 * closed rule, a warning for a rule that markup splits (`-{**粗**}-`): its text nodes hold no whole rule, so
 * it is shown as written, markers and all.
 */
export function inlineRuleProblemsInTree(tree: Root): InlineRuleProblem[] {
  const problems: InlineRuleProblem[] = [];
  const wholeRules = new Set<string>();
  const walk = (node: Root | Element) => {
    // A block's prose as one string, code and elements of other blocks as a gap no rule crosses, to find rules
    // that markup splits: their pieces are in different text nodes.
    let joined = '';
    for (const child of node.children) {
      if (child.type === 'text') {
        problems.push(...textRuleProblems(child.value, placeOf(child)));
        for (const match of child.value.matchAll(RULE_LIKE)) wholeRules.add(match[0]);
        joined += child.value;
      } else if (child.type === 'element') {
        if (!isUnconvertedElement(child)) {
          for (const attribute of CONVERTED_ATTRIBUTES) {
            const value = child.properties[attribute];
            if (typeof value === 'string') problems.push(...textRuleProblems(value, placeOf(child)));
          }
          walk(child);
          joined += INLINE_ELEMENTS.has(child.tagName) ? textOf(child) : '\u0000';
        } else joined += '\u0000';
      } else joined += '\u0000';
    }
    for (const match of joined.matchAll(RULE_LIKE)) {
      if (match[0].includes('\u0000') || wholeRules.has(match[0])) continue;
      const content = match[0].slice(OPEN.length, -CLOSE.length);
      if (content.trim() === '' || /-\{/.test(content)) continue;
      problems.push({
        ...placeOf(node as RootContent),
        source: match[0],
        severity: 'warning',
        message: `the rule "${match[0]}" is split by Markdown or HTML markup, so it is shown as written`,
        fix: 'put the markup outside: **-{文字}-**, not -{**文字**}-',
      });
    }
  };
  walk(tree);
  return problems;
}

/** Phrasing elements whose text continues the text around them; other elements end a run of prose. */
const INLINE_ELEMENTS = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
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
  'u',
]);

/** An inline element's prose, code inside it a gap. */
function textOf(element: Element): string {
  return element.children
    .map((child) => {
      if (child.type === 'text') return child.value;
      if (child.type === 'element' && !isUnconvertedElement(child) && INLINE_ELEMENTS.has(child.tagName)) return textOf(child);
      return '\u0000';
    })
    .join('');
}
