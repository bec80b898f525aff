/**
 * The content store's files, made from what Contentlayer generated: pure, the documents in and the files out, in
 * named stages (companies, terms, years, lists, related articles, article pages, redirects, the site index) that
 * each take what they need. lib/outputs/store/writer.ts puts the result on disk.
 */
import { createHash } from 'node:crypto';
import { mentionCounter, relatedCompanyIds } from '../../content/companies/mentions';
import type { CompanyRecord } from '../../content/companies/registry';
import { withoutSummaryMarker } from '../../content/analysis';
import { duplicateSlugProblems } from '../../content/collection';
import { newestFirst, type GeneratedPost } from '../../content/generated';
import type { Bilingual, PostRecord } from '../../content/record';
import { addressHash } from '../../core/addresses';
import { SITE_TIME_ZONE } from '../../core/dates';
import type { ContentProblem } from '../../core/problems';
import { articlePath } from '../../core/routes';
import { termKey } from '../../text/terms';
import {
  PAGE_SIZE,
  storeFiles,
  type ArticleLink,
  type Card,
  type CompanyEntry,
  type ListKind,
  type StoredArticle,
  type StoredListPage,
  type StoredRedirectShard,
  type StoredSite,
  type StoreFile,
  type TermRef,
  type TermSummary,
} from './contract';

const RELATED_COUNT = 3;
const OTHERS_PER_COMPANY = 3;
/** Posting lists longer than this are cut to their newest entries when looking for related articles (keeps it linear). */
const RELATED_CANDIDATES_PER_TERM = 200;
/** Old addresses per redirect shard, about: a lookup reads one shard. */
const REDIRECTS_PER_SHARD = 2000;

const yearFormat = new Intl.DateTimeFormat('en-CA', { timeZone: SITE_TIME_ZONE, year: 'numeric' });

/** Every file of the store, by path below STORE_DIR, as JSON text. */
export type StoreFiles = Map<string, string>;

export type StoreBuild = { files: StoreFiles; problems: ContentProblem[]; warnings: ContentProblem[]; records: PostRecord[] };

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

/**
 * Company mention counts of texts already counted, for a process that builds the store again and again
 * (`npm run dev`: counting every article's mentions anew would cost ~0.4 s per 1,000 articles on each save).
 * Its owner keeps one and passes it to each build; counts are dropped when the companies' aliases change.
 */
export class MentionMemo {
  private companies = '';
  private counts = new Map<string, Map<string, number>>();

  counter(companies: CompanyRecord[]): (text: string) => Map<string, number> {
    const fingerprint = JSON.stringify(companies.map((company) => [company.id, company.aliases]));
    const known = this.companies === fingerprint ? this.counts : new Map<string, Map<string, number>>();
    const counts = new Map<string, Map<string, number>>();
    this.companies = fingerprint;
    this.counts = counts;
    const count = mentionCounter(companies);
    return (text) => {
      const result = known.get(text) ?? count(text);
      counts.set(text, result);
      return result;
    };
  }
}

type CompanyIndex = {
  /** Each article's companies: its listed ones, then those it mentions often enough. */
  idsBySlug: Map<string, string[]>;
  /** Each company's articles, newest first. */
  recordsById: Map<string, PostRecord[]>;
  entries: Map<string, CompanyEntry>;
};

/** Which companies each article is about (lib/content/companies/mentions.ts), and each company's entry. */
export function indexCompanies(records: PostRecord[], companies: CompanyRecord[], memo = new MentionMemo()): CompanyIndex {
  const countMentions = memo.counter(companies);
  const idsBySlug = new Map(
    records.map((record) => [
      record.slug,
      relatedCompanyIds(
        record.companyIds,
        countMentions(`${record.title[record.source.script === 'zh-Hant' ? 'hant' : 'hans']}\n${record.tags.join('\n')}\n${record.text}`),
      ),
    ]),
  );
  const recordsById = new Map(
    companies.map((company) => [company.id, records.filter((record) => idsBySlug.get(record.slug)!.includes(company.id))]),
  );
  const entries = new Map<string, CompanyEntry>(
    companies.map((company) => [
      company.id,
      {
        id: company.id,
        name: { hant: company.name.hant, hans: company.name.hans },
        englishName: company.name.en,
        listings: company.listings.map(({ exchange, symbol }) => ({ exchange, symbol })),
        website: company.website,
        headquarters: company.headquarters
          ? { hant: company.headquarters, hans: company.converted.headquarters ?? company.headquarters }
          : undefined,
        founded: company.founded,
        description: { hant: company.description, hans: company.converted.description },
        articleCount: recordsById.get(company.id)!.length,
      },
    ]),
  );
  return { idsBySlug, recordsById, entries };
}

