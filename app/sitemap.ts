import type { MetadataRoute } from 'next';
import { getArticles, getCompanies } from '@/lib/content';
import { getPathname } from '@/lib/i18n/navigation';
import { routing } from '@/lib/i18n/routing';
import { site } from '@/lib/site';

/** Every page in both scripts, each entry naming its other-script twin; drafts never appear (see lib/content.ts). */
export default function sitemap(): MetadataRoute.Sitemap {
  const entry = (href: string, lastModified?: Date) =>
    routing.locales.map((locale) => ({
      url: new URL(getPathname({ href, locale }), site.url).href,
      lastModified,
      alternates: {
        languages: Object.fromEntries(routing.locales.map((other) => [other, new URL(getPathname({ href, locale: other }), site.url).href])),
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
