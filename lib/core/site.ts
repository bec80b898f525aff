/** Site-wide settings and the environment variables behind them (read here only). */

/** Where functions that render on demand read the content store when their deployment does not carry it. */
function contentStoreUrl(): string | undefined {
  if (process.env.CONTENT_STORE_URL) return process.env.CONTENT_STORE_URL.replace(/\/$/, '');
  // Vercel's address of this very deployment, so the store read always matches the code that reads it.
  if (process.env.VERCEL_URL) return `https://${process.env.VERCEL_URL}`;
  return undefined;
}

function prerenderLatest(): number | undefined {
  const value = process.env.PRERENDER_LATEST;
  if (value === undefined || value === '') return undefined;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 0) throw new Error(`PRERENDER_LATEST must be a whole number of articles, not "${value}"`);
  return count;
}

/**
 * Comments by giscus (GitHub Discussions), when GISCUS_REPO names a repository; without it, no article shows
 * comments. The ids come from https://giscus.app's configuration page for that repository (the giscus app
 * must be installed on it and Discussions turned on); GISCUS_CATEGORY names the category the ids belong to.
 */
export type GiscusSettings = {
  /** Where giscus runs: its public service, or a self-hosted one (GISCUS_ORIGIN). The CSP admits its frames, and nothing else of it. */
  origin: string;
  repo: string;
  repoId: string;
  category: string;
  categoryId: string;
  /**
   * Find an article's discussion by the SHA-1 of its term in the body rather than by a title search,
   * which GitHub matches loosely: a slug that begins another (`ai`, `ai-race`) would find the wrong thread.
   * On by default; GISCUS_STRICT=0 for discussions created before giscus wrote the hash.
   */
  strict: boolean;
};

function giscus(): GiscusSettings | undefined {
  const repo = process.env.GISCUS_REPO?.trim();
  if (!repo) return undefined;
  if (!/^[\w.-]+\/[\w.-]+$/.test(repo)) throw new Error(`GISCUS_REPO must be owner/name, not "${repo}"`);
  const required = (name: string) => {
    const value = process.env[name]?.trim();
    if (!value) throw new Error(`GISCUS_REPO is set, so ${name} must be too (giscus.app shows it for ${repo})`);
    return value;
  };
  const origin = process.env.GISCUS_ORIGIN?.trim().replace(/\/$/, '') || 'https://giscus.app';
  if (!/^https:\/\/[^/?#\s]+$/.test(origin) && !/^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/.test(origin))
    throw new Error(`GISCUS_ORIGIN must be an https origin such as https://giscus.example.com, not "${origin}"`);
  return {
    origin,
    repo,
    repoId: required('GISCUS_REPO_ID'),
    category: process.env.GISCUS_CATEGORY?.trim() ?? '',
    categoryId: required('GISCUS_CATEGORY_ID'),
    strict: process.env.GISCUS_STRICT !== '0',
  };
}

export const site = {
  /** The deployed origin, for canonical URLs; Vercel sets VERCEL_PROJECT_PRODUCTION_URL. */
  url:
    process.env.SITE_URL ??
    (process.env.VERCEL_PROJECT_PRODUCTION_URL ? `https://${process.env.VERCEL_PROJECT_PRODUCTION_URL}` : 'http://localhost:3000'),
  /**
   * Whether drafts are built, marked as drafts and kept out of search engines. `npm run dev` sets
   * SHOW_DRAFTS=1; a preview deployment may set it too; a production build never has it.
   */
  showDrafts: process.env.SHOW_DRAFTS === '1',
  isDevelopment: process.env.NODE_ENV === 'development',
  contentStoreUrl: contentStoreUrl(),
  /** Vercel's protection bypass, when the project protects its deployments (preview protection). */
  contentStoreHeaders: process.env.VERCEL_AUTOMATION_BYPASS_SECRET
    ? { 'x-vercel-protection-bypass': process.env.VERCEL_AUTOMATION_BYPASS_SECRET }
    : undefined,
  /**
   * PRERENDER_LATEST=N pre-renders the newest N articles (in both scripts) at build time and renders the
   * others on their first request, then caches them (ISR). Unset: every article is pre-rendered.
   */
  prerenderLatest: prerenderLatest(),
  /** Set by `npm run dev` for Contentlayer's watch only: it writes the content store after each generation. */
  writesStoreOnGeneration: process.env.WRITE_CONTENT_STORE === '1',
  /** Article comments (giscus), or undefined when the site has none. Pre-rendered pages take it at build time. */
  comments: giscus(),
} as const;
