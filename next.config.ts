import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // `next build` checks the site's code; `npm run typecheck` (run by `npm test`) checks it with the tests and tools.
  typescript: { tsconfigPath: 'tsconfig.app.json' },
  // The content store and bundle files are served from the CDN (public/); functions read them there
  // when they render a page on demand, so they never weigh on a function (see README, 100,000 articles).
  outputFileTracingExcludes: { '*': ['public/_store/**', 'public/bundles/**', 'public/og/**', '.contentlayer/**', 'content/posts/**'] },
};

export default withNextIntl(nextConfig);
