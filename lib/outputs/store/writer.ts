import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { mentionCounter, relatedCompanyIds, type MentionCounter } from '../../content/companies/mentions';
import { SITE_TIME_ZONE } from '../../core/dates';
import { writeSearchIndex } from '../search/build-index';
import { addressHash } from '../../core/addresses';
import { withoutSummaryMarker } from '../../content/analysis';
import { duplicateSlugProblems } from '../../content/collection';
import { newestFirst, readGenerated, type GeneratedPost } from '../../content/generated';
import { BUNDLE_URL_PREFIX } from '../../core/bundles';
import { formatProblem, type ContentProblem } from '../../core/problems';
import { articlePath } from '../../core/routes';
import type { Bilingual, PostRecord } from '../../content/record';
import { termKey } from '../../text/terms';
import {
  PAGE_SIZE,
  STORE_DIR,
  STORE_VERSION_FILE,
  type ArticleLink,
  type Card,
  type CompanyEntry,
  type ListKind,
  type StoredArticle,
  type StoredListPage,
  type StoredSite,
  type TermRef,
  type TermSummary,
} from './contract';

export type GeneratedCompany = {
  id: string;
  name: { hant: string; hans: string; en: string };
  aliases: string[];
  listings?: { exchange: string; symbol: string }[];
  website?: string;
  headquarters?: string;
  founded?: number;
  description: string;
  converted: { description: string; headquarters?: string };
};

const RELATED_COUNT = 3;
const OTHERS_PER_COMPANY = 3;
/** Posting lists longer than this are cut to their newest entries when looking for related articles (keeps it linear). */
const RELATED_CANDIDATES_PER_TERM = 200;

const yearFormat = new Intl.DateTimeFormat('en-CA', { timeZone: SITE_TIME_ZONE, year: 'numeric' });

function cardOf(record: PostRecord): Card {
  return {
    slug: record.slug,
    title: record.title,
    excerpt: record.excerpt,
    publishedAt: record.publishedAt,
    sourceName: record.sourceName,
    readingMinutes: record.readingMinutes,
    draft: record.draft,
  };
}

function linkOf(record: PostRecord): ArticleLink {
  return { slug: record.slug, title: record.title, publishedAt: record.publishedAt, draft: record.draft };
}

/** Each term's key, and its name in both scripts as most articles spell it. */
function collectTerms(records: PostRecord[], pick: (record: PostRecord) => { own: string[]; hant: string[]; hans: string[] }) {
  type Entry = { spellings: Map<string, number>; names: Map<string, Bilingual>; records: PostRecord[] };
  const terms = new Map<string, Entry>();
  for (const record of records) {
    const { own, hant, hans } = pick(record);
    const seen = new Set<string>();
    own.forEach((term, index) => {
      const key = termKey(term);
      if (!key || seen.has(key)) return;
      seen.add(key);
      const entry: Entry = terms.get(key) ?? { spellings: new Map(), names: new Map(), records: [] };
      entry.spellings.set(term, (entry.spellings.get(term) ?? 0) + 1);
      entry.names.set(term, { hant: hant[index], hans: hans[index] });
      entry.records.push(record);
      terms.set(key, entry);
    });
  }
  return new Map(
    [...terms].map(([key, entry]) => {
      const [spelling] = [...entry.spellings].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
      return [key, { ref: { key, name: entry.names.get(spelling)! } as TermRef, records: entry.records }];
    }),
  );
}

/**
 * `contentlayer2 dev` rebuilds the store on every save: counting every article's company mentions again
 * would cost ~0.4 s per 1,000 articles, so the counts of unchanged texts are remembered for the process.
 */
let mentionMemo: { companies: string; counts: Map<string, Map<string, number>> } = { companies: '', counts: new Map() };

function rememberedMentionCounter(companies: GeneratedCompany[]): MentionCounter {
  const fingerprint = JSON.stringify(companies.map((company) => [company.id, company.aliases]));
  const known = mentionMemo.companies === fingerprint ? mentionMemo.counts : new Map<string, Map<string, number>>();
  const counts = new Map<string, Map<string, number>>();
  mentionMemo = { companies: fingerprint, counts };
  const count = mentionCounter(companies);
  return (text) => {
    const result = known.get(text) ?? count(text);
    counts.set(text, result);
    return result;
  };
}

export type StoreFiles = Map<string, string>;

