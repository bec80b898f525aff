import { Feed } from 'feed';
import type { Locale } from '../core/i18n/routing';
import { absoluteUrl } from '../core/i18n/urls';
import type { ListPage } from './store/queries';

type FeedSource = { locale: Locale; title: string; description: string; href: string; feedHref: string; list: ListPage; copyright: string };

/**
 * RSS 2.0 of a list's newest page (the site's, or a tag's): titles and summaries in the feed's script,
 * absolute links to the article in that script. Summaries, not whole articles: readers come to the page.
 */
export function rssFeed({ locale, title, description, href, feedHref, list, copyright }: FeedSource): string {
  const feed = new Feed({
    id: absoluteUrl(href, locale),
    title,
    description,
    link: absoluteUrl(href, locale),
    language: locale,
    updated: list.articles[0]?.publishedAt,
    generator: false,
    feedLinks: { rss: absoluteUrl(feedHref, locale) },
    copyright,
  });
  for (const article of list.articles) {
    const link = absoluteUrl(article.path, locale);
    feed.addItem({ title: article.title, id: link, guid: link, link, date: article.publishedAt, description: article.excerpt });
  }
  return feed.rss2();
}

export const FEED_HEADERS = { 'content-type': 'application/rss+xml; charset=utf-8' };