export type Terms = Map<string, { ref: TermRef; records: PostRecord[] }>;

/** Each term's key, its name in both scripts as most articles spell it, and its articles, newest first. */
export function collectTerms(
  records: PostRecord[],
  pick: (record: PostRecord) => { own: string[]; hant: string[]; hans: string[] },
): Terms {
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
      return [key, { ref: { key, name: entry.names.get(spelling)! }, records: entry.records }];
    }),
  );
}

/** Articles by the year they were published in, in Taipei time. */
export function groupByYear(records: PostRecord[]): Map<string, PostRecord[]> {
  const years = new Map<string, PostRecord[]>();
  for (const record of records) {
    const year = yearFormat.format(new Date(record.publishedAt));
    const list = years.get(year) ?? [];
    list.push(record);
    years.set(year, list);
  }
  return years;
}

/** A list's pages, 20 cards a page, newest first; an empty list still has its first page. */
export function listPages(kind: ListKind, key: string, list: PostRecord[], name?: Bilingual): StoredListPage[] {
  const pages = Math.max(1, Math.ceil(list.length / PAGE_SIZE));
  return Array.from({ length: pages }, (_, index) => ({
    kind,
    key,
    name,
    page: index + 1,
    pages,
    total: list.length,
    cards: list.slice(index * PAGE_SIZE, (index + 1) * PAGE_SIZE).map(cardOf),
  }));
}

/**
 * Related articles: shared companies count twice, shared tags once; the newer wins a tie. Candidates are
 * positions in `records` (newest first), scored in one reused array: ~10× faster than a map and a sort.
 */
