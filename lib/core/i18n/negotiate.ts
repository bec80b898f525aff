import Negotiator from 'negotiator';
import { isChineseTag, sourceScriptOfTag } from '../languages';
import type { Locale } from './routing';

/** The script a single language tag asks for; plain `zh` and other Chinese tags that name none read Traditional. */
function scriptOfTag(tag: string): Locale | undefined {
  return sourceScriptOfTag(tag)?.script ?? (isChineseTag(tag) ? 'zh-Hant' : undefined);
}

/**
 * The locale for an Accept-Language header: the first Chinese tag in preference order decides
 * (mainland, Singapore, Malaysia and Hans → Simplified; everything else Chinese → Traditional),
 * and a header with no Chinese at all gets the default. We do not use the library matcher's
 * guess because it sends plain `zh` to Simplified, while our readers default to Traditional.
 */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale {
  const languages = new Negotiator({ headers: { 'accept-language': header ?? undefined } }).languages();
  for (const tag of languages) {
    const locale = scriptOfTag(tag);
    if (locale) return locale;
  }
  return 'zh-Hant';
}

/** The locale to send a reader to: the one they chose before (the NEXT_LOCALE cookie), else their browser's. */
export function localeForReader(cookie: string | undefined, acceptLanguage: string | null | undefined): Locale {
  if (cookie === 'zh-Hant' || cookie === 'zh-Hans') return cookie;
  return localeFromAcceptLanguage(acceptLanguage);
}
