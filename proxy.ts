import createMiddleware from 'next-intl/middleware';
import type { NextRequest } from 'next/server';
import { localeFromAcceptLanguage } from './lib/i18n/negotiate';
import { routing } from './lib/i18n/routing';

const intlMiddleware = createMiddleware(routing);

export default function proxy(request: NextRequest) {
  // next-intl's matcher sends plain `zh` to Simplified; hand it our own answer instead,
  // so its redirect and its cookie logic agree with lib/i18n/negotiate.ts.
  request.headers.set('accept-language', localeFromAcceptLanguage(request.headers.get('accept-language')));
  return intlMiddleware(request);
}

export const config = {
  // Everything but API routes, Next internals and files with an extension (feeds, images, robots.txt).
  matcher: '/((?!api|_next|_vercel|.*\\..*).*)',
};
