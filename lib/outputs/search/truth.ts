/**
 * What a query should find, by brute force: the reference the index is measured against (unit tests,
 * bench.ts). An article matches when every term of the query (normalize.ts) occurs in its title, text or tags,
 * in either script: a CJK term as a plain substring of the normalised text, a word at the start of a word.
 */
import type { Script } from './format';
import { type CharMap, findTerm, normalize, queryTerms } from './normalize';

export type ArticleTexts = Record<Script, { title: string; text: string; tags?: string }>;

/** The ids (indexes into `docs`) of the articles a query should find. */
export function expectedMatches(docs: readonly ArticleTexts[], query: string, map: CharMap): number[] {
  const terms = queryTerms(query, map);
  if (terms.length === 0) return [];
  const ids: number[] = [];
  docs.forEach((doc, id) => {
    const texts = [doc.hant, doc.hans].flatMap(({ title, text, tags }) => [title, text, tags ?? '']).map((text) => normalize(text, map));
    if (terms.every((term) => texts.some((text) => findTerm(text, term) >= 0))) ids.push(id);
  });
  return ids;
}
