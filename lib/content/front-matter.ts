import { existsSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { detectScript, scriptFromLang, type SourceScript } from '../chinese/convert';

/** Front-matter `lang` as a list: Hugo writes a string, scraped posts a list. */
export function langTags(lang: unknown): string[] {
  if (lang === undefined || lang === null || lang === '') return [];
  return (Array.isArray(lang) ? lang : [lang]).map(String);
}

/** The article's own script: its first `lang` tag we know, else what its text looks like. */
export function sourceScriptOf(lang: unknown, text: string): SourceScript {
  for (const tag of langTags(lang)) {
    const script = scriptFromLang(tag);
    if (script) return script;
  }
  return detectScript(text);
}

/**
 * Scraped summaries carry HTML entities (`&amp;`) and runs of layout whitespace:
 * turn them into one line of plain text.
 */
function plainText(value: string): string {
  return toString(fromHtml(value, { fragment: true })).replace(/\s+/g, ' ').trim();
}

/** `description`, or the scraped `summary`, as plain text; empty when neither says anything. */
export function descriptionOf(fields: { description?: string; summary?: string }): string {
  return plainText(fields.description || fields.summary || '');
}

/**
 * The cover image (`image`, or the scraped `thumbnail`) when a reader's browser can load it:
 * a web address, or a file that exists under public/. Undefined otherwise, never a broken image.
 */
export function coverImageOf(fields: { image?: string; thumbnail?: string }, publicDir = 'public'): string | undefined {
  const image = (fields.image || fields.thumbnail || '').trim();
  if (/^https?:\/\//.test(image)) return image;
  if (isLocalImage(image, publicDir)) return image;
  return undefined;
}

/** Whether `image` is a site path (`/images/…`) to a file that exists under public/. */
export function isLocalImage(image: string, publicDir = 'public'): boolean {
  return image.startsWith('/') && existsSync(path.join(publicDir, image));
}
