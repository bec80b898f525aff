import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import SearchForm from '@/components/search/SearchForm';
import SearchResults from '@/components/search/SearchResults';
import { pageMetadata } from '@/lib/core/i18n/metadata';
import { getPathname } from '@/lib/core/i18n/navigation';
import { localeParams } from '@/lib/core/i18n/params';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await localeParams(params);
  const t = await getTranslations({ locale, namespace: 'Search' });
  // A page of results is no page to index.
  return pageMetadata({ locale, href: '/search', title: t('title'), description: t('description'), noindex: true });
}

/**
 * Full-text search, static: the page is the same for every query; the browser reads `?q=` and searches
 * the index the build wrote under /_search/ (lib/outputs/search/). Only this page loads that code.
 */
export default async function SearchPage({ params }: Props) {
  const { locale } = await localeParams(params);
  setRequestLocale(locale);
  const t = await getTranslations('Search');
  const action = getPathname({ href: '/search', locale });
  return (
    <section className="mx-auto max-w-3xl">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <SearchForm
        action={action}
        inputId="search-query"
        hintId="search-hint"
        strings={{ label: t('label'), placeholder: t('placeholder'), submit: t('submit') }}
      />
      <p id="search-hint" className="mt-2 text-sm text-muted">
        {t('hint')}
      </p>
      <noscript>
        <p className="mt-6">{t('noscript')}</p>
      </noscript>
      <SearchResults
        strings={{
          loading: t('loading'),
          error: t('error'),
          more: t('more'),
          resultsLabel: t('resultsLabel'),
          // Templates, filled in the browser: {query} and {count}.
          resultsNone: t.raw('resultsNone') as string,
          resultsCount: t.raw('resultsCount') as string,
        }}
        script={locale === 'zh-Hant' ? 'hant' : 'hans'}
        localePrefix={action.slice(0, -'/search'.length)}
      />
    </section>
  );
}
