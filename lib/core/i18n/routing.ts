import { defineRouting } from 'next-intl/routing';

/** The single list of locales: static params, the proxy, the switcher and the content pipeline all read it. */
export const routing = defineRouting({
  locales: ['zh-Hant', 'zh-Hans'],
  defaultLocale: 'zh-Hant',
  // Lower-case prefixes read better in shared links; the locale codes stay BCP 47.
  localePrefix: {
    mode: 'always',
    prefixes: { 'zh-Hant': '/zh-hant', 'zh-Hans': '/zh-hans' },
  },
  // No `Link` response header: it is built from the request's Host, on responses a CDN caches for a year,
  // so a cache that does not key on the host could serve one origin's links to another. Each page's
  // metadata lists its language alternates instead.
  alternateLinks: false,
});

export type Locale = (typeof routing.locales)[number];

/**
 * The `[locale]` route segment is the URL's own lower-case prefix (`zh-hant`), so a page's address needs no
 * rewrite to reach its route (a rewrite's origin breaks behind `next start -H`, see proxy.ts).
 */
export function localeSegment(locale: Locale): string {
  return locale.toLowerCase();
}

export function localeFromSegment(segment: string): Locale | undefined {
  return routing.locales.find((locale) => localeSegment(locale) === segment);
}

export function otherLocale(locale: Locale): Locale {
  return locale === 'zh-Hant' ? 'zh-Hans' : 'zh-Hant';
}
