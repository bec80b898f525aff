import { site } from '../../core/site';
import type { TermKind } from '../../core/routes';
import { routing } from '../../core/i18n/routing';
import { getCompanies, getSite } from './queries';
import { PAGE_SIZE, type StoredSite, type TermSummary } from './contract';

/**
 * What `next build` pre-renders: every article (or, with PRERENDER_LATEST=N, the newest N), the home pages
 * that list them, and the first page of every other list (a tag's, a year's…). The rest render on their
 * first request and are cached from then on (ISR): page 7 of a tag is rarely read, and pre-rendering every
 * list's every page would cost more build time and output than the articles themselves.
 *
 * Nothing under `npm run dev`, which renders every page on request and answers before Contentlayer's first
 * generation has written the store (its pages wait for it; asking the store here would be an error page).
 */
async function siteToPrerender(): Promise<StoredSite | undefined> {
  return site.isDevelopment ? undefined : getSite();
}

export async function articleSlugsToPrerender(): Promise<string[]> {
  const articles = (await siteToPrerender())?.articles ?? [];
  return articles.slice(0, site.prerenderLatest ?? articles.length).map((article) => article.slug);
}

/** The home page numbers from 2 (page 1 is `/`) that are pre-rendered: those that list the pre-rendered articles. */
function homePagesToPrerender(pages: number): number[] {
  const limit = site.prerenderLatest === undefined ? pages : Math.ceil(site.prerenderLatest / PAGE_SIZE);
  return Array.from({ length: Math.max(0, Math.min(pages, limit) - 1) }, (_, index) => index + 2);
}

export async function homePageNumbersToPrerender(): Promise<number[]> {
  const stored = await siteToPrerender();
  return stored ? homePagesToPrerender(stored.homePages) : [];
}

export async function termsToPrerender(kind: TermKind): Promise<TermSummary[]> {
  return (await siteToPrerender())?.[kind] ?? [];
}

export async function pagesToPrerender(): Promise<string[]> {
  return ((await siteToPrerender())?.pages ?? []).map((page) => page.path);
}

export async function yearsToPrerender(): Promise<StoredSite['years']> {
  return (await siteToPrerender())?.years ?? [];
}

export async function companyIdsToPrerender(): Promise<string[]> {
  return site.isDevelopment ? [] : (await getCompanies(routing.defaultLocale)).map((company) => company.id);
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
