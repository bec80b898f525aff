import type { SourceScript } from '../../text/chinese/convert';
import type { GlossaryPair } from '../../text/chinese/glossary';
import type { Heading } from '../../content/analysis';
import type { Bilingual } from '../../content/record';

/**
 * The content store: what the build writes (lib/outputs/store/writer.ts) and pages read
 * (lib/outputs/store/queries.ts), one small JSON file per page's data, so a page never loads the archive and
 * the server bundle never holds it. It lives under public/, so a deployment serves it from its CDN
 * to functions that render pages on demand (see README, "100,000 articles").
 */
export const STORE_DIR = 'public/_store';
export const STORE_URL_PATH = '/_store';
/** `{ version }`: a fingerprint of the store, rewritten whenever any file of it changes. */
export const STORE_VERSION_FILE = 'version.json';

/** Whether a slug from a URL can name an article's store file: the characters slugs use, and a bound on length. */
export function isStoredSlug(slug: string): boolean {
  return /^[a-z0-9-]{1,200}$/.test(slug);
}

export type TermRef = { key: string; name: Bilingual };

/** An article as a list shows it. */
export type Card = {
  slug: string;
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
  /** The article's own conversion pairs, for converting its body when a page is rendered. */
  vocabulary: GlossaryPair[];
  /** Front matter's `keep_quotes`: the body's quotation marks are shown as written. */
  keepQuotes: boolean;
};

export type ListKind = 'home' | 'tags' | 'categories' | 'companies' | 'years';

/** One page of a list (20 articles), with what the page needs to link the others. */
export type StoredListPage = { kind: ListKind; key: string; name?: Bilingual; page: number; pages: number; total: number; cards: Card[] };

export type TermSummary = { key: string; name: Bilingual; count: number };

/** The index of the whole site, small per article: for static params, sitemaps, feeds and the indexes. */
export type StoredSite = {
  articleCount: number;
  /** Every published slug, newest first, with its dates (the sitemap's lastModified). */
  articles: { slug: string; publishedAt: string; updatedAt?: string }[];
  homePages: number;
  tags: TermSummary[];
  categories: TermSummary[];
  years: { year: string; count: number }[];
};

/** The redirect table of old addresses, split in shards by a hash of the address (lib/core/addresses.ts). */
export type StoredRedirectMeta = { shards: number };
export type StoredRedirectShard = Record<string, string>;

export const PAGE_SIZE = 20;
