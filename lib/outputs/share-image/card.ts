import { isStoredSlug } from '../store/contract';
import { SITE_TIME_ZONE } from '../../core/dates';
import { localeSegment, type Locale } from '../../core/i18n/routing';
import type { ShareCard } from './render';

/** What a share image shows of an article, in one script (lib/outputs/store/queries.ts, getShareHeadline). */
export type ShareHeadline = { title: string; publishedAt: Date; tags: string[] };

/** An article's share image (app/og/[locale]/[image]/route.ts): one per article and script. */
export function shareImagePath(locale: Locale, slug: string): string {
  return `/og/${localeSegment(locale)}/${slug}.png`;
}

/** The slug a share image's file name names (`post.png`), or undefined for any other name. */
export function slugFromShareImage(file: string): string | undefined {
  const slug = file.endsWith('.png') ? file.slice(0, -'.png'.length) : undefined;
  return slug !== undefined && isStoredSlug(slug) ? slug : undefined;
}

export function shareCard(headline: ShareHeadline, siteName: string, locale: Locale): ShareCard {
  return {
    title: headline.title,
    siteName,
    dateText: new Intl.DateTimeFormat(locale, { timeZone: SITE_TIME_ZONE, year: 'numeric', month: 'long', day: 'numeric' }).format(
      headline.publishedAt,
    ),
    locale,
    tags: headline.tags.slice(0, 3),
  };
}
