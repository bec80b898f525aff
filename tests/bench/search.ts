/**
 * `benchSearch()`: the search index's numbers, printed (asserts nothing). For the site in the current
 * directory, or `siteDir` (a site's root, or an index directory itself):
 * - the index on disk, raw and gzip: manifest + shards (what searching reads) and fragments (per result);
 * - what a reader downloads before the first results of a two-character query: the search page's own
 *   JavaScript (from `.next`, when built), the manifest, the shards and the first page of fragments;
 * - recall and precision on tests/fixtures/search-queries.json, against brute force over the same texts
 *   (lib/outputs/search/truth.ts), and the median time of a warm query;
 * - the time to build the index from Contentlayer's records (conversion, index, writing), when present.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { newestFirst, readGenerated, type GeneratedPost } from '../../lib/content/generated';
import { buildSearchIndex, searchDocOf, writeSearchIndex } from '../../lib/outputs/search/build-index';
import { fullCharMap } from '../../lib/outputs/search/charmap';
import { RESULTS_PER_PAGE, type Fragment, type Manifest } from '../../lib/outputs/search/format';
import { createSearch } from '../../lib/outputs/search/query';
import { expectedMatches, type ArticleTexts } from '../../lib/outputs/search/truth';

const FIRST_QUERY = '主權';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

function filesUnder(directory: string, relative = ''): string[] {
  return readdirSync(path.join(directory, relative), { withFileTypes: true }).flatMap((entry) => {
    const child = path.posix.join(relative, entry.name);
    return entry.isDirectory() ? filesUnder(directory, child) : [child];
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Gzip bytes of the scripts only the search page loads (not the home page or the not-found page: the
 * framework, the layout and the header), and of all the scripts it loads.
 */
function searchPageScripts(nextDir: string): { own: number; total: number; files: string[] } | undefined {
  const app = path.join(nextDir, 'server/app');
  if (!existsSync(app)) return undefined;
  const pages = filesUnder(app).filter((file) => file.endsWith('.html'));
  const search = pages.find((file) => /^zh-hant\/search\.html$/i.test(file));
  const others = pages.filter((file) => file === '_not-found.html' || /^zh-hant\.html$/i.test(file));
  if (!search || others.length === 0) return undefined;
  const scripts = (file: string) =>
    [...readFileSync(path.join(app, file), 'utf8').matchAll(/<script src="\/_next\/([^"]+)"([^>]*)>/g)]
      .filter((match) => !/noModule/i.test(match[2]))
      .map((match) => match[1]);
  const page = new Set(scripts(search));
  const shared = new Set(others.flatMap(scripts));
  const size = (source: string) => gzipSync(readFileSync(path.join(nextDir, source))).length;
  const own = [...page].filter((source) => !shared.has(source));
  return {
    own: own.reduce((sum, source) => sum + size(source), 0),
    total: [...page].reduce((sum, source) => sum + size(source), 0),
    files: own,
  };
}

