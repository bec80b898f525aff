import { existsSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { detectScript } from '../text/chinese/convert';
import { sourceScriptOfTag, type SourceScript } from '../core/languages';
import { bundleUrl, isBundleIndex } from '../core/bundles';

/** Front-matter `lang` as a list: Hugo writes a string, scraped posts a list. */
export function langTags(lang: unknown): string[] {
  if (lang === undefined || lang === null || lang === '') return [];
  return (Array.isArray(lang) ? lang : [lang]).map(String);
}

/** The article's own script: its first `lang` tag we know, else what its text looks like. */
export function sourceScriptOf(lang: unknown, text: string): SourceScript {
  for (const tag of langTags(lang)) {
    const script = sourceScriptOfTag(tag);
    if (script) return script;
  }
  return detectScript(text);
}

/**
 * Scraped summaries carry HTML entities (`&amp;`) and runs of layout whitespace:
 * turn them into one line of plain text.
 */
export function plainText(value: string): string {
  return toString(fromHtml(value, { fragment: true })).replace(/\s+/g, ' ').trim();
}

/**
 * The cover image when a reader's browser can load it: a web address, a file under public/, or a file in
 * the article's own bundle (`cover.jpg` beside `index.md`). Undefined otherwise, never a broken image.
 */
export function coverImageOf(image: string | undefined, sourceFilePath: string, publicDir = 'public', contentDir = 'content'): string | undefined {
  if (!image) return undefined;
  if (/^https?:\/\//i.test(image)) return image;
  if (image.startsWith('/')) return isLocalImage(image, publicDir) ? image : undefined;
  if (!isBundleIndex(sourceFilePath)) return undefined;
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(sourceFilePath), image));
  if (target.startsWith('..') || !existsSync(path.join(contentDir, target))) return undefined;
  return bundleUrl(target);
}

/** Whether `image` is a site path (`/images/…`) to a file that exists under public/, and stays inside it. */
export function isLocalImage(image: string, publicDir = 'public'): boolean {
  if (!image.startsWith('/')) return false;
  const root = path.resolve(publicDir);
  let decoded: string;
  try {
    decoded = decodeURI(image.split(/[?#]/)[0]);
  } catch {
    return false;
  }
  const file = path.resolve(root, `.${decoded}`);
  return file.startsWith(root + path.sep) && existsSync(file);
}
