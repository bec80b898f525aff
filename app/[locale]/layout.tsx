import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import ContentRefresh from '@/components/dev/ContentRefresh';
import WaitingForContent from '@/components/dev/WaitingForContent';
import SiteHeader from '@/components/layout/SiteHeader';
import { isStoreReady } from '@/lib/content/store';
import { isLocale, routing } from '@/lib/i18n/routing';
import { site } from '@/lib/site';
import './globals.css';

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

// Only our two locales exist; anything else is a 404, not an on-demand render.
export const dynamicParams = false;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  return {
    metadataBase: new URL(site.url),
    title: { default: t('siteName'), template: `%s｜${t('siteName')}` },
    description: t('siteDescription'),
  };
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  // Static rendering: next-intl 4.14 reads the locale from here, not from request headers.
  setRequestLocale(locale);
  const { Error: errorMessages } = await getMessages();
  // `npm run dev` answers before Contentlayer's first generation: a page that waits, never an error.
  const ready = await isStoreReady();
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-white text-zinc-900 antialiased dark:bg-zinc-950 dark:text-zinc-100">
        {/* Client leaves get their strings as props; only the error boundary reads messages itself. */}
        <NextIntlClientProvider messages={{ Error: errorMessages }}>
          <SiteHeader />
          <main id="main" className="mx-auto max-w-5xl px-4 py-6 sm:py-10">
            {ready ? children : <WaitingForContent />}
          </main>
        </NextIntlClientProvider>
        {site.isDevelopment && <ContentRefresh />}
      </body>
    </html>
  );
}
