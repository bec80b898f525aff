import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { articleForOldAddress } from './lib/content/redirects';
import { getPathname } from './lib/i18n/navigation';
import { localeForReader, localeFromAcceptLanguage } from './lib/i18n/negotiate';
import { routing } from './lib/i18n/routing';

const intlMiddleware = createMiddleware(routing);

/** A permanent redirect to a path of this site (Next writes a same-origin Location as a relative one). */
function permanentRedirect(path: string, request: NextRequest): NextResponse {
  return NextResponse.redirect(new URL(path, request.nextUrl), 308);
}

const LOCALE_PREFIX = /^\/(zh-hant|zh-hans)(?=\/|$)/i;
/** Our pages without their locale (`/posts/x`, `/tags`): sent on to the reader's locale. */
const SITE_PATH = /^\/(posts|tags|categories|companies|archive|search|page)(\/|$)|^\/feed\.xml$/;

/**
 * Every request a page could answer: the locale prefix (lower-case, else a permanent redirect to it),
 * `/` negotiated by cookie then Accept-Language (lib/i18n/negotiate.ts), the old addresses of imported
 * Hugo archives (a permanent redirect to the article in the reader's script), and for anything else a
 * 404 in the default script, straight away: never a redirect to another site, never a loop.
 */
export default async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // next-intl's matcher sends plain `zh` to Simplified; hand it our own answer instead.
  request.headers.set('accept-language', localeFromAcceptLanguage(request.headers.get('accept-language')));

  const prefix = LOCALE_PREFIX.exec(pathname);
  if (prefix && prefix[1] !== prefix[1].toLowerCase()) {
    return permanentRedirect(pathname.replace(LOCALE_PREFIX, `/${prefix[1].toLowerCase()}`) + request.nextUrl.search, request);
  }
  if (prefix || pathname === '/' || SITE_PATH.test(pathname)) return intlMiddleware(request);

  const slug = await articleForOldAddress(pathname);
  if (slug) {
    const locale = localeForReader(request.cookies.get('NEXT_LOCALE')?.value, request.headers.get('accept-language'));
    return permanentRedirect(getPathname({ href: `/posts/${slug}`, locale }), request);
  }
  // A file under public/ (an image of an imported post): Next serves it, or its 404.
  if (/\.[a-z0-9]{1,8}$/i.test(pathname)) return NextResponse.next();
  return NextResponse.rewrite(new URL(`/${routing.defaultLocale}/404`, request.url), { status: 404 });
}

export const config = {
  // Not Next's files, the API, the content store, bundle files, share images or the metadata routes.
  matcher: '/((?!_next/|_vercel/|api/|_store/|bundles/|og/|favicon\\.ico|icon\\.svg|robots\\.txt|sitemap).*)',
};
