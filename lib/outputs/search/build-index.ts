/**
 * Build time (Node): the search index of every article (layout in format.ts), written under public/_search/
 * by the content store's writer after each Contentlayer generation (`contentlayer2 build` and `dev`).
 *
 * An article is indexed by its title, text and tags in both scripts: its own, and the conversion readers of the
 * other script see (OpenCC characters + glossary). So 主權 and 主权 find it on either locale's page, and so
 * does the other script's vocabulary where the glossary changed it (晶片 in a Taiwanese article is 芯片 on
 * the Simplified page, and 芯片 finds it).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { articlePath } from '../../core/routes';
import { converterFrom } from '../../text/chinese/convert';
import { hasInlineRules, inlineRenderer } from '../../text/chinese/inline-rules';
import type { PostRecord } from '../../content/record';
import { fullCharMap, restrictCharMap } from './charmap';
import { TAG_SEPARATOR, type Fragment, type Manifest, type Script, type Shard } from './format';
import { type CharMap, encodeCharMap, indexTokens, normalize, shardOf } from './normalize';

/** One article as the index sees it: where it is, its script, its title and text in both scripts. */
export type SearchDoc = {
  /** Path without the locale prefix: `/posts/slug`. */
  url: string;
  script: Script;
  hant: Texts;
  hans: Texts;
};

/** One script's texts of an article; `tags` joined by TAG_SEPARATOR. */
type Texts = { title: string; text: string; tags?: string };

export type BuildOptions = {
  /** Shard files; by default from the amount of text (~12,000 characters a shard, 16 to 4,096). */
  shards?: number;
  /** A title occurrence counts as this many occurrences in the text, for ranking; a tag's half as many. */
  titleWeight?: number;
  map?: CharMap;
};

export type SearchIndex = {
  /** Path below the output directory → JSON. */
  files: Map<string, string>;
  manifest: Manifest;
  stats: { keys: number; postings: number; mapEntries: number };
};

const CJK_CHAR = /\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}|\p{Script=Hangul}/u;
const tfBucket = (tf: number) => (tf >= 8 ? 3 : tf >= 4 ? 2 : tf >= 2 ? 1 : 0);

/** Shards: a power of two near one per 12,000 characters of text (a few KB gzip each). */
export function shardCount(characters: number): number {
  return Math.min(4096, Math.max(16, 2 ** Math.round(Math.log2(Math.max(1, characters / 12_000)))));
}

/** The index files of some articles, ids in the order given. Pure. */
export function buildSearchIndex(docs: readonly SearchDoc[], options: BuildOptions = {}): SearchIndex {
  const full = options.map ?? fullCharMap();
  const titleWeight = options.titleWeight ?? 4;
  const shards = options.shards ?? shardCount(docs.reduce((sum, doc) => sum + doc.hant.text.length, 0));

  const normalized = (texts: Texts) => ({
    title: normalize(texts.title, full),
    text: normalize(texts.text, full),
    tags: normalize(texts.tags ?? '', full),
  });
  const keysOf = ({ title, text, tags }: ReturnType<typeof normalized>) =>
    indexTokens(tags, indexTokens(title, indexTokens(text), titleWeight), titleWeight / 2);

  // key → [id, weighted count, id, weighted count, …], ids ascending
  const postings = new Map<string, number[]>();
  docs.forEach((doc, id) => {
    const own = normalized(doc[doc.script]);
    const other = normalized(doc[doc.script === 'hant' ? 'hans' : 'hant']);
    const counts = keysOf(own);
    // The conversion differs from the original where the glossary (or OpenCC) changed a word: its keys count too.
    if (other.title !== own.title || other.text !== own.text || other.tags !== own.tags) {
      for (const [key, count] of keysOf(other)) if (!counts.has(key)) counts.set(key, count);
    }
    for (const [key, count] of counts) {
      const list = postings.get(key);
      if (list) list.push(id, count);
      else postings.set(key, [id, count]);
    }
  });

  const shardData: Shard[] = Array.from({ length: shards }, () => ({}));
  const indexed = new Set<string>();
  let postingCount = 0;
  for (const key of [...postings.keys()].sort()) {
    const list = postings.get(key)!;
    const encoded: number[] = [];
    for (let i = 0, previous = 0; i < list.length; i += 2) {
      encoded.push((list[i] - previous) * 4 + tfBucket(list[i + 1]));
      previous = list[i];
    }
    postingCount += encoded.length;
    shardData[shardOf(key, shards)][key] = encoded;
    // Every CJK character of the text begins a key: the map's targets the browser may need.
    for (const char of key) if (CJK_CHAR.test(char)) indexed.add(char);
  }
  for (const to of new Set(full.values())) if (!CJK_CHAR.test(to)) indexed.add(to);
  const map = restrictCharMap(full, indexed);

  const versioned = new Map<string, string>();
  shardData.forEach((shard, index) => versioned.set(`s/${index}.json`, JSON.stringify(shard)));
  docs.forEach((doc, id) => {
    for (const script of ['hant', 'hans'] as const) {
      const { title, text, tags } = doc[script];
      const fragment: Fragment = tags ? { u: doc.url, t: title, x: text, g: tags } : { u: doc.url, t: title, x: text };
      versioned.set(`f/${script}/${id}.json`, JSON.stringify(fragment));
    }
  });
  const hash = createHash('sha256');
  for (const [name, content] of versioned) hash.update(name).update('\0').update(content).update('\0');
  const manifest: Manifest = { v: hash.digest('hex').slice(0, 12), n: docs.length, s: shards, map: encodeCharMap(map) };
  const files = new Map<string, string>([['manifest.json', JSON.stringify(manifest)]]);
  for (const [name, content] of versioned) files.set(`${manifest.v}/${name}`, content);
  return { files, manifest, stats: { keys: postings.size, postings: postingCount, mapEntries: map.size } };
}

