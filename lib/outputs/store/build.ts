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
import { addressHash, normalizeAddress } from '../../core/addresses';
import { SITE_TIME_ZONE } from '../../core/dates';
import { localeFromSegment } from '../../core/i18n/routing';
import type { ContentProblem } from '../../core/problems';
import { articlePath, pageAddress, termPath, type TermKind } from '../../core/routes';
import { urlize } from '../../core/slugs';
import { SITE_SETTINGS_FILE } from '../../content/site-config';
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
  type StoredPage,
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
    language: record.language,
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
  /** The listed articles, newest first, among which `index` places this one (undefined for a translation). */
  records: PostRecord[];
  html: string;
  tags: Terms;
  categories: Terms;
  series: Terms;
  companies: CompanyIndex;
  related: PostRecord[];
  translations: PostRecord[];
  original?: PostRecord;
};

/** One article page's data: `index` is the article's place among the listed articles, newest first. */
export function articlePage(record: PostRecord, index: number | undefined, context: ArticleContext): StoredArticle {
  const { records } = context;
  // Terms are those of the listed articles: a translation's term that no listed article has has no page to link.
  const termRefs = (own: string[], terms: Terms) => [...new Set(own.map(termKey))].flatMap((key) => terms.get(key)?.ref ?? []);
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
    companies: context.companies.idsBySlug.has(record.slug) ? companyCards(record, context.companies) : [],
    // Newest first: the previous article is the older one.
    previous: index === undefined ? undefined : records[index + 1] && linkOf(records[index + 1]),
    next: index === undefined ? undefined : records[index - 1] && linkOf(records[index - 1]),
    related: context.related.map(linkOf),
    series: seriesPlaces(record, context.series),
    translations: context.translations.map((translation) => ({ ...linkOf(translation), language: translation.language })),
    original: context.original && linkOf(context.original),
    vocabulary: record.vocabulary,
    keepQuotes: record.keepQuotes,
  };
}

/** Where an article stands in each of its series: 1 is the oldest part. */
function seriesPlaces(record: PostRecord, series: Terms): StoredArticle['series'] {
  return [...new Set(record.series.map(termKey))].filter(Boolean).flatMap((key) => {
    const entry = series.get(key);
    const index = entry?.records.findIndex((other) => other.slug === record.slug) ?? -1;
    if (!entry || index < 0) return [];
    return [{ key, name: entry.ref.name, position: entry.records.length - index, total: entry.records.length }];
  });
}

/** A page's data: its body in its own script, and the pages directly below it, by weight then title. */
export function pagePage(record: PostRecord, html: string, pages: PostRecord[]): StoredPage {
  const depth = record.slug.split('/').length;
  const children = pages
    .filter((other) => other.slug.startsWith(`${record.slug}/`) && other.slug.split('/').length === depth + 1)
    .sort(
      (a, b) => (a.weight ?? Infinity) - (b.weight ?? Infinity) || a.title.hant.localeCompare(b.title.hant) || a.slug.localeCompare(b.slug),
    )
    .map((child) => ({ path: child.slug, title: child.title }));
  return {
    path: record.slug,
    title: record.title,
    excerpt: record.excerpt,
    updatedAt: record.updatedAt,
    language: record.language,
    source: record.source,
    html: withoutSummaryMarker(html),
    headings: record.headings,
    children,
    vocabulary: record.vocabulary,
    keepQuotes: record.keepQuotes,
    draft: record.draft,
  };
}

/** An old address and the page it leads to now (a path below the locale), with the file that claims it. */
export type Redirect = { address: string; target: string; file: string };

/**
 * The old addresses of articles and pages (`url`, `aliases`, Hugo permalinks) as redirects, the older article first;
 * and each page at its path without the locale (`/about`), as articles are (`/posts/x`).
 */
export function documentRedirects(posts: PostRecord[], pages: PostRecord[]): Redirect[] {
  return [
    ...[...posts]
      .reverse()
      .flatMap((record) => record.aliases.map((address) => ({ address, target: articlePath(record.slug), file: record.file }))),
    ...pages.flatMap((record) =>
      [...record.aliases, pageAddress(record.slug)].map((address) => ({ address, target: pageAddress(record.slug), file: record.file })),
    ),
  ];
}

const termNames: Record<TermKind, (record: PostRecord) => string[]> = {
  tags: (record) => record.tags,
  categories: (record) => record.categories,
  series: (record) => record.series,
};

/**
 * Terms at the addresses Hugo gives them (`/tags/開源/`, `/tags/machine-learning/`: its path sanitizer, lower case)
 * where ours differ (`/tags/开源`: one key for both scripts). Their pages and feeds follow (redirects.ts).
 */
