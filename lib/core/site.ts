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
} as const;
