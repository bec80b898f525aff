/**
 * The site's page addresses below the locale prefix (`/posts/x`; navigation.ts adds `/zh-hant`): the one place
 * that knows how each kind of page is addressed. Pages, feeds, the sitemap, the search index, Hugo refs, the
 * proxy's redirects and the checker's messages all build addresses here.
 */

export const articlePath = (slug: string) => `/posts/${slug}`;

/** A page's address (about, docs): its whole path, below the locale like every page of the site. */
export const pageAddress = (path: string) => `/${path}`;

export const companyPath = (id: string) => `/companies/${id}`;

export type TermKind = 'tags' | 'categories' | 'series';

/** A tag's or category's list: its key as one encoded segment (keys may hold Han characters and spaces' hyphens). */
export const termPath = (kind: TermKind, key: string) => `/${kind}/${encodeURIComponent(key)}`;

export const yearPath = (year: string) => `/archive/${year}`;

/** The address of page N of a list: page 1 is the list itself, the others …/page/N. */
export function pageHref(basePath: string, page: number): string {
  if (page <= 1) return basePath;
  return `${basePath === '/' ? '' : basePath}/page/${page}`;
}