export function termRedirects(terms: Record<TermKind, Terms>): Redirect[] {
  return (Object.keys(terms) as TermKind[]).flatMap((kind) =>
    [...terms[kind].values()].flatMap(({ ref, records }) => {
      const target = termPath(kind, ref.key);
      const names = new Set(records.flatMap(termNames[kind]).filter((name) => termKey(name) === ref.key));
      return [...names].flatMap((name) => {
        const address = normalizeAddress(`/${kind}/${urlize(name).toLowerCase()}`);
        return address && address !== normalizeAddress(target) ? [{ address, target, file: records[0].file }] : [];
      });
    }),
  );
}

/** `/zh-hans/posts/x` → `/posts/x`: an address below one of our locale prefixes, without it; else undefined. */
function withoutLocalePrefix(address: string): string | undefined {
  const [, first, ...rest] = address.split('/');
  return localeFromSegment(first) ? `/${rest.join('/')}` : undefined;
}

/**
 * The redirect table, sharded by a hash of the address so that a lookup reads one small file whatever the archive's
 * size. An address claimed twice stays with its first claim (the older article), with a warning. An old address
 * below one of our locale prefixes (a Hugo site with a `zh-hans` language) never hides a page of ours there
 * (`ownPaths`, without their locale); `localePrefixed` tells the proxy whether to look such addresses up at all.
 */
export function redirectShards(
  redirects: Redirect[],
  ownPaths: ReadonlySet<string> = new Set(),
): { shards: StoredRedirectShard[]; warnings: ContentProblem[]; localePrefixed: boolean } {
  const table = new Map<string, string>();
  const warnings: ContentProblem[] = [];
  let localePrefixed = false;
  for (const { address, target, file } of redirects) {
    const unprefixed = withoutLocalePrefix(address);
    if (unprefixed !== undefined && ownPaths.has(normalizeAddress(unprefixed) ?? '/')) continue;
    const existing = table.get(address);
    if (existing && existing !== target) {
      warnings.push({
        file: `content/${file}`,
        field: 'aliases',
        severity: 'warning',
        message: `${address} is also an old address of ${existing}, which keeps it`,
        fix: 'remove it from one of the two',
      });
      continue;
    }
    table.set(address, target);
    if (unprefixed !== undefined) localePrefixed = true;
  }
  const count = Math.max(1, 2 ** Math.ceil(Math.log2(Math.ceil(table.size / REDIRECTS_PER_SHARD) || 1)));
  const shards = Array.from({ length: count }, () => ({}) as StoredRedirectShard);
  for (const [address, target] of table) shards[addressHash(address) % count][address] = target;
  return { shards, warnings, localePrefixed };
}

type SiteParts = {
  homePages: number;
  tags: Terms;
  categories: Terms;
  series: Terms;
  years: Map<string, PostRecord[]>;
  pages: PostRecord[];
};

/** The index of the whole site: every listed slug and every translation, the lists' sizes, the terms, years and pages. */
export function siteIndex(records: PostRecord[], parts: SiteParts): StoredSite {
  const summaries = (terms: Terms): TermSummary[] =>
    [...terms.values()]
      .map(({ ref, records: list }) => ({ ...ref, count: list.length }))
      .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  const dates = (record: PostRecord) => ({ slug: record.slug, publishedAt: record.publishedAt, updatedAt: record.updatedAt });
  const listed = records.filter((record) => !record.translationOf);
  return {
    articleCount: listed.length,
    articles: listed.map(dates),
    translations: records.filter((record) => record.translationOf).map(dates),
    homePages: parts.homePages,
    tags: summaries(parts.tags),
    categories: summaries(parts.categories),
    series: summaries(parts.series),
    years: [...parts.years].map(([year, list]) => ({ year, count: list.length })),
    pages: parts.pages.map((page) => ({ path: page.slug, updatedAt: page.updatedAt })),
  };
}

/** What a build of the store reads besides the articles: pages, companies, site-wide redirects, and a memo. */
export type StoreInputs = { pages?: GeneratedPost[]; companies?: CompanyRecord[]; redirects?: Record<string, string>; memo?: MentionMemo };

