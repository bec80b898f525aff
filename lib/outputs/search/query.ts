/**
 * The browser's side of search: reads the static files build-index.ts writes (format.ts) and answers a
 * query with the page's script's titles and snippets, matches marked. No dependency but normalize.ts.
 *
 *   const search = createSearch({ baseUrl: '/_search', script: 'hant' });
 *   const { results, total } = await search('主权 OpenAI', 10);
 *
 * Semantics: the query is normalised (script, width, case) and split into terms, CJK runs and words; an
 * article matches when every term occurs in its title or text, in either script: a CJK term as a
 * substring, a word at the start of a word (`transform` finds Transformers; one letter, the whole word).
 *
 * How: a CJK term of two or more characters is the AND of its bigrams' postings; one character, the union
 * of the keys starting with it; a word, the union of the words starting with it; terms are ANDed. Bigrams
 * can over-match terms of three or more characters (主权国 in an article with 主权 and 权国 apart), so
 * those are checked in the fragments of the results shown, which the snippets need anyway. `total` is
 * then an upper bound until every candidate has been checked (`exact` says which).
 */
import { fragmentPath, manifestPath, shardPath, type Fragment, type Manifest, type Script, type Shard } from './format';
import { type CharMap, decodeCharMap, findTerm, normalize, queryTerms, shardOf, termBigrams, type Term } from './normalize';

export type Part = { text: string; hit: boolean };
type Result = { id: number; url: string; title: Part[]; snippet: Part[] };
export type SearchResponse = { results: Result[]; total: number; exact: boolean };

export type SearchConfig = {
  /** Where manifest.json is, e.g. "/_search". */
  baseUrl: string;
  /** The page's script: titles and snippets come back in it. */
  script: Script;
  /** For tests: how to read a file (default: fetch). Must reject with a `status` 404 for a missing file. */
  fetchJson?: (url: string, reload: boolean) => Promise<unknown>;
};

/** Characters of context shown before and after the first match. */
const BEFORE = 30;
const AFTER = 90;

class HttpError extends Error {
  constructor(
    readonly url: string,
    readonly status: number,
  ) {
    super(`${url}: HTTP ${status}`);
  }
}

async function fetchJson(url: string, reload: boolean): Promise<unknown> {
  const response = await fetch(url, reload ? { cache: 'reload' } : undefined);
  if (!response.ok) throw new HttpError(url, response.status);
  return response.json();
}

type Loaded = { manifest: Manifest; map: CharMap; shards: Map<number, Promise<Shard>>; fragments: Map<string, Promise<Fragment>> };

export function createSearch(config: SearchConfig) {
  const read = config.fetchJson ?? fetchJson;
  const other: Script = config.script === 'hant' ? 'hans' : 'hant';
  let loading: Promise<Loaded> | undefined;

  const load = (reload = false) =>
    (loading ??= (read(manifestPath(config.baseUrl), reload) as Promise<Manifest>).then(
      (manifest) => ({ manifest, map: decodeCharMap(manifest.map), shards: new Map(), fragments: new Map() }),
      (error: unknown) => {
        loading = undefined; // a failed request is asked again by the next search
        throw error;
      },
    ));
  /** Each file fetched once per page, unless it failed. */
  const once = <K, T>(files: Map<K, Promise<T>>, key: K, url: string): Promise<T> => {
    let promise = files.get(key);
    if (!promise) {
      promise = read(url, false) as Promise<T>;
      files.set(key, promise);
      promise.catch(() => files.delete(key));
    }
    return promise;
  };
  const shard = ({ manifest, shards }: Loaded, index: number) => once(shards, index, shardPath(config.baseUrl, manifest.v, index));
  const fragment = ({ manifest, fragments }: Loaded, script: Script, id: number) =>
    once(fragments, `${script}${id}`, fragmentPath(config.baseUrl, manifest.v, script, id));

  /** Postings of one term: article id → weight (tf bucket × idf). */
  async function termPostings(index: Loaded, term: Term): Promise<Map<number, number>> {
    const { n, s } = index.manifest;
    let found: Map<number, number>;
    if (term.kind === 'cjk' && [...term.text].length >= 2) {
      const lists = await Promise.all(termBigrams(term.text).map(async (gram) => decode((await shard(index, shardOf(gram, s)))[gram])));
      found = lists.reduce((all, list) => {
        const both = new Map<number, number>();
        for (const [id, weight] of all) {
          const o = list.get(id);
          if (o !== undefined) both.set(id, Math.min(weight, o));
        }
        return both;
      });
    } else {
      // One CJK character, or a word: every key that starts with it (they share one shard). One letter: itself.
      const keys = await shard(index, shardOf(term.text, s));
      const prefix = !(term.kind === 'word' && term.text.length === 1);
      found = new Map();
      for (const key in keys) {
        if (prefix ? !key.startsWith(term.text) : key !== term.text) continue;
        for (const [id, weight] of decode(keys[key])) found.set(id, (found.get(id) ?? 0) + weight);
      }
    }
    const idf = Math.log(1 + n / (1 + found.size));
    for (const [id, weight] of found) found.set(id, weight * idf);
    return found;
  }

  async function run(index: Loaded, query: string, limit: number): Promise<SearchResponse> {
    const terms = queryTerms(query, index.map);
    if (terms.length === 0) return { results: [], total: 0, exact: true };
    const perTerm = await Promise.all(terms.map((term) => termPostings(index, term)));
    const candidates = perTerm.reduce((all, next) => {
      const both = new Map<number, number>();
      for (const [id, score] of all) {
        const o = next.get(id);
        if (o !== undefined) both.set(id, score + o);
      }
      return both;
    });
    // Best first; ties to the newer article (ids are newest first).
    const ranked = [...candidates].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const check = terms.filter((term) => term.kind === 'cjk' && [...term.text].length >= 3);
    const matches = (fragment: Fragment) => {
      const texts = [fragment.t, fragment.x, fragment.g ?? ''].map((text) => normalize(text, index.map));
      return check.every((term) => texts.some((text) => findTerm(text, term) >= 0));
    };

    const results: Result[] = [];
    let checked = 0;
    let rejected = 0;
    while (checked < ranked.length && results.length < limit) {
      const batch = ranked.slice(checked, checked + limit - results.length);
      checked += batch.length;
      const shown = await Promise.all(
        batch.map(async ([id]) => {
          const own = await fragment(index, config.script, id);
          // The index holds both scripts: a term may be in the other one only (where the glossary changed a word).
          const ok = check.length === 0 || matches(own) || matches(await fragment(index, other, id));
          return ok ? own : undefined;
        }),
      );
      batch.forEach(([id], i) => {
        const own = shown[i];
        if (!own) return void rejected++;
        results.push({
          id,
          url: own.u,
          title: highlight(own.t, normalize(own.t, index.map), terms, 0, own.t.length),
          snippet: snippet(own, terms, index.map),
        });
      });
    }
    return { results, total: ranked.length - rejected, exact: check.length === 0 || checked === ranked.length };
  }

  /** Up to `limit` results, best first. A reader who kept the page open across a deployment gets the new index. */
  return async function search(query: string, limit = 10): Promise<SearchResponse> {
    try {
      return await run(await load(), query, limit);
    } catch (error) {
      if ((error as { status?: number }).status !== 404) throw error;
      loading = undefined; // a newer index replaced the one this page loaded
      return run(await load(true), query, limit);
    }
  };
}

