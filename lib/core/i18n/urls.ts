import { site } from '../site';
import { getPathname } from './navigation';
import type { Locale } from './routing';

/**
 * The absolute address of a page in one locale, for the sitemap and structured data. Kept apart from
 * navigation.ts, which client components import, so site settings stay on the server.
 */
export function absoluteUrl(href: string, locale: Locale): string {
  return new URL(getPathname({ href, locale }), site.url).href;
}
