import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import ContentRefresh from '@/components/dev/ContentRefresh';
import WaitingForContent from '@/components/dev/WaitingForContent';
import SiteHeader from '@/components/layout/SiteHeader';
import ThemeHeadScript from '@/components/theme/ThemeHeadScript';
import { isStoreReady } from '@/lib/outputs/store/queries';
import { localeSegment, routing } from '@/lib/core/i18n/routing';
import { site } from '@/lib/core/site';
import './globals.css';
import { localeParams } from '@/lib/core/i18n/params';

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

/**
 * Prefetch on intent: the browser fetches a page of the site when the reader hovers or presses its link
 * (eagerness "moderate"), never every link in view, and with no script of ours (Speculation Rules; other
 * browsers simply navigate). The content store and search index are data, not pages.
 */
const SPECULATION_RULES = JSON.stringify({
  prefetch: [
    {
      source: 'document',
      where: { and: [{ href_matches: '/*' }, { not: { href_matches: ['/_store/*', '/_search/*', '/api/*'] } }] },
      eagerness: 'moderate',
    },
  ],
});

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale: localeSegment(locale) }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await localeParams(params);
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  return {
    metadataBase: new URL(site.url),
    title: { default: t('siteName'), template: `%s｜${t('siteName')}` },
    description: t('siteDescription'),
  };
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await localeParams(params);
  // Static rendering: next-intl 4.14 reads the locale from here, not from request headers.
  setRequestLocale(locale);
  // `npm run dev` answers before Contentlayer's first generation: a page that waits, never an error.
  const ready = await isStoreReady();
  return (
    // The head script may set data-theme before React hydrates: that difference is intended.
    <html lang={locale} suppressHydrationWarning>
      <head>
        <ThemeHeadScript />
      </head>
      <body className="min-h-screen bg-white text-zinc-900 antialiased dark:bg-zinc-950 dark:text-zinc-100">
        {/* No next-intl client provider: client leaves get their strings as props (see error.tsx). */}
        <SiteHeader />
        <main id="main" className="mx-auto max-w-5xl px-4 py-6 sm:py-10">
          {ready ? children : <WaitingForContent />}
        </main>
        <script type="speculationrules" dangerouslySetInnerHTML={{ __html: SPECULATION_RULES }} />
        {process.env.NODE_ENV === 'development' && <ContentRefresh />}
      </body>
    </html>
  );
}