/** A postings list: (id − previous id) × 4 + tf bucket → id → weight 1..4. */
function decode(list: number[] | undefined): Map<number, number> {
  const found = new Map<number, number>();
  let id = 0;
  for (const value of list ?? []) {
    id += value >> 2;
    found.set(id, 1 + (value & 3));
  }
  return found;
}

/** `display[from, to)` in parts, every term occurrence marked, by offsets in its normalised twin (same length). */
function highlight(display: string, normalized: string, terms: Term[], from: number, to: number): Part[] {
  const hits: [number, number][] = [];
  for (const term of terms) {
    for (let i = findTerm(normalized, term, from); i >= 0 && i < to; i = findTerm(normalized, term, i + 1))
      hits.push([i, Math.min(to, i + term.text.length)]);
  }
  hits.sort((a, b) => a[0] - b[0]);
  const parts: Part[] = [];
  let position = from;
  for (const [start, end] of hits) {
    if (end <= position) continue;
    const begin = Math.max(start, position);
    if (begin > position) parts.push({ text: display.slice(position, begin), hit: false });
    parts.push({ text: display.slice(begin, end), hit: true });
    position = end;
  }
  if (position < to) parts.push({ text: display.slice(position, to), hit: false });
  return parts;
}

/**
 * A window of the text around its first match, matches marked; the tags when only they match; the text's
 * beginning when only the title does (or the other script's text, where the glossary changed a word).
 */
function snippet(fragment: Fragment, terms: Term[], map: CharMap): Part[] {
  const firstMatch = (normalized: string) => Math.min(...terms.map((term) => findTerm(normalized, term)).filter((i) => i >= 0));
  const display = fragment.x;
  const normalized = normalize(display, map);
  const first = firstMatch(normalized);
  if (!Number.isFinite(first) && fragment.g) {
    const tags = normalize(fragment.g, map);
    if (Number.isFinite(firstMatch(tags))) return highlight(fragment.g, tags, terms, 0, tags.length);
  }
  const at = Number.isFinite(first) ? first : 0;
  let from = Math.max(0, at - BEFORE);
  let to = Math.min(display.length, at + AFTER);
  const low = (i: number) => display.charCodeAt(i) >= 0xdc00 && display.charCodeAt(i) <= 0xdfff;
  if (from > 0 && low(from)) from--; // never cut a surrogate pair
  if (to < display.length && low(to)) to++;
  const parts = highlight(display, normalized, terms, from, to);
  if (from > 0) parts.unshift({ text: '…', hit: false });
  if (to < display.length) parts.push({ text: '…', hit: false });
  return parts;
}
