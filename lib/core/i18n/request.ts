import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { SITE_TIME_ZONE } from '../dates';
import { routing } from './routing';

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    // Dates read in Taipei time wherever the page is rendered (Vercel builds in UTC).
    timeZone: SITE_TIME_ZONE,
    messages: (await import(`./messages/${locale}.json`)).default,
  };
});
