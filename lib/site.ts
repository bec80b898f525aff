/** Site-wide settings that are not visible text (visible text lives in the message files). */
export const site = {
  /** The deployed origin, for canonical URLs and feeds; Vercel sets VERCEL_PROJECT_PRODUCTION_URL. */
  url: process.env.SITE_URL ?? (process.env.VERCEL_PROJECT_PRODUCTION_URL ? `https://${process.env.VERCEL_PROJECT_PRODUCTION_URL}` : 'http://localhost:3000'),
} as const;
