import { getTranslations } from 'next-intl/server';
import { getShareHeadline } from '@/lib/outputs/store/queries';
import { localeFromSegment } from '@/lib/core/i18n/routing';
import { shareCard, slugFromShareImage } from '@/lib/outputs/share-image/card';
import { renderShareImage } from '@/lib/outputs/share-image/render';

/**
 * An article's share image, `/og/zh-hant/<slug>.png`: rendered on its first request (a link shared, a crawler's
 * visit), then cached like a page (ISR; on Vercel, by the CDN). None is rendered at build time: most articles
 * are never shared, and 2,000 cards at 1,000 articles cost a build 27 s and 450 MB (tests/bench/MEASURED.md).
 */
export const dynamic = 'force-static';

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; image: string }> }) {
  const { locale: segment, image } = await params;
  const locale = localeFromSegment(segment);
  const slug = slugFromShareImage(image);
  const headline = locale && slug ? await getShareHeadline(slug, locale) : undefined;
  if (!locale || !headline) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  const png = await renderShareImage(shareCard(headline, t('siteName'), locale));
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'content-type': 'image/png' } });
}
