import { site } from '@/lib/core/site';
import { sitemapIds } from '../sitemap';

export const dynamic = 'force-static';

/**
 * The index of the site's sitemaps (`/sitemap/0.xml`…, one per 10,000 articles, app/sitemap.ts), which robots.txt
 * names; `/sitemap.xml`, where crawlers, search consoles and a Hugo blog's readers look, redirects here
 * (next.config.ts: Next keeps that path for app/sitemap.ts, which answers only below /sitemap/).
 */
export async function GET() {
  const entries = (await sitemapIds()).map((id) => `<sitemap><loc>${new URL(`/sitemap/${id}.xml`, site.url).href}</loc></sitemap>`);
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${entries.join('')}</sitemapindex>\n`;
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
}
