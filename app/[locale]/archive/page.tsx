import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getSite } from '@/lib/outputs/store/queries';
import { yearPath } from '@/lib/core/routes';
import { pageMetadata } from '@/lib/core/i18n/metadata';
import SiteLink from '@/components/layout/SiteLink';
import { localeParams } from '@/lib/core/i18n/params';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await localeParams(params);
  const t = await getTranslations({ locale, namespace: 'Archive' });
  return pageMetadata({ locale, href: '/archive', title: t('title'), description: t('description') });
}

/** The archive by year, as Hugo themes have it: each year and its count, leading to its list. */
export default async function ArchivePage({ params }: Props) {
  const { locale } = await localeParams(params);
  setRequestLocale(locale);
  const t = await getTranslations('Archive');
  const { years } = await getSite();
  return (
    <section className="mx-auto max-w-3xl">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-2 text-muted">{t('description')}</p>
      <ul className="mt-6 divide-y divide-line">
        {years.map(({ year, count }) => (
          <li key={year} className="flex items-baseline justify-between gap-4 py-3">
            <SiteLink href={yearPath(year)} className="font-medium hover:underline">
              {t('yearTitle', { year })}
            </SiteLink>
            <span className="text-sm text-muted">{t('count', { count })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
