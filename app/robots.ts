import type { MetadataRoute } from 'next';
import { generateSitemaps } from './sitemap';
import { STORE_URL_PATH } from '@/lib/outputs/store/contract';
import { SEARCH_URL_PATH } from '@/lib/outputs/search/format';
import { site } from '@/lib/core/site';

export default async function robots(): Promise<MetadataRoute.Robots> {
  const sitemaps = (await generateSitemaps()).map(({ id }) => new URL(`/sitemap/${id}.xml`, site.url).href);
  // The content store and the search index are data for the site's own code, not pages.
  return { rules: { userAgent: '*', allow: '/', disallow: [`${STORE_URL_PATH}/`, `${SEARCH_URL_PATH}/`] }, sitemap: sitemaps };
}
