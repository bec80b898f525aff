import type { MetadataRoute } from 'next';
import { generateSitemaps } from './sitemap';
import { STORE_URL_PATH } from '@/lib/content/store-types';
import { SEARCH_URL_PATH } from '@/lib/search/format';
import { site } from '@/lib/site';

export default async function robots(): Promise<MetadataRoute.Robots> {
  const sitemaps = (await generateSitemaps()).map(({ id }) => new URL(`/sitemap/${id}.xml`, site.url).href);
  // The content store and the search index are data for the site's own code, not pages.
  return { rules: { userAgent: '*', allow: '/', disallow: [`${STORE_URL_PATH}/`, `${SEARCH_URL_PATH}/`] }, sitemap: sitemaps };
}
