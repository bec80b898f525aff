import { site } from '../site';
import { getSite } from './store';
import { PAGE_SIZE, type StoredSite, type TermSummary } from './store-types';

/**
 * What `next build` pre-renders. Everything, unless PRERENDER_LATEST=N: then the newest N articles, the
 * home pages that list them, and the first page of every other list; the rest render on their first
 * request and are cached from then on (ISR), so a 100,000-article archive builds in the time of N.
 */
export async function articleSlugsToPrerender(): Promise<string[]> {
  const { articles } = await getSite();
  return articles.slice(0, site.prerenderLatest ?? articles.length).map((article) => article.slug);
}

/** Page numbers from 2 (page 1 is the list's own address) that are pre-rendered for a list of `pages`. */
export function laterPagesToPrerender(pages: number, kind: 'home' | 'other'): number[] {
  const limit = site.prerenderLatest === undefined ? pages : kind === 'home' ? Math.ceil(site.prerenderLatest / PAGE_SIZE) : 1;
  return Array.from({ length: Math.max(0, Math.min(pages, limit) - 1) }, (_, index) => index + 2);
}

export const pagesOf = (count: number) => Math.max(1, Math.ceil(count / PAGE_SIZE));

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
