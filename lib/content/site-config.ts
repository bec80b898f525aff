import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/**
 * Settings of the content, in content/site.yaml (all optional; `npm run import` writes what a Hugo
 * site's config says): `summaryLength`, the words of an automatic summary, Chinese characters counting
 * one each (Hugo's default is 70).
 */
export type ContentSettings = { summaryLength: number };

export const SITE_SETTINGS_FILE = 'site.yaml';
const DEFAULTS: ContentSettings = { summaryLength: 70 };

/** Problems of content/site.yaml, worded for the editor; empty when it is fine or absent. */
export function contentSettingsProblems(data: unknown): string[] {
  if (data === null || data === undefined) return [];
  if (typeof data !== 'object' || Array.isArray(data)) return ['must be a set of "setting: value" lines'];
  const { summaryLength } = data as Record<string, unknown>;
  if (summaryLength !== undefined && !(Number.isInteger(summaryLength) && (summaryLength as number) > 0)) return [`summaryLength must be a whole number of words, not ${JSON.stringify(summaryLength)}`];
  return [];
}

export function readContentSettings(contentDir = 'content'): ContentSettings {
  const file = path.join(contentDir, SITE_SETTINGS_FILE);
  if (!existsSync(file)) return DEFAULTS;
  const data: unknown = parse(readFileSync(file, 'utf8'));
  if (contentSettingsProblems(data).length > 0) return DEFAULTS; // the checker reports them
  return { ...DEFAULTS, ...(data as Partial<ContentSettings>) };
}