/** Every file of the store, by path below STORE_DIR. Pure: the content in, the files out. */
export function buildStoreFiles(
  posts: GeneratedPost[],
  companies: GeneratedCompany[],
): { files: StoreFiles; problems: ContentProblem[]; warnings: ContentProblem[]; records: PostRecord[] } {
  const records = newestFirst(posts.map((post) => post.record));
  const htmlBySlug = new Map(posts.map((post) => [post.record.slug, post.body.html]));
  const problems = duplicateSlugProblems(records);
  const warnings: ContentProblem[] = [];
  const files: StoreFiles = new Map();
  const put = (name: string, data: unknown) => files.set(name, JSON.stringify(data));

  // Companies: each article's listed ones, then those it mentions often enough (lib/content/companies/mentions.ts).
  const countMentions = rememberedMentionCounter(companies);
  const companyIdsBySlug = new Map(
    records.map((record) => [
      record.slug,
      relatedCompanyIds(
        record.companyIds,
        countMentions(`${record.title[record.source.script === 'zh-Hant' ? 'hant' : 'hans']}\n${record.tags.join('\n')}\n${record.text}`),
      ),
    ]),
  );
  const recordsByCompany = new Map(
    companies.map((company) => [company.id, records.filter((record) => companyIdsBySlug.get(record.slug)!.includes(company.id))]),
  );
  const companyEntries = new Map<string, CompanyEntry>(
    companies.map((company) => [
      company.id,
      {
        id: company.id,
        name: { hant: company.name.hant, hans: company.name.hans },
        englishName: company.name.en,
        listings: (company.listings ?? []).map(({ exchange, symbol }) => ({ exchange, symbol })),
        website: company.website,
        headquarters: company.headquarters
          ? { hant: company.headquarters, hans: company.converted.headquarters ?? company.headquarters }
          : undefined,
        founded: company.founded,
        description: { hant: company.description, hans: company.converted.description },
        articleCount: recordsByCompany.get(company.id)!.length,
      },
    ]),
  );

  const tags = collectTerms(records, (record) => ({ own: record.tags, ...record.tagNames }));
  const categories = collectTerms(records, (record) => ({ own: record.categories, ...record.categoryNames }));
  const years = new Map<string, PostRecord[]>();
  for (const record of records) {
    const year = yearFormat.format(new Date(record.publishedAt));
    const list = years.get(year) ?? [];
    list.push(record);
    years.set(year, list);
  }

  // Lists, 20 cards a page, newest first.
  const putList = (kind: ListKind, key: string, list: PostRecord[], name?: Bilingual) => {
    const pages = Math.max(1, Math.ceil(list.length / PAGE_SIZE));
    for (let page = 1; page <= pages; page++) {
      const data: StoredListPage = {
        kind,
        key,
        name,
        page,
        pages,
        total: list.length,
        cards: list.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map(cardOf),
      };
      put(`lists/${kind}/${encodeURIComponent(key)}/${page}.json`, data);
    }
    return pages;
  };
  const homePages = putList('home', 'all', records);
  for (const [key, { ref, records: list }] of tags) putList('tags', key, list, ref.name);
  for (const [key, { ref, records: list }] of categories) putList('categories', key, list, ref.name);
  for (const [id, list] of recordsByCompany) putList('companies', id, list, companyEntries.get(id)!.name);
  for (const [year, list] of years) putList('years', year, list);

  // Related articles: shared companies count twice, shared tags once; the newer wins a tie. Candidates are
  // positions in `records` (newest first), scored in one reused array: ~10× faster than a map and a sort.
  const order = new Map(records.map((record, index) => [record.slug, index]));
  const indexesByTag = new Map(
    [...tags].map(([key, entry]) => [key, entry.records.slice(0, RELATED_CANDIDATES_PER_TERM).map((record) => order.get(record.slug)!)]),
  );
  const indexesByCompany = new Map(
    [...recordsByCompany].map(([id, list]) => [id, list.slice(0, RELATED_CANDIDATES_PER_TERM).map((record) => order.get(record.slug)!)]),
  );
  const scores = new Float64Array(records.length);
  const relatedOf = (record: PostRecord, own: number): PostRecord[] => {
    const touched: number[] = [];
    const add = (indexes: number[] | undefined, weight: number) =>
      indexes?.forEach((index) => {
        if (index === own) return;
        if (scores[index] === 0) touched.push(index);
        scores[index] += weight;
      });
    for (const id of companyIdsBySlug.get(record.slug)!) add(indexesByCompany.get(id), 2);
    for (const tag of new Set(record.tags.map(termKey))) add(indexesByTag.get(tag), 1);
    const best: number[] = [];
    for (const index of touched) {
      const at = best.findIndex((other) => scores[index] > scores[other] || (scores[index] === scores[other] && index < other));
      if (at !== -1) best.splice(at, 0, index);
      else best.push(index);
      if (best.length > RELATED_COUNT) best.pop();
    }
    for (const index of touched) scores[index] = 0;
    return best.map((index) => records[index]);
  };

  const termRefs = (own: string[], terms: typeof tags) => [...new Set(own.map(termKey))].filter(Boolean).map((key) => terms.get(key)!.ref);
  // Each company card lists the company's newest other articles, less those a card above it lists. The
  // cards sit together and an article usually concerns several of the same companies as its neighbours:
  // without this, the same three links came under each of five cards, on every page.
  const othersOf = (record: PostRecord) => {
    const listed = new Set<string>();
    return (id: string) => {
      // The head of the list only: filtering a whole list for every article was quadratic in the archive.
      const newest = recordsByCompany
        .get(id)!
        .slice(0, OTHERS_PER_COMPANY + 1)
        .filter((other) => other.slug !== record.slug)
        .slice(0, OTHERS_PER_COMPANY);
      const unlisted = newest.filter((other) => !listed.has(other.slug));
      for (const other of unlisted) listed.add(other.slug);
      return unlisted.map(linkOf);
    };
  };
  records.forEach((record, index) => {
    const others = othersOf(record);
    const article: StoredArticle = {
      ...cardOf(record),
      updatedAt: record.updatedAt,
      source: record.source,
      html: withoutSummaryMarker(htmlBySlug.get(record.slug)!),
      headings: record.headings,
      tags: termRefs(record.tags, tags),
      categories: termRefs(record.categories, categories),
      authors: record.authors,
      coverImage: record.coverImage,
      sourceUrl: record.sourceUrl,
      companies: companyIdsBySlug.get(record.slug)!.map((id) => {
        const company = companyEntries.get(id)!;
        return {
          id,
          name: company.name,
          englishName: company.englishName,
          listings: company.listings,
          description: company.description,
          articleCount: company.articleCount,
          others: others(id),
        };
      }),
      // Newest first: the previous article is the older one.
      previous: records[index + 1] && linkOf(records[index + 1]),
      next: records[index - 1] && linkOf(records[index - 1]),
      related: relatedOf(record, index).map(linkOf),
      vocabulary: record.vocabulary,
      keepQuotes: record.keepQuotes,
    };
    put(`articles/${record.slug}.json`, article);
  });

  // Old addresses, sharded so that a lookup reads one small file whatever the archive's size.
  const redirects = new Map<string, string>();
  for (const record of [...records].reverse()) {
    for (const address of record.aliases) {
      const existing = redirects.get(address);
      if (existing && existing !== record.slug) {
        warnings.push({
          file: `content/${record.file}`,
          field: 'aliases',
          severity: 'warning',
          message: `${address} is also an old address of ${articlePath(existing)}, which keeps it`,
          fix: 'remove it from one of the two articles',
        });
        continue;
      }
      redirects.set(address, record.slug);
    }
  }
  const shards = Math.max(1, 2 ** Math.ceil(Math.log2(Math.ceil(redirects.size / 2000) || 1)));
  const shardData = Array.from({ length: shards }, () => ({}) as Record<string, string>);
  for (const [address, slug] of redirects) shardData[addressHash(address) % shards][address] = slug;
  put('redirects/meta.json', { shards });
  shardData.forEach((data, shard) => put(`redirects/${shard}.json`, data));

  const summaries = (terms: typeof tags): TermSummary[] =>
    [...terms.values()]
      .map(({ ref, records: list }) => ({ ...ref, count: list.length }))
      .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  const site: StoredSite = {
    articleCount: records.length,
    articles: records.map((record) => ({ slug: record.slug, publishedAt: record.publishedAt, updatedAt: record.updatedAt })),
    homePages,
    tags: summaries(tags),
    categories: summaries(categories),
    years: [...years].map(([year, list]) => ({ year, count: list.length })),
  };
  put('site.json', site);
  put(
    'companies.json',
    [...companyEntries.values()].sort((a, b) => b.articleCount - a.articleCount || a.id.localeCompare(b.id)),
  );
  return { files, problems, warnings, records };
}

