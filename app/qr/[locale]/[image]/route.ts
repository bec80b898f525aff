import { getShareHeadline } from '@/lib/outputs/store/queries';
import { localeFromSegment } from '@/lib/core/i18n/routing';
import { absoluteUrl } from '@/lib/core/i18n/urls';
import { articlePath } from '@/lib/core/routes';
import { qrSvg, slugFromQrCode } from '@/lib/outputs/share/qr';

/**
 * An article's QR code, `/qr/zh-hant/<slug>.svg`, for WeChat readers: its address in that script, made on
 * the server. A file of its own rather than SVG in the page, whose markup Next writes five times (README,
 * "Lean pages"), and fetched only when a reader opens the WeChat panel. Made on its first request, then
 * cached like a page (ISR), as share images are.
 */
export const dynamic = 'force-static';

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; image: string }> }) {
  const { locale: segment, image } = await params;
  const locale = localeFromSegment(segment);
  const slug = slugFromQrCode(image);
  // Only for an article that exists: never a code of an address the site does not serve.
  const exists = locale && slug ? (await getShareHeadline(slug, locale)) !== undefined : false;
  if (!locale || !slug || !exists)
    return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  return new Response(qrSvg(absoluteUrl(articlePath(slug), locale)), { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
}
