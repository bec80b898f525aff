import type { MetadataRoute } from 'next';
import { STORE_URL_PATH } from '@/lib/outputs/store/contract';
import { SEARCH_URL_PATH } from '@/lib/outputs/search/format';
import { site } from '@/lib/core/site';

export default function robots(): MetadataRoute.Robots {
  // The content store and the search index are data for the site's own code, not pages. The sitemap is the index
  // of the site's sitemaps (app/sitemap-index.xml/route.ts).
  return {
    rules: { userAgent: '*', allow: '/', disallow: [`${STORE_URL_PATH}/`, `${SEARCH_URL_PATH}/`] },
    sitemap: new URL('/sitemap-index.xml', site.url).href,
  };
}
