import type { SourceScript } from '../../core/languages';
import type { GlossaryPair } from '../../text/chinese/glossary';
import type { Heading } from '../../content/analysis';
import type { Bilingual } from '../../content/record';

/**
 * The content store: what the build writes (lib/outputs/store/writer.ts) and pages read
 * (lib/outputs/store/queries.ts), one small JSON file per page's data, so a page never loads the archive and
 * the server bundle never holds it. It lives under public/, so a deployment serves it from its CDN
 * to functions that render pages on demand (tests/bench/MEASURED.md, "100,000 articles").
 */
export const STORE_DIR = 'public/_store';
export const STORE_URL_PATH = '/_store';

/** Whether a slug from a URL can name an article's store file: the characters slugs use, and a bound on length. */
export function isStoredSlug(slug: string): boolean {
  return /^[a-z0-9-]{1,200}$/.test(slug);
}

/** Whether a path from a URL can name a page's store file: slugs joined by `/`, a bound on depth and length. */
export function isStoredPagePath(path: string): boolean {
  return path.length <= 400 && /^[a-z0-9-]{1,200}(?:\/[a-z0-9-]{1,200}){0,7}$/.test(path);
}

export type TermRef = { key: string; name: Bilingual };

/** An article as a list shows it. */
export type Card = {
  slug: string;
  /** The article's language when it is not Chinese (`en`): its title is shown as written, marked with it. */
  language?: string;
  title: Bilingual;
  excerpt: Bilingual;
  publishedAt: string;
  sourceName?: string;
  readingMinutes: number;
  draft: boolean;
};

/** A link to another article (previous/next, related, a company's other articles). */
export type ArticleLink = { slug: string; title: Bilingual; publishedAt: string; draft: boolean };

export type CompanyEntry = {
  id: string;
  name: Bilingual;
  englishName: string;
  listings: { exchange: string; symbol: string }[];
  website?: string;
  headquarters?: Bilingual;
  founded?: number;
  description: Bilingual;
  articleCount: number;
};

/** One article page's data: the body in its own script, everything around it in both. */
export type StoredArticle = Card & {
  updatedAt?: string;
  source: SourceScript;
  html: string;
  headings: Heading[];
  tags: TermRef[];
  categories: TermRef[];
  authors: string[];
  coverImage?: string;
  sourceUrl?: string;
  companies: {
    id: string;
    name: Bilingual;
    englishName: string;
    listings: CompanyEntry['listings'];
    description: Bilingual;
    articleCount: number;
    others: ArticleLink[];
  }[];
  previous?: ArticleLink;
  next?: ArticleLink;
  related: ArticleLink[];
  /** The series it is a part of, with its place in each (1 is the oldest). */
  series: { key: string; name: Bilingual; position: number; total: number }[];
  /** Its translations into other languages, and, for a translation, the article it translates. */
  translations: (ArticleLink & { language?: string })[];
  original?: ArticleLink;
  /** The article's own conversion pairs, for converting its body when a page is rendered. */
  vocabulary: GlossaryPair[];
  /** Front matter's `keep_quotes`: the body's quotation marks are shown as written. */
  keepQuotes: boolean;
};

/** A page (about, docs): its body in its own script, and the pages below it in its section. */
export type StoredPage = {
  path: string;
  title: Bilingual;
  excerpt: Bilingual;
  updatedAt?: string;
  language?: string;
  source: SourceScript;
  html: string;
  headings: Heading[];
  /** Pages directly below this one, by weight then title. */
  children: { path: string; title: Bilingual }[];
  vocabulary: GlossaryPair[];
  keepQuotes: boolean;
  draft: boolean;
};

export type ListKind = 'home' | 'tags' | 'categories' | 'series' | 'companies' | 'years';

/** One page of a list (20 articles), with what the page needs to link the others. */
export type StoredListPage = { kind: ListKind; key: string; name?: Bilingual; page: number; pages: number; total: number; cards: Card[] };

export type TermSummary = { key: string; name: Bilingual; count: number };

/** The index of the whole site, small per article: for static params, sitemaps, feeds and the indexes. */
export type StoredSite = {
  articleCount: number;
  /** Every listed article's slug, newest first, with its dates (the sitemap's lastModified). */
  articles: { slug: string; publishedAt: string; updatedAt?: string }[];
  /** Translations, which the lists leave out: for the sitemap and static params. */
  translations: { slug: string; publishedAt: string; updatedAt?: string }[];
  homePages: number;
  tags: TermSummary[];
  categories: TermSummary[];
  series: TermSummary[];
  years: { year: string; count: number }[];
  /** Every page (about, docs), for the sitemap and static params. */
  pages: { path: string; updatedAt?: string }[];
};

