import { allCompanies, allPosts, type Company as CompanyDocument, type Post } from 'contentlayer/generated';
import type { SourceScript } from '../chinese/convert';
import { mentionCounter, relatedCompanyIds } from '../companies/mentions';
import type { Locale } from '../i18n/routing';
import { site } from '../site';

/** An article as a reader of one locale sees it: every text field in that locale's script. */
export type Article = {
  slug: string;
  path: string;
  title: string;
  excerpt: string;
  tags: string[];
  categories: string[];
  html: string;
  publishedAt: Date;
  sourceName?: string;
  sourceUrl?: string;
  coverImage?: string;
  /** The locale the article was written in; differs from the page's locale when the text was converted. */
  originalLocale: Locale;
  isDraft: boolean;
};

/** A company as a reader of one locale sees it. */
export type Company = {
  id: string;
  path: string;
  name: string;
  englishName: string;
  listings: { exchange: string; symbol: string }[];
  website?: string;
  headquarters?: string;
  founded?: number;
  description: string;
  /** Published articles that mention the company or list it in related_companies. */
  articleCount: number;
};

/** A company beside an article: the company, and up to three other articles about it. */
export type RelatedCompany = { company: Company; otherArticles: Article[] };

/** The computed `conversion` field of contentlayer.config.ts. */
type Conversion = Pick<Article, 'title' | 'excerpt' | 'tags' | 'categories' | 'html'> & { source: SourceScript };

/** The path of an article below the locale prefix. */
function articlePath(slug: string): string {
  return `/posts/${slug}`;
}

function localize(post: Post, locale: Locale): Article {
  const conversion = post.conversion as Conversion;
  const originalLocale = conversion.source.script;
  const text =
    locale === originalLocale
      ? { title: post.title, excerpt: post.excerpt, tags: post.tags, categories: post.categories, html: post.body.html }
      : conversion;
  return {
    slug: post.slug,
    path: articlePath(post.slug),
    title: text.title,
    excerpt: text.excerpt,
    tags: text.tags,
    categories: text.categories,
    html: text.html,
    publishedAt: new Date(post.publishedAt),
    // `npm run new` writes these empty for the editor to fill in.
    sourceName: post.source_name || undefined,
    sourceUrl: post.source_url || undefined,
    coverImage: post.coverImage,
    originalLocale,
    isDraft: post.draft,
  };
}

/** Drafts reach readers only where drafts are shown (dev, previews); production builds never contain them. */
function isPublished(post: Post): boolean {
  return !post.draft || site.showDrafts;
}

const publishedPosts = allPosts
  .filter(isPublished)
  .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || a.slug.localeCompare(b.slug));

/** Published articles, newest first. */
export function getArticles(locale: Locale): Article[] {
  return publishedPosts.map((post) => localize(post, locale));
}

/** One published article, or undefined when there is none by that slug. */
export function getArticle(slug: string, locale: Locale): Article | undefined {
  const post = publishedPosts.find((candidate) => candidate.slug === slug);
  return post && localize(post, locale);
}

export function getArticleSlugs(): string[] {
  return publishedPosts.map((post) => post.slug);
}

/** The path of a company page below the locale prefix. */
function companyPath(id: string): string {
  return `/companies/${id}`;
}

const countMentions = mentionCounter(allCompanies);

/** Mentions counted once per build: title, tags and body, in the article's own script. */
const mentionsBySlug = new Map(
  publishedPosts.map((post) => [post.slug, countMentions(`${post.title}\n${post.tags.join('\n')}\n${post.body.raw}`)]),
);

function isAbout(post: Post, companyId: string): boolean {
  return post.companyIds.includes(companyId) || mentionsBySlug.get(post.slug)!.has(companyId);
}

/** Published articles about each company, newest first, worked out once per build. */
const postsByCompany = new Map(
  allCompanies.map((company) => [company.id, publishedPosts.filter((post) => isAbout(post, company.id))]),
);

function postsAbout(companyId: string): Post[] {
  return postsByCompany.get(companyId) ?? [];
}

function localizeCompany(company: CompanyDocument, locale: Locale): Company {
  const converted = company.converted as { description: string; headquarters?: string };
  const text = locale === 'zh-Hans' ? converted : company;
  return {
    id: company.id,
    path: companyPath(company.id),
    name: locale === 'zh-Hans' ? company.name.hans : company.name.hant,
    englishName: company.name.en,
    listings: company.listings.map(({ exchange, symbol }) => ({ exchange, symbol })),
    website: company.website,
    headquarters: text.headquarters,
    founded: company.founded,
    description: text.description,
    articleCount: postsAbout(company.id).length,
  };
}

/** Every company, most written about first. */
export function getCompanies(locale: Locale): Company[] {
  return allCompanies
    .map((company) => localizeCompany(company, locale))
    .sort((a, b) => b.articleCount - a.articleCount || a.id.localeCompare(b.id));
}

export function getCompany(id: string, locale: Locale): Company | undefined {
  const company = allCompanies.find((candidate) => candidate.id === id);
  return company && localizeCompany(company, locale);
}

export function getCompanyIds(): string[] {
  return allCompanies.map((company) => company.id);
}

/** Published articles about a company, newest first. */
export function getCompanyArticles(id: string, locale: Locale): Article[] {
  return postsAbout(id).map((post) => localize(post, locale));
}

const OTHER_ARTICLES_PER_COMPANY = 3;

/** The companies an article concerns (see lib/companies/mentions.ts), each with other articles about it. */
export function getRelatedCompanies(slug: string, locale: Locale): RelatedCompany[] {
  const post = publishedPosts.find((candidate) => candidate.slug === slug);
  if (!post) return [];
  return relatedCompanyIds(post.companyIds, mentionsBySlug.get(slug)!).map((id) => ({
    company: getCompany(id, locale)!,
    otherArticles: postsAbout(id)
      .filter((other) => other.slug !== slug)
      .slice(0, OTHER_ARTICLES_PER_COMPANY)
      .map((other) => localize(other, locale)),
  }));
}
