import { cache } from 'react';
import { converterFrom, convertHtml, vocabularyChanges, type VocabularyChangeCount } from '../../text/chinese/convert';
import { inlineRenderer } from '../../text/chinese/inline-rules';
import { regionalQuotes } from '../../text/chinese/quotes';
import { site } from '../../core/site';
import { articlePath, companyPath, pageAddress, termPath, type TermKind } from '../../core/routes';
import type { Locale } from '../../core/i18n/routing';
import type { ShareHeadline } from '../share-image/card';
import type { Heading } from '../../content/analysis';
import type { Bilingual } from '../../content/record';
import { readStore } from './reader';
import {
  isStoredPagePath,
  isStoredSlug,
  storeFiles,
  type ArticleLink,
  type Card,
  type CompanyEntry,
  type ListKind,
  type StoredArticle,
  type StoredPage,
  type StoredSite,
  type TermRef,
  type TermSummary,
} from './contract';

/** The store's fingerprint (store-writer.ts), or undefined before the first generation. */
export async function storeVersion(): Promise<string | undefined> {
  return (await readStore(storeFiles.version))?.version;
}

/** Whether the store exists yet: `npm run dev` answers before Contentlayer's first generation ends. */
export async function isStoreReady(): Promise<boolean> {
  return (await readStore(storeFiles.site)) !== undefined;
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
  /** The article's language when it is not Chinese: shown as written, marked with it, never converted. */
  language?: string;
  series: (TermView & { position: number; total: number })[];
  translations: (ArticleLinkView & { language?: string })[];
  /** For a translation: the article it translates. */
  original?: ArticleLinkView;
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
  return isStoredSlug(slug) ? readStore(storeFiles.article(slug)) : Promise.resolve(undefined);
}

/**
 * A stored body (an article's or a page's) in the page's script: converted when it was written in the other (never
 * one in another language, shown as written), inline rules rendered, and laid out for the script
 * (lib/text/chinese/typography.ts: quotation marks, spacing), its own script's page too. `review` marks what the
 * vocabulary changed, for `npm run dev`.
 */
function bodyFor(stored: StoredArticle | StoredPage, locale: Locale, review = false) {
  const converted = stored.source.script !== locale && !stored.language;
  const converter = converterFrom(stored.source, stored.vocabulary);
  const convert = converted ? converter : inlineRenderer(stored.source.script);
  const html = convertHtml(stored.html, convert, {
    review: converted && review,
    typeset: { script: locale, keepQuotes: stored.keepQuotes },
  });
  const headingText = (text: string) => (stored.keepQuotes ? convert(text) : regionalQuotes(convert(text), locale));
  return { converted, converter, html, headingText };
}

/**
 * One article, converted into the page's script when it was written in the other; undefined when there is
 * none. Once per render (React's cache): the page and its metadata both ask, the conversion runs once.
 */
export const getArticle = cache(async (slug: string, locale: Locale): Promise<Article | undefined> => {
  const stored = await readStoredArticle(slug);
  if (!stored) return undefined;
  const { converted, converter, html, headingText } = bodyFor(stored, locale, site.isDevelopment);
  const review = converted && site.isDevelopment;
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
    language: stored.language,
    series: stored.series.map((part) => ({ ...termView('series', part, locale), position: part.position, total: part.total })),
    translations: stored.translations.map((link) => ({ ...linkView(link, locale), language: link.language })),
    original: stored.original && linkView(stored.original, locale),
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

/** A page (about, docs) as a reader of one locale sees it, with the pages below it. */
export type PageView = {
  path: string;
  title: string;
  excerpt: string;
  html: string;
  headings: Heading[];
  updatedAt?: Date;
  originalLocale: Locale;
  language?: string;
  isDraft: boolean;
  children: { path: string; title: string }[];
};

/** One page, converted into the page's script when written in the other; undefined when there is none. Once per render. */
export const getPage = cache(async (path: string, locale: Locale): Promise<PageView | undefined> => {
  if (!isStoredPagePath(path)) return undefined;
  const stored = await readStore(storeFiles.page(path));
  if (!stored) return undefined;
  const { html, headingText } = bodyFor(stored, locale);
  return {
    path: pageAddress(stored.path),
    title: pick(stored.title, locale),
    excerpt: pick(stored.excerpt, locale),
    html,
    headings: stored.headings.map((heading) => ({ ...heading, text: headingText(heading.text) })),
    updatedAt: stored.updatedAt ? new Date(stored.updatedAt) : undefined,
    originalLocale: stored.source.script,
    language: stored.language,
    isDraft: stored.draft,
    children: stored.children.map((child) => ({ path: pageAddress(child.path), title: pick(child.title, locale) })),
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
  const stored = await readStore(storeFiles.listPage(kind, key, page));
  if (!stored) return undefined;
  return { ...stored, name: stored.name && pick(stored.name, locale), articles: stored.cards.map((card) => summaryView(card, locale)) };
});

export async function getSite(): Promise<StoredSite> {
  const stored = await readStore(storeFiles.site);
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
  return ((await readStore(storeFiles.companies)) ?? []).map((company) => companyView(company, locale));
}

export async function getCompany(id: string, locale: Locale): Promise<CompanyView | undefined> {
  return (await getCompanies(locale)).find((company) => company.id === id);
}