export function relatedArticles(
  records: PostRecord[],
  tags: Terms,
  companies: CompanyIndex,
): (record: PostRecord, own: number) => PostRecord[] {
  const order = new Map(records.map((record, index) => [record.slug, index]));
  const positions = (list: PostRecord[]) => list.slice(0, RELATED_CANDIDATES_PER_TERM).map((record) => order.get(record.slug)!);
  const indexesByTag = new Map([...tags].map(([key, entry]) => [key, positions(entry.records)]));
  const indexesByCompany = new Map([...companies.recordsById].map(([id, list]) => [id, positions(list)]));
  const scores = new Float64Array(records.length);
  return (record, own) => {
    const touched: number[] = [];
    const add = (indexes: number[] | undefined, weight: number) =>
      indexes?.forEach((index) => {
        if (index === own) return;
        if (scores[index] === 0) touched.push(index);
        scores[index] += weight;
      });
    for (const id of companies.idsBySlug.get(record.slug)!) add(indexesByCompany.get(id), 2);
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
}

/**
 * Each company card lists the company's newest other articles, less those a card above it lists. The cards sit
 * together and an article usually concerns several of the same companies as its neighbours: without this, the
 * same three links came under each of five cards, on every page.
 */
function companyCards(record: PostRecord, companies: CompanyIndex): StoredArticle['companies'] {
  const listed = new Set<string>();
  return companies.idsBySlug.get(record.slug)!.map((id) => {
    const company = companies.entries.get(id)!;
    // The head of the list only: filtering a whole list for every article was quadratic in the archive.
    const newest = companies.recordsById
      .get(id)!
      .slice(0, OTHERS_PER_COMPANY + 1)
      .filter((other) => other.slug !== record.slug)
      .slice(0, OTHERS_PER_COMPANY);
    const unlisted = newest.filter((other) => !listed.has(other.slug));
    for (const other of unlisted) listed.add(other.slug);
    const { name, englishName, listings, description, articleCount } = company;
    return { id, name, englishName, listings, description, articleCount, others: unlisted.map(linkOf) };
  });
}

type ArticleContext = {
  records: PostRecord[];
  html: string;
  tags: Terms;
  categories: Terms;
  companies: CompanyIndex;
  related: PostRecord[];
};

/** One article page's data: `index` is the article's place in `records`, newest first. */
export function articlePage(record: PostRecord, index: number, context: ArticleContext): StoredArticle {
  const { records } = context;
  const termRefs = (own: string[], terms: Terms) => [...new Set(own.map(termKey))].filter(Boolean).map((key) => terms.get(key)!.ref);
  return {
    ...cardOf(record),
    updatedAt: record.updatedAt,
    source: record.source,
    html: withoutSummaryMarker(context.html),
    headings: record.headings,
    tags: termRefs(record.tags, context.tags),
    categories: termRefs(record.categories, context.categories),
    authors: record.authors,
    coverImage: record.coverImage,
    sourceUrl: record.sourceUrl,
    companies: companyCards(record, context.companies),
    // Newest first: the previous article is the older one.
    previous: records[index + 1] && linkOf(records[index + 1]),
    next: records[index - 1] && linkOf(records[index - 1]),
    related: context.related.map(linkOf),
    vocabulary: record.vocabulary,
  };
}

/**
 * Old addresses (`url`, `aliases`, Hugo permalinks), sharded by a hash of the address so that a lookup reads one
 * small file whatever the archive's size. An address two articles claim stays with the older one, with a warning.
 */
export function redirectShards(records: PostRecord[]): { shards: StoredRedirectShard[]; warnings: ContentProblem[] } {
  const redirects = new Map<string, string>();
  const warnings: ContentProblem[] = [];
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
  const count = Math.max(1, 2 ** Math.ceil(Math.log2(Math.ceil(redirects.size / REDIRECTS_PER_SHARD) || 1)));
  const shards = Array.from({ length: count }, () => ({}) as StoredRedirectShard);
  for (const [address, slug] of redirects) shards[addressHash(address) % count][address] = slug;
  return { shards, warnings };
}

/** The index of the whole site: every published slug, the number of home pages, the terms and the years. */
export function siteIndex(
  records: PostRecord[],
  homePages: number,
  tags: Terms,
  categories: Terms,
  years: Map<string, PostRecord[]>,
): StoredSite {
  const summaries = (terms: Terms): TermSummary[] =>
    [...terms.values()]
      .map(({ ref, records: list }) => ({ ...ref, count: list.length }))
      .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  return {
    articleCount: records.length,
    articles: records.map((record) => ({ slug: record.slug, publishedAt: record.publishedAt, updatedAt: record.updatedAt })),
    homePages,
    tags: summaries(tags),
    categories: summaries(categories),
    years: [...years].map(([year, list]) => ({ year, count: list.length })),
  };
}

/** Every file of the store. Pure: the content in, the files out; `memo` spares a repeated build the mention counts. */
export function buildStoreFiles(posts: GeneratedPost[], companies: CompanyRecord[], memo?: MentionMemo): StoreBuild {
  const records = newestFirst(posts.map((post) => post.record));
  const htmlBySlug = new Map(posts.map((post) => [post.record.slug, post.body.html]));
  const files: StoreFiles = new Map();
  const put = <T>(file: StoreFile<T>, data: T) => files.set(file.path, JSON.stringify(data));

  const companyIndex = indexCompanies(records, companies, memo);
  const tags = collectTerms(records, (record) => ({ own: record.tags, ...record.tagNames }));
  const categories = collectTerms(records, (record) => ({ own: record.categories, ...record.categoryNames }));
  const years = groupByYear(records);

  const putList = (kind: ListKind, key: string, list: PostRecord[], name?: Bilingual) => {
    const pages = listPages(kind, key, list, name);
    for (const page of pages) put(storeFiles.listPage(kind, key, page.page), page);
    return pages.length;
  };
  const homePages = putList('home', 'all', records);
  for (const [key, { ref, records: list }] of tags) putList('tags', key, list, ref.name);
  for (const [key, { ref, records: list }] of categories) putList('categories', key, list, ref.name);
  for (const [id, list] of companyIndex.recordsById) putList('companies', id, list, companyIndex.entries.get(id)!.name);
  for (const [year, list] of years) putList('years', year, list);

  const relatedOf = relatedArticles(records, tags, companyIndex);
  records.forEach((record, index) => {
    const context = {
      records,
      html: htmlBySlug.get(record.slug)!,
      tags,
      categories,
      companies: companyIndex,
      related: relatedOf(record, index),
    };
    put(storeFiles.article(record.slug), articlePage(record, index, context));
  });

  const { shards, warnings } = redirectShards(records);
  put(storeFiles.redirectMeta, { shards: shards.length });
  shards.forEach((data, shard) => put(storeFiles.redirectShard(shard), data));

  put(storeFiles.site, siteIndex(records, homePages, tags, categories, years));
  put(
    storeFiles.companies,
    [...companyIndex.entries.values()].sort((a, b) => b.articleCount - a.articleCount || a.id.localeCompare(b.id)),
  );
  return { files, problems: duplicateSlugProblems(records), warnings, records };
}

/**
 * buildStoreFiles, and the store's version: a fingerprint of all its files, which `npm run dev`'s open pages
 * compare with the one they were rendered with. Two builds from the same documents have the same version.
 */
export function versionedStoreFiles(posts: GeneratedPost[], companies: CompanyRecord[], memo?: MentionMemo): StoreBuild {
  const build = buildStoreFiles(posts, companies, memo);
  if (build.problems.length > 0) return build;
  const hash = createHash('sha1');
  for (const [name, content] of [...build.files].sort(([a], [b]) => a.localeCompare(b))) hash.update(name).update(content);
  build.files.set(storeFiles.version.path, JSON.stringify({ version: hash.digest('hex').slice(0, 16) }));
  return build;
}
