import { site } from '../site';
import { getSite } from './store';
import { PAGE_SIZE, type StoredSite, type TermSummary } from './store-types';

/**
 * What `next build` pre-renders: every article (or, with PRERENDER_LATEST=N, the newest N), the home pages
 * that list them, and the first page of every other list (a tag's, a year's…). The rest render on their
 * first request and are cached from then on (ISR): page 7 of a tag is rarely read, and pre-rendering every
 * list's every page would cost more build time and output than the articles themselves.
 */
export async function articleSlugsToPrerender(): Promise<string[]> {
  const { articles } = await getSite();
  return articles.slice(0, site.prerenderLatest ?? articles.length).map((article) => article.slug);
}

let prerendered: Promise<Set<string>> | undefined;

/** Whether an article is among those `next build` pre-renders (its share image was rendered with them). */
export async function isPrerenderedArticle(slug: string): Promise<boolean> {
  if (site.isDevelopment) return false; // npm run dev renders no share images
  // Asked for every article page: the set is worked out once per process (a deployment's store never changes).
  prerendered ??= articleSlugsToPrerender().then((slugs) => new Set(slugs));
  return (await prerendered).has(slug);
}

/** The home page numbers from 2 (page 1 is `/`) that are pre-rendered: those that list the pre-rendered articles. */
export function homePagesToPrerender(pages: number): number[] {
  const limit = site.prerenderLatest === undefined ? pages : Math.ceil(site.prerenderLatest / PAGE_SIZE);
  return Array.from({ length: Math.max(0, Math.min(pages, limit) - 1) }, (_, index) => index + 2);
}

export async function termsToPrerender(kind: 'tags' | 'categories'): Promise<TermSummary[]> {
  return (await getSite())[kind];
}

export async function yearsToPrerender(): Promise<StoredSite['years']> {
  return (await getSite()).years;
}

/** A route parameter as text: Next hands non-ASCII segments over percent-encoded in some versions. */
export function decodeParam(value: string): string {
  try {
    return /%[0-9a-f]{2}/i.test(value) ? decodeURIComponent(value) : value;
  } catch {
    return value;
  }
}

/** A page number from the URL: "2" is 2; "02", "1" (page 1 has its own address) and "x" are no page. */
export function pageNumber(value: string): number | undefined {
  return /^[1-9]\d{0,5}$/.test(value) && value !== '1' ? Number(value) : undefined;
}
