import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { normalizeAddress } from '../core/addresses';

/**
 * Settings of the content, in content/site.yaml (all optional; `npm run import` writes what a Hugo
 * site's config says): `summaryLength`, the words of an automatic summary, Chinese characters counting
 * one each (Hugo's default is 70); `redirects`, old addresses of the site's lists and feeds (`/posts/`, `/archives/`)
 * to the page that now shows them (`/`, `/archive`), besides the articles' own old addresses.
 */
export type ContentSettings = { summaryLength: number; redirects: Record<string, string> };

export const SITE_SETTINGS_FILE = 'site.yaml';
const DEFAULTS: ContentSettings = { summaryLength: 70, redirects: {} };

/** A redirect's target: a path of this site, below the locale (`/`, `/archive`, `/posts/x`). */
const TARGET = /^\/[^\s?#\\]*$/;

/** Problems of content/site.yaml, worded for the editor; empty when it is fine or absent. */
export function contentSettingsProblems(data: unknown): string[] {
  if (data === null || data === undefined) return [];
  if (typeof data !== 'object' || Array.isArray(data)) return ['must be a set of "setting: value" lines'];
  const { summaryLength, redirects } = data as Record<string, unknown>;
  const problems: string[] = [];
  if (summaryLength !== undefined && !(Number.isInteger(summaryLength) && (summaryLength as number) > 0))
    problems.push(`summaryLength must be a whole number of words, not ${JSON.stringify(summaryLength)}`);
  if (redirects !== undefined && redirects !== null) {
    if (typeof redirects !== 'object' || Array.isArray(redirects)) problems.push('redirects must map old addresses to paths of this site ("/posts/": "/")');
    else
      for (const [from, to] of Object.entries(redirects as Record<string, unknown>)) {
        if (!normalizeAddress(from)) problems.push(`redirects: "${from}" is not an old address of this site`);
        if (typeof to !== 'string' || !TARGET.test(to)) problems.push(`redirects: "${String(to)}" (for ${from}) is not a path of this site, such as /archive`);
      }
  }
  return problems;
}

export function readContentSettings(contentDir = 'content'): ContentSettings {
  const file = path.join(contentDir, SITE_SETTINGS_FILE);
  if (!existsSync(file)) return DEFAULTS;
  const data: unknown = parse(readFileSync(file, 'utf8'));
  if (contentSettingsProblems(data).length > 0) return DEFAULTS; // the checker reports them
  const settings = { ...DEFAULTS, ...(data as Partial<ContentSettings>) };
  // Keys as the proxy looks them up (lower case, decoded, no trailing slash).
  const redirects = Object.entries(settings.redirects ?? {}).map(([from, to]) => [normalizeAddress(from)!, to] as const);
  return { ...settings, redirects: Object.fromEntries(redirects) };
}
