import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import ListSection from '@/components/article/ListSection';
import { pageHref, yearPath } from '@/lib/core/routes';
import { getListPage } from '@/lib/outputs/store/queries';
import { pageNumber, yearsToPrerender } from '@/lib/outputs/store/static-params';
import { pageMetadata } from '@/lib/core/i18n/metadata';
import { localeParams } from '@/lib/core/i18n/params';

type Props = { params: Promise<{ locale: string; year: string; page?: string }> };

/** A year of the archive (`/archive/2025`, `/archive/2025/page/2`), years counted in Taipei time. */
export function yearRoute(paged: boolean) {
  const resolve = async (params: Props['params']) => {
    const { locale, year, page } = await localeParams(params);
    return { locale, year, number: /^\d{4}$/.test(year) ? (paged ? pageNumber(page ?? '') : 1) : undefined };
  };
  return {
    async generateStaticParams() {
      // Page 2 on is rendered on its first request (lib/outputs/store/static-params.ts).
      if (paged) return [];
      const years = await yearsToPrerender();
      return years.map(({ year }) => ({ year }));
    },
    async generateMetadata({ params }: Props): Promise<Metadata> {
      const { locale, year, number } = await resolve(params);
      if (!number) return {};
      const t = await getTranslations({ locale, namespace: 'Archive' });
      return pageMetadata({ locale, href: pageHref(yearPath(year), number), title: t('yearTitle', { year }) });
    },
    async Page({ params }: Props) {
      const { locale, year, number } = await resolve(params);
      setRequestLocale(locale);
      const list = number && (await getListPage('years', year, number, locale));
      if (!list) notFound();
      const t = await getTranslations('Archive');
      return <ListSection list={list} basePath={yearPath(year)} heading={t('yearTitle', { year })} />;
    },
  };
}
