import { getTranslations } from 'next-intl/server';
import { FEED_HEADERS, rssFeed } from '@/lib/outputs/feed';
import { termPath } from '@/lib/core/routes';
import { getListPage } from '@/lib/outputs/store/queries';
import { decodeParam, termsToPrerender } from '@/lib/outputs/store/static-params';

import { localeParams } from '@/lib/core/i18n/params';

export const dynamic = 'force-static';

export async function generateStaticParams() {
  return (await termsToPrerender('tags')).map((term) => ({ term: term.key }));
}

/** A tag's feed: `/zh-hant/tags/開源/feed.xml`. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; term: string }> }) {
  const { locale, term } = await localeParams(params);
  const key = decodeParam(term);
  const list = await getListPage('tags', key, 1, locale);
  if (!list) return new Response('Not found', { status: 404 });
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  const tFeed = await getTranslations({ locale, namespace: 'Feed' });
  const href = termPath('tags', key);
  const xml = rssFeed({
    locale,
    title: tFeed('tagTitle', { site: t('siteName'), name: list.name ?? key }),
    description: t('siteDescription'),
    href,
    feedHref: `${href}/feed.xml`,
    list,
    copyright: t('siteName'),
  });
  return new Response(xml, { headers: FEED_HEADERS });
}
