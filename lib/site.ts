/** Site-wide settings and the environment variables behind them (read here only). */
export const site = {
  /** The deployed origin, for canonical URLs; Vercel sets VERCEL_PROJECT_PRODUCTION_URL. */
  url: process.env.SITE_URL ?? (process.env.VERCEL_PROJECT_PRODUCTION_URL ? `https://${process.env.VERCEL_PROJECT_PRODUCTION_URL}` : 'http://localhost:3000'),
  /**
   * Whether drafts are built, marked as drafts and kept out of search engines. `npm run dev` sets
   * SHOW_DRAFTS=1; a preview deployment may set it too; a production build never has it.
   */
  showDrafts: process.env.SHOW_DRAFTS === '1',
} as const;
