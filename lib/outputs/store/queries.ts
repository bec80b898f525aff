import { cache } from 'react';
import { converterFrom, convertHtml, vocabularyChanges, type VocabularyChangeCount } from '../../text/chinese/convert';
import { inlineRenderer } from '../../text/chinese/inline-rules';
import { regionalQuotes } from '../../text/chinese/quotes';
import { site } from '../../core/site';
import { articlePath, companyPath, termPath, type TermKind } from '../../core/routes';
import type { Locale } from '../../core/i18n/routing';
import type { ShareHeadline } from '../share-image/card';
import type { Heading } from '../../content/analysis';
import type { Bilingual } from '../../content/record';
import { readStore } from './reader';
import {
  isStoredSlug,
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

/** The store's fingerprint (store-writer.ts), or undefined before the first generation. */
export async function storeVersion(): Promise<string | undefined> {
  return (await readStore<{ version: string }>(STORE_VERSION_FILE))?.version;
}

/** Whether the store exists yet: `npm run dev` answers before Contentlayer's first generation ends. */
export async function isStoreReady(): Promise<boolean> {
  return (await readStore<StoredSite>('site.json')) !== undefined;
}

const pick = (text: Bilingual, locale: Locale) => (locale === 'zh-Hans' ? text.hans : text.hant);

/** An article in a list, as a reader of one locale sees it. */
export type ArticleSummary = {
  slug: string;
  path: string;
  title: string;
  excerpt: string;
  publishedAt: Date;
  sourceName?: string;
  readingMinutes: number;
  isDraft: boolean;
};

export type ArticleLinkView = { slug: string; path: string; title: string; publishedAt: Date; isDraft: boolean };
export type TermView = { key: string; name: string; path: string };

export type CompanyView = {
  id: string;
  path: string;
  name: string;
  englishName: string;
  listings: { exchange: string; symbol: string }[];
  website?: string;
  headquarters?: string;
  founded?: number;
  description: string;
  articleCount: number;
};

export type RelatedCompany = {
  company: Pick<CompanyView, 'id' | 'path' | 'name' | 'englishName' | 'listings' | 'description' | 'articleCount'>;
  otherArticles: ArticleLinkView[];
};

/** An article as a reader of one locale sees it: every text in that locale's script. */
export type Article = ArticleSummary & {
  html: string;
  headings: Heading[];
  tags: TermView[];
  categories: TermView[];
  authors: string[];
  coverImage?: string;
  sourceUrl?: string;
  updatedAt?: Date;
  /** The locale the article was written in; differs from the page's locale when the text was converted. */
  originalLocale: Locale;
  companies: RelatedCompany[];
  previous?: ArticleLinkView;
  next?: ArticleLinkView;
  related: ArticleLinkView[];
  /**
   * `npm run dev` only, on a converted page: what the vocabulary changed, for the editor to review (the
   * changes are also marked in `html`). Never computed in a production build.
   */
  vocabularyReview?: VocabularyChangeCount[];
};

function summaryView(card: Card, locale: Locale): ArticleSummary {
  return {
    slug: card.slug,
    path: articlePath(card.slug),
    title: pick(card.title, locale),
    excerpt: pick(card.excerpt, locale),
    publishedAt: new Date(card.publishedAt),
    sourceName: card.sourceName,
    readingMinutes: card.readingMinutes,
    isDraft: card.draft,
  };
}

function linkView(link: ArticleLink, locale: Locale): ArticleLinkView {
  return {
    slug: link.slug,
    path: articlePath(link.slug),
    title: pick(link.title, locale),
    publishedAt: new Date(link.publishedAt),
    isDraft: link.draft,
  };
}

function termView(kind: TermKind, term: TermRef, locale: Locale): TermView {
  return { key: term.key, name: pick(term.name, locale), path: termPath(kind, term.key) };
}

function companyView(company: CompanyEntry, locale: Locale): CompanyView {
  return {
    id: company.id,
    path: companyPath(company.id),
    name: pick(company.name, locale),
    englishName: company.englishName,
    listings: company.listings,
    website: company.website,
    headquarters: company.headquarters && pick(company.headquarters, locale),
    founded: company.founded,
    description: pick(company.description, locale),
    articleCount: company.articleCount,
  };
}

/** An article's store file; undefined when there is none, or when `slug` could not name one (it comes from a URL). */
function readStoredArticle(slug: string): Promise<StoredArticle | undefined> {
  return isStoredSlug(slug) ? readStore<StoredArticle>(`articles/${slug}.json`) : Promise.resolve(undefined);
}

/**
 * One article, converted into the page's script when it was written in the other; undefined when there is
 * none. Once per render (React's cache): the page and its metadata both ask, the conversion runs once.
 */
export const getArticle = cache(async (slug: string, locale: Locale): Promise<Article | undefined> => {
  const stored = await readStoredArticle(slug);
  if (!stored) return undefined;
  const converted = stored.source.script !== locale;
  const converter = converterFrom(stored.source, stored.vocabulary);
  const convert = converted ? converter : inlineRenderer(stored.source.script);
  const review = converted && site.isDevelopment;
  // Every page lays its body out in its own script (lib/text/chinese/typography.ts), the article's own too.
  const html = convertHtml(stored.html, convert, { review, typeset: { script: locale, keepQuotes: stored.keepQuotes } });
  const headingText = (text: string) => (stored.keepQuotes ? convert(text) : regionalQuotes(convert(text), locale));
  return {
    ...summaryView(stored, locale),
    html,
    vocabularyReview: review
      ? vocabularyChanges(converter, { html: stored.html, texts: [stored.title[stored.source.script === 'zh-Hant' ? 'hant' : 'hans']] })
      : undefined,
    headings: stored.headings.map((heading) => ({ ...heading, text: headingText(heading.text) })),
    tags: stored.tags.map((term) => termView('tags', term, locale)),
    categories: stored.categories.map((term) => termView('categories', term, locale)),
    authors: stored.authors,
    coverImage: stored.coverImage,
    sourceUrl: stored.sourceUrl,
    updatedAt: stored.updatedAt ? new Date(stored.updatedAt) : undefined,
    originalLocale: stored.source.script,
    companies: stored.companies.map((company) => ({
      company: {
        id: company.id,
        path: companyPath(company.id),
        name: pick(company.name, locale),
        englishName: company.englishName,
        listings: company.listings,
        description: pick(company.description, locale),
        articleCount: company.articleCount,
      },
      otherArticles: company.others.map((other) => linkView(other, locale)),
    })),
    previous: stored.previous && linkView(stored.previous, locale),
    next: stored.next && linkView(stored.next, locale),
    related: stored.related.map((link) => linkView(link, locale)),
  };
});

/** What an article's share image shows, in one script; its text needs no conversion (the store keeps both). */
export async function getShareHeadline(slug: string, locale: Locale): Promise<ShareHeadline | undefined> {
  const stored = await readStoredArticle(slug);
  return (
    stored && {
      title: pick(stored.title, locale),
      publishedAt: new Date(stored.publishedAt),
      tags: stored.tags.map((tag) => pick(tag.name, locale)),
    }
  );
}

export type ListPage = {
  kind: ListKind;
  key: string;
  name?: string;
  page: number;
  pages: number;
  total: number;
  articles: ArticleSummary[];
};

/** One page of a list (home, a tag, a category, a company, a year), or undefined past its end; once per render. */
export const getListPage = cache(async (kind: ListKind, key: string, page: number, locale: Locale): Promise<ListPage | undefined> => {
  if (!Number.isInteger(page) || page < 1 || key.length > 200) return undefined;
  const stored = await readStore<StoredListPage>(`lists/${kind}/${encodeURIComponent(key)}/${page}.json`);
  if (!stored) return undefined;
  return { ...stored, name: stored.name && pick(stored.name, locale), articles: stored.cards.map((card) => summaryView(card, locale)) };
});

export async function getSite(): Promise<StoredSite> {
  const stored = await readStore<StoredSite>('site.json');
  if (!stored) throw new Error('The content store is missing: run `npm run build` (or `npm run dev`), which generates it.');
  return stored;
}

export type TermIndexEntry = TermView & { count: number };

/** Every tag or category with its article count, most used first. */
export async function getTerms(kind: TermKind, locale: Locale): Promise<TermIndexEntry[]> {
  const terms: TermSummary[] = (await getSite())[kind];
  return terms.map((term) => ({ ...termView(kind, term, locale), count: term.count }));
}

/** Every company, most written about first. */
export async function getCompanies(locale: Locale): Promise<CompanyView[]> {
  return ((await readStore<CompanyEntry[]>('companies.json')) ?? []).map((company) => companyView(company, locale));
}

export async function getCompany(id: string, locale: Locale): Promise<CompanyView | undefined> {
  return (await getCompanies(locale)).find((company) => company.id === id);
}
