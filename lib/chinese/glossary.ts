import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export type GlossaryDirection = 'toHans' | 'toHant';

export type GlossaryPair = { hant: string; hans: string; only?: GlossaryDirection };

export const GLOSSARY_PATH = 'content/glossary.yaml';

/** Problems of a parsed glossary, each naming the entry and the fix; empty when it is valid. */
export function glossaryProblems(data: unknown): string[] {
  if (!Array.isArray(data)) return ['the glossary must be a YAML list of { hant, hans } pairs'];
  const problems: string[] = [];
  data.forEach((entry, index) => {
    const where = `entry ${index + 1}`;
    if (typeof entry !== 'object' || entry === null) {
      problems.push(`${where}: must be a pair such as { hant: 軟體, hans: 软件 }`);
      return;
    }
    const { hant, hans, only } = entry as Record<string, unknown>;
    for (const [field, value] of [['hant', hant], ['hans', hans]] as const) {
      if (typeof value !== 'string' || value.trim() === '') problems.push(`${where}: field "${field}" must be a non-empty phrase`);
    }
    if (only !== undefined && only !== 'toHans' && only !== 'toHant') {
      problems.push(`${where}: field "only" is "${String(only)}"; use toHans or toHant, or leave it out for both directions`);
    }
  });
  return problems;
}

export function parseGlossary(source: string): GlossaryPair[] {
  const data: unknown = parse(source);
  const problems = glossaryProblems(data);
  if (problems.length > 0) throw new Error(`${GLOSSARY_PATH}: ${problems.join('; ')}`);
  return data as GlossaryPair[];
}

let cached: GlossaryPair[] | undefined;

/** The site glossary, read once per process. */
export function siteGlossary(): GlossaryPair[] {
  cached ??= parseGlossary(readFileSync(path.join(process.cwd(), GLOSSARY_PATH), 'utf8'));
  return cached;
}
