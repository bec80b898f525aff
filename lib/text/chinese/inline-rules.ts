/**
 * Inline conversion rules in article text, written the way Wikipedia writes them:
 *
 *   -{台積電}-                         kept exactly as written, in both scripts
 *   -{zh-hant:臺灣;zh-hans:台湾}-       each script gets its own form
 *
 * A rule lives inside one line of one text node: a rule split by Markdown markup (`-{**粗**}-`)
 * is not one rule, and the checker reports it. Code spans and code blocks are never read.
 */
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
 * Splits a text into prose and rules. A `-{` without a `}-` later on the same line is prose
 * (the checker reports it), so nothing an editor writes is ever lost.
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
    if (close < 0 || (lineEnd >= 0 && lineEnd < close)) {
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

export type InlineRuleProblem = { line: number; column: number; message: string; fix: string };

const FIX_SHAPE = 'write -{文字}- to keep a phrase as written, or -{zh-hant:臺灣;zh-hans:台湾}- to give each script its own form';

/** Problems of the inside of one rule, worded for the editor. */
function ruleContentProblems(content: string): { message: string; fix: string }[] {
  if (content.trim() === '') return [{ message: 'the rule -{}- is empty', fix: 'put the phrase to keep inside it, or remove it' }];
  if (content.includes(OPEN)) return [{ message: 'a rule inside a rule is not supported', fix: FIX_SHAPE }];
  if (/[*`[\]<>]/.test(content)) {
    return [
      {
        message: `the rule "-{${content}}-" contains Markdown or HTML markup, which splits it`,
        fix: 'put the markup outside: **-{文字}-**, not -{**文字**}-',
      },
    ];
  }
  if (FLAGS.test(content)) {
    const flag = content.slice(0, content.indexOf('|')).trim();
    return [{ message: `Wikipedia's "${flag}|" flag is not supported here`, fix: FIX_SHAPE }];
  }
  if (!VARIANT_START.test(content)) return [];
  const problems: { message: string; fix: string }[] = [];
  const seen = new Map<Locale, string>();
  const parts = content.split(';').map((part) => part.trim());
  parts.forEach((part, index) => {
    if (part === '' && index === parts.length - 1) return; // a trailing ; is fine
    const colon = part.indexOf(':');
    if (colon < 0) {
      problems.push({ message: `"${part}" has no variant key`, fix: `start it with zh-hant: or zh-hans:; ${FIX_SHAPE}` });
      return;
    }
    const key = part.slice(0, colon).trim();
    const script = sourceScriptOfTag(key)?.script;
    if (!script) {
      problems.push({
        message: `"${key}" is not a variant key we know`,
        fix: `use zh-hant (or zh-tw, zh-hk) for Traditional and zh-hans (or zh-cn) for Simplified`,
      });
      return;
    }
    if (part.slice(colon + 1).trim() === '')
      problems.push({ message: `"${key}" gives an empty form`, fix: 'write the phrase after the colon' });
    const earlier = seen.get(script);
    if (earlier)
      problems.push({
        message: `"${key}" and "${earlier}" both give the ${script === 'zh-Hant' ? 'Traditional' : 'Simplified'} form`,
        fix: 'keep one form per script: zh-hant and zh-hans',
      });
    else seen.set(script, key);
  });
  if (problems.length === 0) {
    for (const [script, key] of [
      ['zh-Hant', 'zh-hant'],
      ['zh-Hans', 'zh-hans'],
    ] as const) {
      if (!seen.has(script))
        problems.push({
          message: `the rule gives no ${key} form`,
          fix: `add ${key}:…; a rule names both scripts, or use -{文字}- to keep one phrase as written`,
        });
    }
  }
  return problems;
}

/** The line's code spans (`…`) as [start, end) ranges: rules inside them are code, not rules. */
function codeSpans(line: string): [number, number][] {
  const spans: [number, number][] = [];
  const pattern = /(`+)[\s\S]*?\1/g;
  for (const match of line.matchAll(pattern)) spans.push([match.index!, match.index! + match[0].length]);
  return spans;
}

/**
 * Malformed or unknown inline rules in a Markdown file, with 1-based line and column (of the `-{`).
 * Front matter, fenced code blocks and code spans are skipped; `firstLine` is the file line `markdown` starts on.
 */
export function inlineRuleProblems(markdown: string, firstLine = 1): InlineRuleProblem[] {
  if (!markdown.includes('-{') && !markdown.includes('}-')) return [];
  const problems: InlineRuleProblem[] = [];
  const lines = markdown.split('\n');
  let fence: string | undefined;
  let inFrontMatter = lines[0]?.trim() === '---';
  lines.forEach((line, index) => {
    const lineNumber = firstLine + index;
    if (inFrontMatter) {
      if (index > 0 && /^(---|\.\.\.)\s*$/.test(line)) inFrontMatter = false;
      return;
    }
    const fenceMatch = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (fenceMatch && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length) fence = undefined;
      return;
    }
    if (fenceMatch) {
      fence = fenceMatch[1];
      return;
    }
    if (/^( {4}|\t)/.test(line) && (index === 0 || lines[index - 1].trim() === '')) return; // indented code
    const spans = codeSpans(line);
    const inCode = (at: number) => spans.some(([start, end]) => at >= start && at < end);
    let position = 0;
    while (true) {
      const open = line.indexOf(OPEN, position);
      if (open < 0) break;
      if (inCode(open)) {
        position = open + OPEN.length;
        continue;
      }
      const at = { line: lineNumber, column: open + 1 };
      const close = line.indexOf(CLOSE, open + OPEN.length);
      if (close < 0) {
        problems.push({
          ...at,
          message: 'the rule "-{" is never closed with "}-" on this line',
          fix: `close it on the same line: ${FIX_SHAPE}`,
        });
        break;
      }
      const content = line.slice(open + OPEN.length, close);
      for (const problem of ruleContentProblems(content)) problems.push({ ...at, ...problem });
      position = close + CLOSE.length;
    }
  });
  return problems;
}
