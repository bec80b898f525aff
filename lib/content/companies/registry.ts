import { readdirSync } from 'node:fs';
import path from 'node:path';
import { parseFrontMatter } from '../../core/front-matter';
import { TAIWAN_TRADITIONAL } from '../../core/languages';
import type { ContentProblem } from '../../core/problems';
import { converterFrom } from '../../text/chinese/convert';

export const COMPANIES_DIR = 'content/companies';

/** The registry's file names (`<id>.yaml`), sorted. */
export function companyFiles(directory = COMPANIES_DIR): string[] {
  return readdirSync(path.resolve(directory))
    .filter((file) => file.endsWith('.yaml'))
    .sort();
}

/** The ids the registry defines: its file names without `.yaml`. */
export function companyRegistryIds(directory = COMPANIES_DIR): Set<string> {
  return new Set(companyFiles(directory).map((file) => file.replace(/\.yaml$/, '')));
}

/**
 * The ids of `ids` that the registry does not define. By default it reads the folder on each call:
 * it is small, and the Contentlayer watcher must see a company file added while it runs.
 */
export function unknownCompanyIds(ids: string[], known = companyRegistryIds()): string[] {
  return ids.filter((id) => !known.has(id));
}

/** How an unknown company id is reported, worded once for the content checker and the build. */
export function unknownCompanyMessage(id: string, directory = COMPANIES_DIR): { message: string; fix: string } {
  return { message: `unknown company id "${id}"`, fix: `use an id from ${directory}/ (the file name without .yaml), or add ${directory}/${id}.yaml` };
}

/** How a company file whose `id` differs from its name is reported, for the checker and the build. */
function companyIdMessage(id: unknown, file: string): { message: string; fix: string } {
  const fileId = file.replace(/\.yaml$/, '');
  return { message: `is ${JSON.stringify(id)}, but the file is ${file}`, fix: `set id: ${fileId}, or rename the file to match the id` };
}

/**
 * A company articles are about: content/companies/<id>.yaml, as the checker, the build and the store read it (the
 * one schema: Contentlayer declares no field of its own, its computed field calls `readCompany`). The profile is
 * written in Traditional Chinese and converted like an article; names are given per script, because conversion
 * cannot know that 輝達 is 英伟达.
 */
export type CompanyRecord = {
  id: string;
  name: { hant: string; hans: string; en: string };
  aliases: string[];
  listings: { exchange: string; symbol: string }[];
  website?: string;
  headquarters?: string;
  founded?: number;
  description: string;
  /** Description and headquarters in Simplified Chinese. */
  converted: { description: string; headquarters?: string };
};

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** A company's website is shown as a link: it must be a web address. */
function isWebAddress(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

function isListing(item: unknown): item is { exchange: string; symbol: string } {
  const fields = item as Record<string, unknown> | null;
  return typeof fields?.exchange === 'string' && typeof fields?.symbol === 'string';
}

/**
 * Reads one company file (`file` is its name, `acme.yaml`; `displayPath` names it in messages): the record, or
 * every problem at once, each with its line and fix.
 */
export function readCompany(source: string, file: string, displayPath: string): { company?: CompanyRecord; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const report = (problem: Omit<ContentProblem, 'file'>) => problems.push({ file: displayPath, ...problem });
  const frontMatter = parseFrontMatter(source, 1);
  if (!frontMatter.ok) {
    report({ field: 'yaml', line: frontMatter.line, message: `is not valid YAML: ${frontMatter.message}`, fix: 'check quotes and indentation' });
    return { problems };
  }
  const { data, lineOf } = frontMatter;
  const at = (field: string) => ({ field, line: lineOf(field) });
  if (data.id !== file.replace(/\.yaml$/, '')) report({ ...at('id'), ...companyIdMessage(data.id, file) });
  const name = data.name as Record<string, unknown> | undefined;
  for (const key of ['hant', 'hans', 'en']) {
    if (typeof name?.[key] !== 'string' || name[key] === '')
      report({ ...at('name'), message: `has no "${key}" name`, fix: 'write name: { hant: 輝達, hans: 英伟达, en: NVIDIA }' });
  }
  if (!isStringList(data.aliases) || data.aliases.length === 0)
    report({ ...at('aliases'), message: 'must be a non-empty list of names to find mentions by', fix: 'write aliases: [輝達, NVIDIA]' });
  if (typeof data.description !== 'string' || data.description.trim() === '')
    report({ ...at('description'), message: 'is missing', fix: 'add a one-paragraph description in Traditional Chinese' });
  if (data.website !== undefined && !isWebAddress(data.website)) {
    report({
      ...at('website'),
      message: `${JSON.stringify(data.website)} is not a web address`,
      fix: 'write the full address, such as https://www.nvidia.com',
    });
  }
  const listings = data.listings ?? [];
  if (!Array.isArray(listings) || !listings.every(isListing)) {
    report({
      ...at('listings'),
      message: 'each listing needs an exchange and a symbol, both text',
      fix: 'write listings: [{ exchange: HKEX, symbol: "9988" }] (quote numeric symbols)',
    });
  }
  if (data.headquarters !== undefined && typeof data.headquarters !== 'string')
    report({ ...at('headquarters'), message: 'must be text', fix: 'write headquarters: 美國加州聖克拉拉' });
  if (data.founded !== undefined && !Number.isInteger(data.founded)) report({ ...at('founded'), message: 'must be a year', fix: 'write founded: 1999' });
  if (problems.length > 0) return { problems };
  const convert = converterFrom(TAIWAN_TRADITIONAL);
  const headquarters = data.headquarters as string | undefined;
  const description = data.description as string;
  return {
    company: {
      id: data.id as string,
      name: { hant: name!.hant as string, hans: name!.hans as string, en: name!.en as string },
      aliases: data.aliases as string[],
      listings: (listings as CompanyRecord['listings']).map(({ exchange, symbol }) => ({ exchange, symbol })),
      website: data.website as string | undefined,
      headquarters,
      founded: data.founded as number | undefined,
      description,
      converted: { description: convert(description), headquarters: headquarters && convert(headquarters) },
    },
    problems,
  };
}
