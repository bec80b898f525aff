import type { MetadataRoute } from 'next';
import { articlePath, pageAddress, termPath, yearPath } from '@/lib/core/routes';
import { getCompanies, getSite } from '@/lib/outputs/store/queries';
import { absoluteUrl } from '@/lib/core/i18n/urls';
import { routing } from '@/lib/core/i18n/routing';

/** Search engines take 50,000 addresses a sitemap; each article is two (one per script), so 10,000 articles a file. */
export const ARTICLES_PER_SITEMAP = 10_000;

/** The sitemaps' ids: one per 10,000 articles (app/sitemap.xml/route.ts lists them as the sitemap index). */
export async function sitemapIds(): Promise<number[]> {
  const { articles, translations } = await getSite();
  return Array.from({ length: Math.max(1, Math.ceil((articles.length + translations.length) / ARTICLES_PER_SITEMAP)) }, (_, id) => id);
}

export async function generateSitemaps() {
  return (await sitemapIds()).map((id) => ({ id }));
}

/**
 * Every page in both scripts, each entry naming its other-script twin; drafts never appear (a production
 * build has none). Sitemap 0 also lists the indexes, tags, categories and companies.
 */
export default async function sitemap({ id }: { id: Promise<string> }): Promise<MetadataRoute.Sitemap> {
  const index = Number(await id);
  const entry = (href: string, lastModified?: string) =>
    routing.locales.map((locale) => ({
      url: absoluteUrl(href, locale),
      lastModified,
      alternates: { languages: Object.fromEntries(routing.locales.map((other) => [other, absoluteUrl(href, other)])) },
    }));
  const site = await getSite();
  const articles = [...site.articles, ...site.translations].slice(index * ARTICLES_PER_SITEMAP, (index + 1) * ARTICLES_PER_SITEMAP);
  const lists =
    index === 0
      ? [
          ...entry('/', site.articles[0]?.publishedAt),
          ...['/tags', '/categories', '/archive', '/companies'].flatMap((href) => entry(href)),
          ...site.tags.flatMap((term) => entry(termPath('tags', term.key))),
          ...site.categories.flatMap((term) => entry(termPath('categories', term.key))),
          ...site.series.flatMap((term) => entry(termPath('series', term.key))),
          ...site.pages.flatMap((page) => entry(pageAddress(page.path), page.updatedAt)),
          ...site.years.flatMap(({ year }) => entry(yearPath(year))),
          ...(await getCompanies(routing.defaultLocale)).flatMap((company) => entry(company.path)),
        ]
      : [];
  return [...lists, ...articles.flatMap((article) => entry(articlePath(article.slug), article.updatedAt ?? article.publishedAt))];
}
