import { encode } from 'uqr';
import { isStoredSlug } from '../store/contract';
import { localeSegment, type Locale } from '../../core/i18n/routing';

/** The quiet zone the QR standard asks for around the symbol (4 modules): phone cameras find it more reliably. */
const QUIET_ZONE = 4;

/**
 * A QR code of `text` as a small SVG document: one module per user unit, each row's dark runs as strokes of
 * one path (an article's address, 37 modules: 3.5 KB, 1.1 KB gzip; a square per module would triple it).
 * Error correction M (15%), the usual choice for a code shown on a screen. Dark on white whatever the page's
 * theme: scanners expect dark modules on a light ground.
 */
export function qrSvg(text: string): string {
  const { size, data } = encode(text, { ecc: 'M', border: 0 });
  const extent = size + 2 * QUIET_ZONE;
  let path = '';
  data.forEach((row, y) => {
    for (let x = 0; x < size; x++) {
      if (!row[x]) continue;
      const start = x;
      while (x + 1 < size && row[x + 1]) x++;
      // A horizontal stroke one module high, through the middle of the row.
      path += `M${start + QUIET_ZONE} ${y + QUIET_ZONE + 0.5}h${x - start + 1}`;
    }
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${extent} ${extent}" shape-rendering="crispEdges">` +
    `<rect width="${extent}" height="${extent}" fill="#fff"/>` +
    `<path d="${path}" stroke="#000" stroke-width="1"/></svg>`
  );
}

/** An article's QR code (app/qr/[locale]/[image]/route.ts), one per article and script: what WeChat readers scan. */
export function qrCodePath(locale: Locale, slug: string): string {
  return `/qr/${localeSegment(locale)}/${slug}.svg`;
}

/** The slug a QR code's file name names (`post.svg`), or undefined for any other name. */
export function slugFromQrCode(file: string): string | undefined {
  const slug = file.endsWith('.svg') ? file.slice(0, -'.svg'.length) : undefined;
  return slug !== undefined && isStoredSlug(slug) ? slug : undefined;
}
