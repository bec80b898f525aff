import { readdirSync } from 'node:fs';
import path from 'node:path';

export const COMPANIES_DIR = 'content/companies';

/** How an unknown company id is reported, worded once for the content checker and the build. */
export function unknownCompanyMessage(id: string, directory = COMPANIES_DIR): { message: string; fix: string } {
  return { message: `unknown company id "${id}"`, fix: `use an id from ${directory}/ (the file name without .yaml), or add ${directory}/${id}.yaml` };
}

/**
 * The ids of `ids` that no registry file (content/companies/<id>.yaml) defines. Reads the folder
 * each time: it is small, and the Contentlayer watcher must see a company file added while it runs.
 */
export function unknownCompanyIds(ids: string[], directory = COMPANIES_DIR): string[] {
  const known = new Set(
    readdirSync(path.resolve(directory))
      .filter((file) => file.endsWith('.yaml'))
      .map((file) => file.replace(/\.yaml$/, '')),
  );
  return ids.filter((id) => !known.has(id));
}
