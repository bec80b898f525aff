import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { site } from './lib/core/site';
import { EMBED_FRAME_ORIGINS } from './lib/text/embeds';

const withNextIntl = createNextIntlPlugin('./lib/core/i18n/request.ts');

const isDevelopment = process.env.NODE_ENV === 'development';

/**
 * The Content-Security-Policy of every response (README, "Security"). As strict as static pages allow:
 *
 * - Scripts: only our own files, plus inline script elements. A statically pre-rendered App Router page
 *   carries its React Server Components payload in inline `<script>self.__next_f.push(…)</script>`
 *   elements, different on every page (86 pages of a build held 218 distinct ones). Nonces need a
 *   request-time render: with a nonce in the proxy, Next 16 serves the pre-rendered HTML without any
 *   nonce attribute and Chromium blocks every script (tried: 16 violations, no hydration). Hashes would
 *   have to list every page's payload in one header, and pages rendered on demand (PRERENDER_LATEST)
 *   are not known at build time; `experimental.sri` only adds `integrity` to the external chunks (tried:
 *   `script-src 'self'` with SRI still blocks the six inline scripts of the home page). So
 *   `'unsafe-inline'` stays for script elements (it also admits the layout's speculation rules, which
 *   would otherwise need `'inline-speculation-rules'`). Inline event handlers are refused outright
 *   (`script-src-attr 'none'`: neither React nor Next writes one), which removes the commonest
 *   injection; a `javascript:` URL would still run, which is why the sanitizer drops them
 *   (tests/e2e/hostile.test.ts). Trusted Types (`require-trusted-types-for 'script'`) would refuse those
 *   URLs too, but React sets a player's srcdoc through a guarded sink when a page is reached by a client
 *   navigation (tried: the player was blocked). `next dev` also needs `'unsafe-eval'` (React's error stacks).
 * - Styles: Shiki's highlighted code carries `style` attributes and the players' srcdoc documents a
 *   `<style>` element; CSS cannot run script, and the sanitizer drops every style element and attribute
 *   an article writes, so `'unsafe-inline'` for styles costs little.
 * - Images: articles hotlink illustrations from many news sites, a list no one could keep current (an
 *   image missing from it would vanish without a word), so any https: host, as well as data: (small
 *   inline images) and our own. An image cannot run script; article images send no referrer.
 * - Media: video and audio an article plays with the browser's own controls (`<video controls>`), from the
 *   site (bundles, static files) and, like images, from any https: host.
 * - Frames: only the players' origins (lib/text/embeds.ts). A player starts as a srcdoc frame, which
 *   inherits this policy; its play link navigates the frame to the provider, allowed by frame-src. With
 *   comments (GISCUS_REPO), giscus's origin too, for its frame only: the page loads no script of giscus's
 *   and talks to the frame by postMessage, so script-src and connect-src stay as they are.
 * - Nothing may frame us, no plugins, no `<base>`, forms post only to us (the header's search form).
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDevelopment ? " 'unsafe-eval'" : ''}`,
  "script-src-attr 'none'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: https:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self' https:",
  `frame-src ${[...EMBED_FRAME_ORIGINS, ...(site.comments ? [site.comments.origin] : [])].join(' ')}`,
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** What the players need, for our own srcdoc frames and the providers' players; every powerful feature else is off. */
const playerOrigins = ['self', ...EMBED_FRAME_ORIGINS.map((origin) => `"${origin}"`)].join(' ');
const PERMISSIONS_POLICY = [
  ...['autoplay', 'encrypted-media', 'fullscreen', 'picture-in-picture'].map((feature) => `${feature}=(${playerOrigins})`),
  ...[
    'accelerometer',
    'browsing-topics',
    'camera',
    'display-capture',
    'geolocation',
    'gyroscope',
    'hid',
    'idle-detection',
    'magnetometer',
    'microphone',
    'midi',
    'payment',
    'publickey-credentials-get',
    'screen-wake-lock',
    'serial',
    'usb',
    'xr-spatial-tracking',
  ].map((feature) => `${feature}=()`),
].join(', ');

/** Sent with every response (pages, redirects, 404s, files), from this one place. */
const SECURITY_HEADERS = [
  { key: 'Content-Security-Policy', value: CONTENT_SECURITY_POLICY },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
  // For browsers older than frame-ancestors.
  { key: 'X-Frame-Options', value: 'DENY' },
  // Always sent: browsers ignore it over http (local `next start`) and keep it from an https answer
  // (Vercel). Two years, this host only: includeSubDomains and preload are the domain owners' call.
  { key: 'Strict-Transport-Security', value: 'max-age=63072000' },
];

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // No source maps for a production build's server code: 18 MiB at 1,000 articles, 6% of `.next`, that
  // `next start` never reads (Node applies them only under NODE_OPTIONS=--enable-source-maps) and Vercel
  // does not deploy. The price: a page that fails to pre-render shows its stack in the minified chunks;
  // reproduce it under `npm run dev`, which keeps its maps, or drop this line for one build.
  ...(!isDevelopment && { experimental: { turbopackSourceMaps: false } }),
  poweredByHeader: false,
  // The proxy redirects trailing slashes itself, so an old Hugo address (/2015/03/post/) takes one hop.
  skipTrailingSlashRedirect: true,
  async headers() {
    return [{ source: '/:path*', headers: SECURITY_HEADERS }];
  },
  // Where crawlers and a Hugo blog's search console look for the sitemap: our index of sitemaps.
  async redirects() {
    return [{ source: '/sitemap.xml', destination: '/sitemap-index.xml', permanent: true }];
  },
  // The content store and bundle files are served from the CDN (public/); functions read them there
  // when they render a page on demand, so they never weigh on a function (tests/bench/MEASURED.md, "100,000 articles").
  outputFileTracingExcludes: { '*': ['public/_store/**', 'public/bundles/**', '.contentlayer/**', 'content/posts/**'] },
  // Pages rendered on demand convert with the site vocabulary, read from these files at run time.
  // Share images read their font slices by name (lib/outputs/share-image/fonts.ts): the two weights of each script.
  outputFileTracingIncludes: {
    '/[locale]/**': ['content/vocabulary/*.yaml'],
    '/og/**': ['tc', 'sc'].flatMap((script) =>
      [400, 700].flatMap((weight) => [
        `node_modules/@fontsource/noto-sans-${script}/${weight}.css`,
        `node_modules/@fontsource/noto-sans-${script}/files/*-${weight}-normal.woff`,
      ]),
    ),
  },
  // A native addon (resvg's rasterizer) is loaded from node_modules, not bundled.
  serverExternalPackages: ['@resvg/resvg-js'],
};

export default withNextIntl(nextConfig);
