import type { MetadataRoute } from 'next';
import { getArticles, getCompanies } from '@/lib/content/queries';
import { absoluteUrl } from '@/lib/i18n/urls';
import { routing } from '@/lib/i18n/routing';

/** Every page in both scripts, each entry naming its other-script twin; drafts never appear (see lib/content/queries.ts). */
export default function sitemap(): MetadataRoute.Sitemap {
  const entry = (href: string, lastModified?: Date) =>
    routing.locales.map((locale) => ({
      url: absoluteUrl(href, locale),
      lastModified,
      alternates: {
        languages: Object.fromEntries(routing.locales.map((other) => [other, absoluteUrl(href, other)])),
      },
    }));
  const articles = getArticles(routing.defaultLocale).filter((article) => !article.isDraft);
  return [
    ...entry('/', articles[0]?.publishedAt),
    ...entry('/companies'),
    ...getCompanies(routing.defaultLocale).flatMap((company) => entry(company.path)),
    ...articles.flatMap((article) => entry(article.path, article.publishedAt)),
  ];
}
