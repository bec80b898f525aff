import { allPosts, type Post } from 'contentlayer/generated';
import type { SourceScript } from './chinese';
import type { Locale } from './i18n/routing';

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
  relatedCompanies: string[];
};

/** The computed `conversion` field of contentlayer.config.ts. */
type Conversion = Pick<Article, 'title' | 'excerpt' | 'tags' | 'categories' | 'html'> & { source: SourceScript };

/** The path of an article below the locale prefix. */
export function articlePath(slug: string): string {
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
    sourceName: post.source_name,
    sourceUrl: post.source_url,
    coverImage: post.coverImage,
    originalLocale,
    relatedCompanies: post.related_companies,
  };
}

function isPublished(post: Post): boolean {
  return !post.draft;
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
