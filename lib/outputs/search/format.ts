/**
 * The search index's files, as the build writes them (build-index.ts) and the browser reads them
 * (query.ts). Everything lives under public/_search/, served as static files:
 *
 *   manifest.json            Manifest: the current version, counts and the query character map (not cacheable
 *                            for long: it names the version)
 *   <v>/s/<shard>.json       Shard: index key → postings; a query reads one shard per bigram or word
 *   <v>/f/hant/<id>.json     Fragment: an article's address, title, plain text and tags in Traditional
 *   <v>/f/hans/<id>.json     the same in Simplified; a reader fetches those of the results shown, in the
 *                            page's script (snippets, and checking terms of three or more characters)
 *
 * `v` is a hash of everything under it: files under a version never change (cacheable forever), and a
 * reader holding an old manifest gets a 404, reloads the manifest and asks again.
 *
 * Keys: CJK bigrams and terminal unigrams, and Latin words (normalize.ts). Postings of a key: one integer
 * per article, (id − previous id) × 4 + tf bucket (0..3 for a weighted count of 1, 2–3, 4–7, 8+; a title
 * occurrence counts 4, a tag's 2). Article ids are 0..n−1, newest first.
 */
export const SEARCH_URL_PATH = '/_search';

/** Results the search page shows at first and adds per press of "more": each costs its fragment (~3 KB gzip). */
export const RESULTS_PER_PAGE = 10;

export type Script = 'hant' | 'hans';

export type Manifest = {
  /** Version: the directory of the shards and fragments. */
  v: string;
  /** Number of articles. */
  n: number;
  /** Number of shards. */
  s: number;
  /** The character map (normalize.ts encodeCharMap), restricted to characters the index holds. */
  map: string;
};

export type Shard = Record<string, number[]>;

/** u: the article's path without the locale prefix; t: title; x: plain text; g: tags, joined by 、 (absent without tags). */
export type Fragment = { u: string; t: string; x: string; g?: string };

/** Tags are joined by this separator: not a letter, so no key spans two tags. */
export const TAG_SEPARATOR = '、';

export const manifestPath = (base: string) => `${base}/manifest.json`;
export const shardPath = (base: string, v: string, shard: number) => `${base}/${v}/s/${shard}.json`;
export const fragmentPath = (base: string, v: string, script: Script, id: number) => `${base}/${v}/f/${script}/${id}.json`;
