import { readdirSync } from 'node:fs';
import path from 'node:path';

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
export function companyIdMessage(id: unknown, file: string): { message: string; fix: string } {
  const fileId = file.replace(/\.yaml$/, '');
  return { message: `is ${JSON.stringify(id)}, but the file is ${file}`, fix: `set id: ${fileId}, or rename the file to match the id` };
}
