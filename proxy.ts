import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { normalizeAddress } from './lib/core/addresses';
import { BUNDLE_URL_PREFIX } from './lib/core/bundles';
import { targetForOldAddress } from './lib/outputs/store/redirects';
import { getPathname } from './lib/core/i18n/navigation';
import { localeForReader, localeFromAcceptLanguage } from './lib/core/i18n/negotiate';
import { localeFromSegment, routing, type Locale } from './lib/core/i18n/routing';

const intlMiddleware = createMiddleware(routing);

/** A permanent redirect to a path of this site (Next writes a same-origin Location as a relative one). */
function permanentRedirect(path: string, request: NextRequest): NextResponse {
  // One leading slash, never two or a backslash: `//evil.example` would be another site.
  return NextResponse.redirect(new URL(`/${path.replace(/^[/\\]+/, '')}`, request.nextUrl), 308);
}

function isDecodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

const LOCALE_PREFIX = /^\/(zh-hant|zh-hans)(?=\/|$)/i;
const LOCALE_COOKIE = 'NEXT_LOCALE';
/** Our pages without their locale (`/posts/x`, `/tags`): sent on to the reader's locale. */
const SITE_PATH = /^\/(posts|tags|categories|series|companies|archive|search|page)(\/|$)|^\/feed\.xml$/;

/**
 * `/zh-hant/…` is served by the `[locale]` routes as it is (their segment is the lower-case prefix), and
 * the reader's choice is remembered. No rewrite: a rewrite's origin comes from Next's idea of the
 * server's address (`localhost`), which is not the request's when `next start -H 127.0.0.1` binds one
 * address; Next then proxies to that other origin, which redirects back: a loop.
 */
function localePage(request: NextRequest, locale: Locale): NextResponse {
  const headers = new Headers(request.headers);
  headers.set('X-NEXT-INTL-LOCALE', locale);
  const response = NextResponse.next({ request: { headers } });
  if (request.cookies.get(LOCALE_COOKIE)?.value !== locale)
    response.cookies.set(LOCALE_COOKIE, locale, { path: '/', sameSite: 'lax', maxAge: 365 * 86_400 });
  return response;
}

/**
 * Every request a page could answer: the locale prefix (lower-case, else a permanent redirect to it),
 * `/` negotiated by cookie then Accept-Language (lib/core/i18n/negotiate.ts), the old addresses of imported
 * Hugo archives, their lists and feeds (a permanent redirect to the page in the reader's script: an article, a
 * page, a list, a feed), and for anything else
 * Next's own answer (a public file, or the 404 page) straight away: never a redirect to another site,
 * never a loop.
 */
export default async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // A path whose escapes are not UTF-8 (`%ff`, `%c0%ae`, a lone `%`) names no page; Next would fail
  // decoding it as a parameter and answer 500.
  if (!isDecodable(pathname))
    return new NextResponse('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  // next-intl's matcher sends plain `zh` to Simplified; hand it our own answer instead.
  request.headers.set('accept-language', localeFromAcceptLanguage(request.headers.get('accept-language')));

  const prefix = LOCALE_PREFIX.exec(pathname);
  if (prefix && prefix[1] !== prefix[1].toLowerCase()) {
    return permanentRedirect(pathname.replace(LOCALE_PREFIX, `/${prefix[1].toLowerCase()}`) + request.nextUrl.search, request);
  }
  // Hugo's addresses end in a slash, ours do not: an old address answers in one redirect either way
  // (next.config.ts leaves trailing slashes to us), any other path loses its slash.
  // Under a locale prefix only where a Hugo site had a language of that name (`/zh-hans/posts/x/`), and never
  // to the page asked for: the store keeps no old address that is a page of ours.
  const target = await targetForOldAddress(pathname);
  const prefixLocale = prefix ? localeFromSegment(prefix[1].toLowerCase())! : undefined;
  // A bundle's file (an image at its Hugo address) is the same in both scripts; a page is in the reader's.
  const destination =
    target &&
    (target.startsWith(BUNDLE_URL_PREFIX)
      ? target
      : getPathname({
          href: target,
          locale: prefixLocale ?? localeForReader(request.cookies.get(LOCALE_COOKIE)?.value, request.headers.get('accept-language')),
        }));
  const isOld = destination !== undefined && normalizeAddress(destination) !== normalizeAddress(pathname);
  if (!isOld && pathname.length > 1 && pathname.endsWith('/'))
    return permanentRedirect(pathname.replace(/\/+$/, '') + request.nextUrl.search, request);
  // Before our own paths: Hugo's commonest addresses are /posts/… (the default permalink of a `posts` section).
  if (isOld) return permanentRedirect(destination, request);
  if (prefixLocale) return localePage(request, prefixLocale);
  if (pathname === '/' || SITE_PATH.test(pathname)) return intlMiddleware(request);
  // A file under public/ (an image of an imported post), or nothing: Next serves the file or its 404 page.
  return NextResponse.next();
}

export const config = {
  // Not Next's files, the API, the content store, bundle files, share images and QR codes, or the metadata routes.
  matcher: '/((?!_next/|_vercel/|api/|_store/|_search/|bundles/|og/|qr/|favicon\\.ico|icon\\.svg|robots\\.txt|sitemap).*)',
};