/**
 * The redirect table of old addresses, split in shards by a hash of the address (lib/core/addresses.ts): each old
 * address to the page it now is, as a path below the locale (`/posts/x`, `/about`, `/`). `localePrefixed`: some old
 * addresses begin with one of our locale prefixes (a Hugo site with a `zh-hans` language), so those are looked up too.
 */
export type StoredRedirectMeta = { shards: number; localePrefixed: boolean };
export type StoredRedirectShard = Record<string, string>;

export const PAGE_SIZE = 20;

/**
 * One file of the store: its path below STORE_DIR and what its content must look like. The writer can only put a
 * `T` there (`StoreFile<T>`), and a reader checks the file before trusting it, so a store from another version of
 * the code is an error that says so, not a page that crashes on a missing field.
 */
export type StoreFile<T> = { path: string; holds: (data: unknown) => data is T };

type Shape = Record<string, 'string' | 'number' | 'boolean' | 'object' | 'array'>;

/** Whether `data` is an object whose fields have the given kinds (a shallow check: enough to tell versions apart). */
function hasShape<T>(shape: Shape): (data: unknown) => data is T {
  return (data): data is T =>
    typeof data === 'object' &&
    data !== null &&
    !Array.isArray(data) &&
    Object.entries(shape).every(([field, kind]) => {
      const value = (data as Record<string, unknown>)[field];
      return kind === 'array'
        ? Array.isArray(value)
        : kind === 'object'
          ? typeof value === 'object' && value !== null
          : typeof value === kind;
    });
}

const isArrayOf =
  <T>(item: (data: unknown) => data is T) =>
  (data: unknown): data is T[] =>
    Array.isArray(data) && data.every(item);

const isStringRecord = (data: unknown): data is Record<string, string> =>
  typeof data === 'object' && data !== null && !Array.isArray(data) && Object.values(data).every((value) => typeof value === 'string');

const CARD: Shape = {
  slug: 'string',
  title: 'object',
  excerpt: 'object',
  publishedAt: 'string',
  readingMinutes: 'number',
  draft: 'boolean',
};

const isStoredArticle = hasShape<StoredArticle>({
  ...CARD,
  source: 'object',
  html: 'string',
  headings: 'array',
  tags: 'array',
  categories: 'array',
  authors: 'array',
  companies: 'array',
  related: 'array',
  series: 'array',
  translations: 'array',
  vocabulary: 'array',
});
const isStoredListPage = hasShape<StoredListPage>({
  kind: 'string',
  key: 'string',
  page: 'number',
  pages: 'number',
  total: 'number',
  cards: 'array',
});
const isStoredSite = hasShape<StoredSite>({
  articleCount: 'number',
  articles: 'array',
  translations: 'array',
  homePages: 'number',
  tags: 'array',
  categories: 'array',
  series: 'array',
  years: 'array',
  pages: 'array',
});
const isStoredPage = hasShape<StoredPage>({
  path: 'string',
  title: 'object',
  source: 'object',
  html: 'string',
  headings: 'array',
  children: 'array',
});
const isCompanyEntry = hasShape<CompanyEntry>({
  id: 'string',
  name: 'object',
  englishName: 'string',
  listings: 'array',
  description: 'object',
  articleCount: 'number',
});

/** Every file of the store, by kind: the one place its paths are made. */
export const storeFiles = {
  /** `{ version }`: a fingerprint of the store, rewritten whenever any file of it changes. */
  version: { path: 'version.json', holds: hasShape<{ version: string }>({ version: 'string' }) } satisfies StoreFile<{ version: string }>,
  site: { path: 'site.json', holds: isStoredSite } satisfies StoreFile<StoredSite>,
  companies: { path: 'companies.json', holds: isArrayOf(isCompanyEntry) } satisfies StoreFile<CompanyEntry[]>,
  article: (slug: string): StoreFile<StoredArticle> => ({ path: `articles/${slug}.json`, holds: isStoredArticle }),
  page: (path: string): StoreFile<StoredPage> => ({ path: `pages/${path}.json`, holds: isStoredPage }),
  listPage: (kind: ListKind, key: string, page: number): StoreFile<StoredListPage> => ({
    path: `lists/${kind}/${encodeURIComponent(key)}/${page}.json`,
    holds: isStoredListPage,
  }),
  redirectMeta: {
    path: 'redirects/meta.json',
    holds: hasShape<StoredRedirectMeta>({ shards: 'number', localePrefixed: 'boolean' }),
  } satisfies StoreFile<StoredRedirectMeta>,
  redirectShard: (shard: number): StoreFile<StoredRedirectShard> => ({ path: `redirects/${shard}.json`, holds: isStringRecord }),
};