function listFiles(directory: string, relative = ''): string[] {
  if (!existsSync(path.join(directory, relative))) return [];
  return readdirSync(path.join(directory, relative), { withFileTypes: true }).flatMap((entry) => {
    const child = path.posix.join(relative, entry.name);
    return entry.isDirectory() ? listFiles(directory, child) : [child];
  });
}

/** What this process last wrote to each directory: `npm run dev` compares with it instead of reading every file again. */
const lastWritten = new Map<string, StoreFiles>();

/** Writes what changed and removes what is gone, so `npm run dev` rewrites one article's files for one edit. */
function syncDirectory(directory: string, files: StoreFiles): number {
  const previous = lastWritten.get(directory);
  let written = 0;
  // A `.tmp` file is another writer's (npm run dev's quick preview) on its way in: not ours to remove.
  for (const existing of listFiles(directory))
    if (!files.has(existing) && !existing.endsWith('.tmp')) rmSync(path.join(directory, existing));
  for (const [name, content] of files) {
    const file = path.join(directory, name);
    if (existsSync(file) && (previous?.get(name) ?? readFileSync(file, 'utf8')) === content) continue;
    writeWhole(file, content);
    written++;
  }
  lastWritten.set(directory, files);
  return written;
}

/** Copies the files of page bundles (images beside index.md) where the pages link them. */
function syncBundleFiles(contentDir: string, publicDir: string): void {
  const target = path.join(publicDir, BUNDLE_URL_PREFIX);
  const wanted = new Set(
    listFiles(path.join(contentDir, 'posts'))
      .filter((file) => !/\.md$/i.test(file))
      .map((file) => `posts/${file}`),
  );
  for (const existing of listFiles(target)) if (!wanted.has(existing)) rmSync(path.join(target, existing));
  for (const file of wanted) {
    const from = path.join(contentDir, file);
    const to = path.join(target, file);
    if (existsSync(to) && statSync(to).mtimeMs >= statSync(from).mtimeMs) continue;
    mkdirSync(path.dirname(to), { recursive: true });
    copyFileSync(from, to);
  }
}

