import { localeSegment, type Locale } from './routing';

/**
 * A page's address in a locale: `/posts/x` → `/zh-hant/posts/x` (every page carries its lower-case
 * prefix). Ours rather than next-intl's createNavigation, whose module brings its client Link into every
 * page's JavaScript even when only this function is used; links are plain anchors (components/layout/SiteLink).
 */
export function getPathname({ href, locale }: { href: string; locale: Locale }): string {
  const prefix = `/${localeSegment(locale)}`;
  return href === '/' || href === '' ? prefix : `${prefix}${href.startsWith('/') ? '' : '/'}${href}`;
}
