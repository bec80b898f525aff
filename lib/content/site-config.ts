import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { normalizeAddress } from '../core/addresses';

/**
 * Settings of the content, in content/site.yaml (all optional; `npm run import` writes what a Hugo
 * site's config says):
 *   summaryLength: the words of an automatic summary, Chinese characters counting one each (Hugo's default is 70;
 *                  0, as Hugo reads it, is the default too)
 *   enableEmoji:   `:smile:` in the text becomes 😄, as Hugo's enableEmoji does (GitHub's names)
 *   math:          `$…$` is math in every article, as in a Hugo theme whose math is on for the whole site
 *                  (without it, only in articles that say `math: true` or already hold other math)
 *   redirects:     old addresses of the site's lists and feeds (`/posts/`, `/archives/`) to the page that now shows
 *                  them (`/`, `/archive`), and of bundles' files to their copies (`/bundles/posts/x/a.png`), besides
 *                  the articles' own old addresses
 */
export type ContentSettings = { summaryLength: number; enableEmoji: boolean; math: boolean; redirects: Record<string, string> };

export const SITE_SETTINGS_FILE = 'site.yaml';
const DEFAULTS: ContentSettings = { summaryLength: 70, enableEmoji: false, math: false, redirects: {} };

/** A redirect's target: a path of this site, below the locale (`/`, `/archive`, `/posts/x`). */
const TARGET = /^\/[^\s?#\\]*$/;

/** Problems of content/site.yaml, worded for the editor; empty when it is fine or absent. */
export function contentSettingsProblems(data: unknown): string[] {
  if (data === null || data === undefined) return [];
  if (typeof data !== 'object' || Array.isArray(data)) return ['must be a set of "setting: value" lines'];
  const { summaryLength, enableEmoji, math, redirects } = data as Record<string, unknown>;
  const problems: string[] = [];
  if (summaryLength !== undefined && !(Number.isInteger(summaryLength) && (summaryLength as number) >= 0))
    problems.push(`summaryLength must be a whole number of words, not ${JSON.stringify(summaryLength)}`);
  for (const [key, value] of Object.entries({ enableEmoji, math }))
    if (value !== undefined && typeof value !== 'boolean') problems.push(`${key} must be true or false, not ${JSON.stringify(value)}`);
  if (redirects !== undefined && redirects !== null) {
    if (typeof redirects !== 'object' || Array.isArray(redirects))
      problems.push('redirects must map old addresses to paths of this site ("/posts/": "/")');
    else
      for (const [from, to] of Object.entries(redirects as Record<string, unknown>)) {
        if (!normalizeAddress(from)) problems.push(`redirects: "${from}" is not an old address of this site`);
        if (typeof to !== 'string' || !TARGET.test(to))
          problems.push(`redirects: "${String(to)}" (for ${from}) is not a path of this site, such as /archive`);
      }
  }
  return problems;
}

let cache: { file: string; mtimeMs: number; settings: ContentSettings } | undefined;

/** The settings, read again only when the file changes (the Markdown pipeline asks once per article). */
export function readContentSettings(contentDir = 'content'): ContentSettings {
  const file = path.resolve(contentDir, SITE_SETTINGS_FILE);
  if (!existsSync(file)) return DEFAULTS;
  const { mtimeMs } = statSync(file);
  if (cache?.file === file && cache.mtimeMs === mtimeMs) return cache.settings;
  const data: unknown = parse(readFileSync(file, 'utf8'));
  // The checker reports the problems; until they are fixed, the defaults.
  const read = contentSettingsProblems(data).length > 0 ? DEFAULTS : { ...DEFAULTS, ...(data as Partial<ContentSettings>) };
  // Hugo's 0 is its default length; redirect keys as the proxy looks them up (lower case, decoded, no trailing slash).
  const settings = {
    ...read,
    summaryLength: read.summaryLength || DEFAULTS.summaryLength,
    redirects: Object.fromEntries(Object.entries(read.redirects ?? {}).map(([from, to]) => [normalizeAddress(from)!, to])),
  };
  cache = { file, mtimeMs, settings };
  return settings;
}