export type StoreBuild = { files: StoreFiles; problems: ContentProblem[]; warnings: ContentProblem[]; records: PostRecord[] };

/**
 * buildStoreFiles, and the store's version: a fingerprint of all its files, which `npm run dev`'s open pages
 * compare with the one they were rendered with. Two builds from the same documents have the same version.
 */
export function versionedStoreFiles(posts: GeneratedPost[], companies: GeneratedCompany[]): StoreBuild {
  const build = buildStoreFiles(posts, companies);
  if (build.problems.length > 0) return build;
  const hash = createHash('sha1');
  for (const [name, content] of [...build.files].sort(([a], [b]) => a.localeCompare(b))) hash.update(name).update(content);
  build.files.set(STORE_VERSION_FILE, JSON.stringify({ version: hash.digest('hex').slice(0, 16) }));
  return build;
}

function writeWhole(file: string, content: string): void {
  // Renamed into place: a page rendered meanwhile reads the old file or the new one, never half of one.
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(`${file}.${process.pid}.tmp`, content);
  renameSync(`${file}.${process.pid}.tmp`, file);
}

/**
 * Writes the files that differ between two builds of the store, removes those gone: one edit's consequences,
 * whatever else another writer put on disk meanwhile (`npm run dev`'s quick preview, lib/tools/cli/dev-preview.ts).
 */
export function writeStoreChanges(previous: StoreFiles, next: StoreFiles, directory = path.resolve(STORE_DIR)): number {
  let written = 0;
  for (const name of previous.keys()) if (!next.has(name)) rmSync(path.join(directory, name), { force: true });
  for (const [name, content] of next) {
    if (previous.get(name) === content) continue;
    writeWhole(path.join(directory, name), content);
    written++;
  }
  return written;
}

/**
 * Contentlayer's onSuccess: the content store from what it generated. Problems only the whole collection
 * shows stop a build as the per-file ones do; the dev watcher keeps the last good store and waits for the fix.
 */
export async function writeContentStore(contentDir = 'content', publicDir = 'public'): Promise<void> {
  const started = performance.now();
  const { files, problems, warnings, records } = versionedStoreFiles(
    readGenerated<GeneratedPost>('Post'),
    readGenerated<GeneratedCompany>('Company'),
  );
  for (const warning of warnings) console.warn(formatProblem(warning));
  if (problems.length > 0) {
    for (const problem of problems) console.error(formatProblem(problem));
    if (process.argv.includes('build')) process.exit(1);
    return;
  }
  const written = syncDirectory(path.resolve(STORE_DIR), files);
  syncBundleFiles(contentDir, publicDir);
  // Share images were files here before app/og rendered them; a checkout's old copies would shadow the route.
  rmSync(path.join(publicDir, 'og'), { recursive: true, force: true });
  console.log(`content store: ${files.size} files, ${written} written, in ${Math.round(performance.now() - started)} ms`);
  // A build writes the search index now. Under `npm run dev` (lib/tools/cli/dev.ts) a generation is announced
  // instead, to the processes that follow it: the search indexer and the quick preview.
  if (process.argv.includes('build')) writeSearchIndex(records, path.join(publicDir, '_search'));
  else process.send?.('generated');
}
