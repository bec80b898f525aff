import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getPathname } from './navigation';
import { routing, type Locale } from './routing';

type PageMetadata = {
  locale: Locale;
  /** The page's path below the locale prefix (`/posts/x`, `/tags/開源`). */
  href: string;
  title?: string;
  description?: string;
  /** Open Graph article fields; without them the page is a `website`. */
  article?: { publishedTime: string; modifiedTime?: string; tags?: string[]; authors?: string[] };
  image?: string;
  noindex?: boolean;
  /** A feed of this page's own (a tag's), besides the site's. */
  feed?: { href: string; title: string };
};

const OPEN_GRAPH_LOCALES: Record<Locale, string> = { 'zh-Hant': 'zh_TW', 'zh-Hans': 'zh_CN' };

/** The address of `href` in every locale, and x-default (the default locale's) for search engines. */
function languageAlternates(href: string): Record<string, string> {
  return {
    ...Object.fromEntries(routing.locales.map((locale) => [locale, getPathname({ href, locale })])),
    'x-default': getPathname({ href, locale: routing.defaultLocale }),
  };
}

/**
 * Every page's metadata in one shape: canonical, language twins, the feeds (Next replaces, not merges,
 * `alternates` set by the layout, so each page states them), Open Graph and the Twitter card.
 */
export async function pageMetadata({ locale, href, title, description, article, image, noindex, feed }: PageMetadata): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  const tFeed = await getTranslations({ locale, namespace: 'Feed' });
  const url = getPathname({ href, locale });
  const feeds = [{ url: getPathname({ href: '/feed.xml', locale }), title: tFeed('title', { site: t('siteName') }) }];
  if (feed) feeds.push({ url: getPathname({ href: feed.href, locale }), title: feed.title });
  const images = image ? [{ url: image, width: 1200, height: 630 }] : undefined;
  return {
    // No title: the layout's default (the site's name) stays; `title: undefined` would remove it.
    ...(title !== undefined && { title }),
    description: description || t('siteDescription'),
    robots: noindex ? { index: false, follow: false } : undefined,
    alternates: {
      canonical: url,
      languages: languageAlternates(href),
      types: { 'application/rss+xml': feeds },
    },
    openGraph: {
      type: article ? 'article' : 'website',
      siteName: t('siteName'),
      title: title ?? t('siteName'),
      description: description || t('siteDescription'),
      url,
      locale: OPEN_GRAPH_LOCALES[locale],
      alternateLocale: routing.locales.filter((other) => other !== locale).map((other) => OPEN_GRAPH_LOCALES[other]),
      images,
      ...(article && {
        publishedTime: article.publishedTime,
        modifiedTime: article.modifiedTime,
        tags: article.tags,
        authors: article.authors,
      }),
    },
    // X reads the title, description and image from Open Graph: the card type is all it needs of its own.
    twitter: { card: image ? 'summary_large_image' : 'summary' },
  };
}
