import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import * as OpenCC from 'opencc-js';
import { siteGlossary, type GlossaryDirection, type GlossaryPair } from './glossary';
import type { Locale } from '../i18n/routing';

/** OpenCC's regional variants: the source's region decides which character forms it reads. */
export type Region = 'tw' | 'hk' | 'cn';

/** The script an article is written in, and the region whose character forms it uses. */
export type SourceScript = { script: Locale; region: Region };

const LANG_SCRIPTS: Record<string, SourceScript> = {
  'zh-tw': { script: 'zh-Hant', region: 'tw' },
  'zh-hant': { script: 'zh-Hant', region: 'tw' },
  'zh-hk': { script: 'zh-Hant', region: 'hk' },
  'zh-mo': { script: 'zh-Hant', region: 'hk' },
  'zh-cn': { script: 'zh-Hans', region: 'cn' },
  'zh-sg': { script: 'zh-Hans', region: 'cn' },
  'zh-hans': { script: 'zh-Hans', region: 'cn' },
};

/** Taiwan's Traditional and the mainland's Simplified: the defaults, and our interface's own forms. */
export const TAIWAN_TRADITIONAL: SourceScript = { script: 'zh-Hant', region: 'tw' };
export const MAINLAND_SIMPLIFIED: SourceScript = { script: 'zh-Hans', region: 'cn' };

export const LANG_VALUES = ['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-CN', 'zh-SG', 'zh-Hans'];

/** The script a front-matter `lang` tag names, or undefined for a tag we do not know. */
export function scriptFromLang(lang: string): SourceScript | undefined {
  return LANG_SCRIPTS[lang.trim().toLowerCase()];
}

// Building an OpenCC converter costs up to 0.35 s and the library does not cache them.
const openccConverters = new Map<string, (text: string) => string>();

function opencc(from: Region, to: Region): (text: string) => string {
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
  const toSimplified = opencc('tw', 'cn');
  const toTraditional = opencc('cn', 'tw');
  let traditional = 0;
  let simplified = 0;
  for (const char of new Set(text.match(/\p{Script=Han}/gu))) {
    if (toSimplified(char) !== char) traditional++;
    else if (toTraditional(char) !== char) simplified++;
  }
  return simplified > traditional ? MAINLAND_SIMPLIFIED : TAIWAN_TRADITIONAL;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Applies glossary pairs after OpenCC. Each key is the source phrase as OpenCC has already
 * converted it (輝達 is 辉达 by then), so the pair must be matched in that form.
 */
export function glossaryReplacer(
  pairs: GlossaryPair[],
  direction: GlossaryDirection,
  characterConversion: (text: string) => string,
): (text: string) => string {
  const replacements = new Map<string, string>();
  for (const pair of pairs) {
    if (pair.only && pair.only !== direction) continue;
    const [from, to] = direction === 'toHans' ? [pair.hant, pair.hans] : [pair.hans, pair.hant];
    const key = characterConversion(from);
    if (key !== to) replacements.set(key, to);
  }
  if (replacements.size === 0) return (text) => text;
  // Longest first, so 資料中心 wins over a shorter pair inside it.
  const keys = [...replacements.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(keys.map(escapeRegExp).join('|'), 'g');
  return (text) => text.replace(pattern, (match) => replacements.get(match)!);
}

const scriptConverters = new Map<string, (text: string) => string>();

/** Converts text written in `source` into the other script: OpenCC characters, then the site glossary. */
export function converterFrom(source: SourceScript): (text: string) => string {
  const key = `${source.script}:${source.region}`;
  let converter = scriptConverters.get(key);
  if (!converter) {
    const characters = source.script === 'zh-Hant' ? opencc(source.region, 'cn') : opencc(source.region, 'tw');
    const vocabulary = glossaryReplacer(siteGlossary(), source.script === 'zh-Hant' ? 'toHans' : 'toHant', characters);
    converter = (text) => vocabulary(characters(text));
    scriptConverters.set(key, converter);
  }
  return converter;
}

/** Elements whose text is code or markup, not prose: converting it would change its meaning. */
const UNCONVERTED_ELEMENTS = new Set(['code', 'pre', 'script', 'style', 'kbd', 'samp', 'svg', 'math']);
const CONVERTED_ATTRIBUTES = ['alt', 'title'] as const;

function convertTree(node: Nodes, convert: (text: string) => string): void {
  if (node.type === 'text') {
    node.value = convert(node.value);
    return;
  }
  if (node.type === 'element') {
    if (isUnconverted(node)) return;
    for (const attribute of CONVERTED_ATTRIBUTES) {
      const value = node.properties[attribute];
      if (typeof value === 'string') node.properties[attribute] = convert(value);
    }
  }
  if ('children' in node) for (const child of node.children) convertTree(child, convert);
}

function isUnconverted(element: Element): boolean {
  return UNCONVERTED_ELEMENTS.has(element.tagName) || element.properties.translate === 'no';
}

/** Converts the prose of an HTML fragment (text, alt and title), never URLs, code or other attributes. */
export function convertHtml(html: string, convert: (text: string) => string): string {
  const tree: Root = fromHtml(html, { fragment: true });
  convertTree(tree, convert);
  return toHtml(tree);
}