export async function benchSearch(siteDir = '.'): Promise<void> {
  const indexDir = existsSync(path.join(siteDir, 'manifest.json')) ? siteDir : path.join(siteDir, 'public/_search');
  const root = indexDir === siteDir ? path.resolve(siteDir, '../..') : siteDir;
  if (!existsSync(path.join(indexDir, 'manifest.json'))) {
    console.log(`search: no index at ${indexDir} (run \`npx contentlayer2 build\` first)`);
    return;
  }
  const manifest = JSON.parse(readFileSync(path.join(indexDir, 'manifest.json'), 'utf8')) as Manifest;
  const gzipOf = new Map<string, number>();
  const rawOf = new Map<string, number>();
  const read = (file: string) => {
    const content = readFileSync(path.join(indexDir, file));
    rawOf.set(file, content.length);
    if (!gzipOf.has(file)) gzipOf.set(file, gzipSync(content).length);
    return content;
  };
  const files = filesUnder(indexDir);
  for (const file of files) read(file);
  const sum = (filter: (file: string) => boolean, of: Map<string, number>) =>
    files.filter(filter).reduce((total, file) => total + of.get(file)!, 0);
  const isFragment = (file: string) => file.includes('/f/');
  console.log(
    `search index (${path.resolve(indexDir)}): ${manifest.n} articles, ${manifest.s} shards, ${manifest.map.length / 2} character pairs`,
  );
  console.log(
    `  manifest + shards   ${mb(sum((file) => !isFragment(file), rawOf))} raw, ${mb(sum((file) => !isFragment(file), gzipOf))} gzip`,
  );
  console.log(`  fragments (2×${manifest.n})  ${mb(sum(isFragment, rawOf))} raw, ${mb(sum(isFragment, gzipOf))} gzip`);
  console.log(
    `  manifest ${kb(gzipOf.get('manifest.json')!)} gzip; shards median ${kb(median(files.filter((file) => file.includes('/s/')).map((file) => gzipOf.get(file)!)))} gzip`,
  );

  // A cold reader on a Traditional page: what the first query fetches.
  const fetched: string[] = [];
  const fromDisk = async (url: string) => {
    const file = path.relative(indexDir, url);
    if (!existsSync(path.join(indexDir, file))) throw Object.assign(new Error(`${file}: 404`), { status: 404 });
    fetched.push(file);
    return JSON.parse(read(file).toString('utf8')) as unknown;
  };
  const cold = createSearch({ baseUrl: indexDir, script: 'hant', fetchJson: fromDisk });
  const first = await cold(FIRST_QUERY, RESULTS_PER_PAGE);
  const bytes = (filter: (file: string) => boolean) => fetched.filter(filter).reduce((total, file) => total + gzipOf.get(file)!, 0);
  const shardBytes = bytes((file) => file.includes('/s/'));
  const fragmentBytes = bytes(isFragment);
  const manifestBytes = bytes((file) => file === 'manifest.json');
  const scripts = searchPageScripts(path.join(root, '.next'));
  const js = scripts?.own ?? 0;
  console.log(`first results of "${FIRST_QUERY}" (${first.results.length} of ${first.total} shown), gzip bytes a reader downloads:`);
  console.log(
    `  ${scripts ? `page JS ${kb(js)}` : 'page JS not measured (no .next build)'} + manifest ${kb(manifestBytes)} + ${fetched.filter((file) => file.includes('/s/')).length} shard(s) ${kb(shardBytes)} + ${fetched.filter(isFragment).length} fragments ${kb(fragmentBytes)} = ${kb(js + manifestBytes + shardBytes + fragmentBytes)}`,
  );
  if (scripts)
    console.log(
      `  (page JS: the chunks only the search page loads, ${scripts.files.join(', ')}; with the framework and layout every page loads, ${kb(scripts.total)})`,
    );

  // Recall and precision against brute force over the fragments' texts.
  const texts: ArticleTexts[] = [];
  for (let id = 0; id < manifest.n; id++) {
    const [hant, hans] = (['hant', 'hans'] as const).map(
      (script) => JSON.parse(read(`${manifest.v}/f/${script}/${id}.json`).toString('utf8')) as Fragment,
    );
    texts.push({ hant: { title: hant.t, text: hant.x, tags: hant.g }, hans: { title: hans.t, text: hans.x, tags: hans.g } });
  }
  const { queries } = JSON.parse(readFileSync('tests/fixtures/search-queries.json', 'utf8')) as { queries: { q: string; kind: string }[] };
  const warm = createSearch({ baseUrl: indexDir, script: 'hant', fetchJson: fromDisk });
  const full = fullCharMap();
  const recalls: number[] = [];
  const precisions: number[] = [];
  const times: number[] = [];
  const misses: string[] = [];
  let exact = 0;
  for (const { q } of queries) {
    const expected = new Set(expectedMatches(texts, q, full));
    const found = (await warm(q, manifest.n)).results.map((result) => result.id);
    const hits = found.filter((id) => expected.has(id)).length;
    if (expected.size > 0) recalls.push(hits / expected.size);
    if (found.length > 0) precisions.push(hits / found.length);
    if (hits === expected.size && found.length === expected.size) exact++;
    else misses.push(`${q}: ${hits}/${found.length} for ${expected.size}`);
    for (let run = 0; run < 5; run++) {
      const started = performance.now();
      await warm(q, RESULTS_PER_PAGE);
      times.push(performance.now() - started);
    }
  }
  const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 1);
  console.log(
    `queries (tests/fixtures/search-queries.json): ${queries.length}, exact ${exact}, recall ${mean(recalls).toFixed(3)}, precision ${mean(precisions).toFixed(3)}, warm query median ${median(times).toFixed(2)} ms`,
  );
  for (const miss of misses) console.log(`  not exact: ${miss}`);

  // Build time from Contentlayer's records, when this site has them.
  const records = newestFirst(readGenerated<GeneratedPost>('Post', root).map((post) => post.record));
  if (records.length === 0) return;
  let started = performance.now();
  const docs = records.map((record) => searchDocOf(record));
  const convert = performance.now() - started;
  started = performance.now();
  buildSearchIndex(docs);
  const build = performance.now() - started;
  const scratch = mkdtempSync(path.join(tmpdir(), 'search-bench-'));
  const write = writeSearchIndex(records, scratch);
  const again = writeSearchIndex(records, scratch);
  rmSync(scratch, { recursive: true, force: true });
  console.log(
    `index build, ${records.length} articles: conversion of the texts ${Math.round(convert)} ms (once per process), index ${Math.round(build)} ms, a full write ${write.ms} ms (conversion cached), unchanged ${again.ms} ms`,
  );
}