/** Every file of the store. Pure: the content in, the files out; `memo` spares a repeated build the mention counts. */
export function buildStoreFiles(posts: GeneratedPost[], inputs: StoreInputs = {}): StoreBuild {
  const { companies = [], memo } = inputs;
  const records = newestFirst(posts.map((post) => post.record));
  // Translations are reached from the article they translate and at their old addresses; lists show the originals.
  const listed = records.filter((record) => !record.translationOf);
  const htmlBySlug = new Map(posts.map((post) => [post.record.slug, post.body.html]));
  const files: StoreFiles = new Map();
  const put = <T>(file: StoreFile<T>, data: T) => files.set(file.path, JSON.stringify(data));

  const companyIndex = indexCompanies(listed, companies, memo);
  const tags = collectTerms(listed, (record) => ({ own: record.tags, ...record.tagNames }));
  const categories = collectTerms(listed, (record) => ({ own: record.categories, ...record.categoryNames }));
  const series = collectTerms(listed, (record) => ({ own: record.series, hant: record.series, hans: record.series }));
  const years = groupByYear(listed);

  const putList = (kind: ListKind, key: string, list: PostRecord[], name?: Bilingual) => {
    const pages = listPages(kind, key, list, name);
    for (const page of pages) put(storeFiles.listPage(kind, key, page.page), page);
    return pages.length;
  };
  const homePages = putList('home', 'all', listed);
  for (const [key, { ref, records: list }] of tags) putList('tags', key, list, ref.name);
  for (const [key, { ref, records: list }] of categories) putList('categories', key, list, ref.name);
  for (const [key, { ref, records: list }] of series) putList('series', key, list, ref.name);
  for (const [id, list] of companyIndex.recordsById) putList('companies', id, list, companyIndex.entries.get(id)!.name);
  for (const [year, list] of years) putList('years', year, list);

  const bySlug = new Map(records.map((record) => [record.slug, record]));
  const translationsOf = new Map<string, PostRecord[]>();
  for (const record of records)
    if (record.translationOf && bySlug.has(record.translationOf))
      translationsOf.set(record.translationOf, [...(translationsOf.get(record.translationOf) ?? []), record]);
  const relatedOf = relatedArticles(listed, tags, companyIndex);
  const indexOf = new Map(listed.map((record, index) => [record.slug, index]));
  for (const record of records) {
    const index = indexOf.get(record.slug);
    const context: ArticleContext = {
      records: listed,
      html: htmlBySlug.get(record.slug)!,
      tags,
      categories,
      series,
      companies: companyIndex,
      related: index === undefined ? [] : relatedOf(record, index),
      translations: translationsOf.get(record.slug) ?? [],
      original: record.translationOf ? bySlug.get(record.translationOf) : undefined,
    };
    put(storeFiles.article(record.slug), articlePage(record, index, context));
  }

  const pageRecords = (inputs.pages ?? []).map((page) => page.record).sort((a, b) => a.slug.localeCompare(b.slug));
  const pageHtml = new Map((inputs.pages ?? []).map((page) => [page.record.slug, page.body.html]));
  for (const page of pageRecords) put(storeFiles.page(page.slug), pagePage(page, pageHtml.get(page.slug)!, pageRecords));

  const siteRedirects = Object.entries(inputs.redirects ?? {}).map(([address, target]) => ({ address, target, file: SITE_SETTINGS_FILE }));
  const ownPaths = new Set(
    [...records.map((record) => articlePath(record.slug)), ...pageRecords.map((page) => pageAddress(page.slug))].flatMap(
      (address) => normalizeAddress(address) ?? [],
    ),
  );
  const { shards, warnings, localePrefixed } = redirectShards(
    [...documentRedirects(records, pageRecords), ...siteRedirects, ...termRedirects({ tags, categories, series })],
    ownPaths,
  );
  put(storeFiles.redirectMeta, { shards: shards.length, localePrefixed });
  shards.forEach((data, shard) => put(storeFiles.redirectShard(shard), data));

  put(storeFiles.site, siteIndex(records, { homePages, tags, categories, series, years, pages: pageRecords }));
  put(
    storeFiles.companies,
    [...companyIndex.entries.values()].sort((a, b) => b.articleCount - a.articleCount || a.id.localeCompare(b.id)),
  );
  return { files, problems: duplicateSlugProblems([...records, ...pageRecords]), warnings, records };
}

/**
 * buildStoreFiles, and the store's version: a fingerprint of all its files, which `npm run dev`'s open pages
 * compare with the one they were rendered with. Two builds from the same documents have the same version.
 */
export function versionedStoreFiles(posts: GeneratedPost[], inputs: StoreInputs = {}): StoreBuild {
  const build = buildStoreFiles(posts, inputs);
  if (build.problems.length > 0) return build;
  const hash = createHash('sha1');
  for (const [name, content] of [...build.files].sort(([a], [b]) => a.localeCompare(b))) hash.update(name).update(content);
  build.files.set(storeFiles.version.path, JSON.stringify({ version: hash.digest('hex').slice(0, 16) }));
  return build;
}
