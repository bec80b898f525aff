import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/** Each seed of ../shared/seeds (copied to tests/fixtures/seeds) and the article it became. */
export const SEED_ARTICLES = [
  { seed: '000_96804d730ada56ee.txt', slug: 'tsai-open-source-ai-sovereignty' },
  { seed: '001_b4fb10a7bd411744.txt', slug: 'tsai-alibaba-ai-early-not-leading' },
  { seed: '002_dd41f27e6e25e8b6.txt', slug: 'tsai-ai-race-commercialization-hkej' },
  { seed: '003_133bb82394b48ed6.txt', slug: 'jensen-huang-china-open-source-ai-lead' },
  { seed: '004_9383d222c8bb1e2b.txt', slug: 'tsai-world-governments-summit-katzenberg' },
] as const;

export type Seed = { title: string; lang: unknown; body: string };

export function readSeed(file: string): Seed {
  const raw = readFileSync(path.join('tests/fixtures/seeds', file), 'utf8');
  const frontMatter = /^---\n([\s\S]*?)\n---\n/.exec(raw);
  if (frontMatter) {
    const fields = parse(frontMatter[1]) as { title: string; lang?: unknown };
    return { title: fields.title, lang: fields.lang, body: raw.slice(frontMatter[0].length) };
  }
  // Plain text (36Kr): the title, a "source·date" line, then the body.
  const [title, , ...body] = raw.split('\n');
  return { title, lang: undefined, body: body.join('\n') };
}

/**
 * The seed's text as a reader should find it: split at sentence ends and line breaks, with
 * Markdown syntax, shortcodes and image-only links removed, whitespace dropped (layout may differ).
 */
export function readerFragments(seed: Seed): string[] {
  const text = seed.body
    .replace(/\{\{[<%].*?[>%]\}\}/g, '')
    .replace(/\[!\[[^\]]*\]\([^)]*\)\]\([^)]*\)/g, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\*\*/g, '')
    .replace(/^(#{1,6}|>|-{3,}|={3,})\s?/gm, '')
    .replace(/ - /g, '\n');
  return [seed.title, ...text.split(/[\n。！？]/)]
    .map((fragment) => fragment.replace(/\s+/g, ''))
    .filter((fragment) => fragment.length >= 2);
}
