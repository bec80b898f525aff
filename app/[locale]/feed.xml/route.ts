import { getTranslations } from 'next-intl/server';
import { FEED_HEADERS, rssFeed } from '@/lib/outputs/feed';
import { getListPage } from '@/lib/outputs/store/queries';
import { localeSegment, routing } from '@/lib/core/i18n/routing';
import { localeParams } from '@/lib/core/i18n/params';

export const dynamic = 'force-static';

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale: localeSegment(locale) }));
}

/** The site's feed in one script: `/zh-hant/feed.xml`, `/zh-hans/feed.xml`. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await localeParams(params);
  const list = await getListPage('home', 'all', 1, locale);
  if (!list) return new Response('Not found', { status: 404 });
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  const tFeed = await getTranslations({ locale, namespace: 'Feed' });
  const xml = rssFeed({
    locale,
    title: tFeed('title', { site: t('siteName') }),
    description: t('siteDescription'),
    href: '/',
    feedHref: '/feed.xml',
    list,
    copyright: t('siteName'),
  });
  return new Response(xml, { headers: FEED_HEADERS });
}