/**
 * Search documents already converted, for a process that writes the index again and again (`npm run dev`'s
 * indexer): converting every text costs ~0.6 s per 1,000 articles (3 M characters), so its owner keeps one
 * memo and only the articles an edit changed are converted again.
 */
export class SearchDocMemo {
  readonly docs = new Map<string, { signature: string; doc: SearchDoc }>();

  /** Forgets the articles that are gone. */
  keepOnly(slugs: Set<string>): void {
    for (const slug of this.docs.keys()) if (!slugs.has(slug)) this.docs.delete(slug);
  }
}

/** An article's search document: its title, text and tags in both scripts. */
export function searchDocOf(record: PostRecord, memo?: SearchDocMemo): SearchDoc {
  const signature = createHash('sha1')
    .update(JSON.stringify([record.title, record.text, record.tagNames, record.source, record.vocabulary]))
    .digest('base64');
  const known = memo?.docs.get(record.slug);
  if (known?.signature === signature) return known.doc;
  const own = hasInlineRules(record.text) ? inlineRenderer(record.source.script)(record.text) : record.text;
  const converted = converterFrom(record.source, record.vocabulary)(record.text);
  const [hant, hans] = record.source.script === 'zh-Hant' ? [own, converted] : [converted, own];
  const doc: SearchDoc = {
    url: articlePath(record.slug),
    script: record.source.script === 'zh-Hant' ? 'hant' : 'hans',
    hant: { title: record.title.hant, text: hant, tags: record.tagNames.hant.join(TAG_SEPARATOR) },
    hans: { title: record.title.hans, text: hans, tags: record.tagNames.hans.join(TAG_SEPARATOR) },
  };
  memo?.docs.set(record.slug, { signature, doc });
  return doc;
}

export const SEARCH_DIR = 'public/_search';

export type WriteResult = { version: string; articles: number; files: number; written: boolean; ms: number };

/**
 * Writes the index of `records` (newest first: ids follow their order) under `outDir`. Unchanged content
 * (same version) writes nothing; otherwise the new version's directory is written in full, then the
 * manifest, then older versions are removed (a page still holding the old manifest reloads it on the 404).
 */
export function writeSearchIndex(records: readonly PostRecord[], outDir = SEARCH_DIR, memo?: SearchDocMemo): WriteResult {
  const started = performance.now();
  const index = buildSearchIndex(records.map((record) => searchDocOf(record, memo)));
  memo?.keepOnly(new Set(records.map((record) => record.slug)));
  const { v } = index.manifest;
  const manifestFile = path.join(outDir, 'manifest.json');
  const manifest = index.files.get('manifest.json')!;
  const written = !existsSync(manifestFile) || readFileSync(manifestFile, 'utf8') !== manifest || !existsSync(path.join(outDir, v));
  if (written) {
    const staging = path.join(outDir, `.${v}.tmp`);
    rmSync(staging, { recursive: true, force: true });
    const made = new Set<string>();
    for (const [name, content] of index.files) {
      if (name === 'manifest.json') continue;
      const file = path.join(staging, name.slice(v.length + 1));
      const directory = path.dirname(file);
      if (!made.has(directory)) mkdirSync(directory, { recursive: true });
      made.add(directory);
      writeFileSync(file, content);
    }
    rmSync(path.join(outDir, v), { recursive: true, force: true });
    renameSync(staging, path.join(outDir, v));
    writeFileSync(`${manifestFile}.tmp`, manifest);
    renameSync(`${manifestFile}.tmp`, manifestFile);
    for (const entry of readdirSync(outDir))
      if (entry !== v && entry !== 'manifest.json') rmSync(path.join(outDir, entry), { recursive: true, force: true });
  }
  return { version: v, articles: records.length, files: index.files.size, written, ms: Math.round(performance.now() - started) };
}

export const describeWrite = (result: WriteResult) =>
  `search index: ${result.articles} articles, ${result.files} files, ${result.written ? 'written' : 'unchanged'} in ${result.ms} ms`;
