import type { Locale } from '../../core/i18n/routing';
import type { GiscusSettings } from '../../core/site';

/**
 * giscus's widget address, built as its client.js builds it (giscus/giscus, client.ts) so that the page
 * loads no script of giscus's: the frame is the whole integration. Runs in the browser (the origin and the
 * theme are the page's), so this module imports types only.
 */

/** giscus's interface languages for our two scripts. */
export const GISCUS_LANGUAGE: Record<Locale, 'zh-TW' | 'zh-CN'> = { 'zh-Hant': 'zh-TW', 'zh-Hans': 'zh-CN' };

/** What a page passes to its comments: the site's settings and the article's thread. */
export type GiscusThread = GiscusSettings & {
  /**
   * The article's slug, the same in both scripts (`mapping=specific`): Traditional and Simplified readers
   * share one discussion, which a mapping by path or title would split in two.
   */
  term: string;
  lang: 'zh-TW' | 'zh-CN';
  /** The discussion's description when giscus creates it (client.js reads og:description). */
  description: string;
};

export function giscusWidgetUrl(thread: GiscusThread, page: { url: string; theme: 'light' | 'dark'; session: string }): string {
  const params = new URLSearchParams({
    origin: page.url,
    session: page.session,
    theme: page.theme,
    reactionsEnabled: '1',
    emitMetadata: '0',
    inputPosition: 'bottom',
    repo: thread.repo,
    repoId: thread.repoId,
    category: thread.category,
    categoryId: thread.categoryId,
    strict: thread.strict ? '1' : '0',
    description: thread.description,
    backLink: page.url,
    term: thread.term,
  });
  return `${thread.origin}/${thread.lang}/widget?${params}`;
}
