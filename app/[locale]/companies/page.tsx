import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getCompanies } from '@/lib/outputs/store/queries';
import { pageMetadata } from '@/lib/core/i18n/metadata';
import SiteLink from '@/components/layout/SiteLink';
import { localeParams } from '@/lib/core/i18n/params';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await localeParams(params);
  const t = await getTranslations({ locale, namespace: 'Companies' });
  return pageMetadata({ locale, href: '/companies', title: t('indexTitle'), description: t('indexDescription') });
}

export default async function CompaniesPage({ params }: Props) {
  const { locale } = await localeParams(params);
  setRequestLocale(locale);
  const t = await getTranslations('Companies');
  const companies = await getCompanies(locale);
  return (
    <section className="mx-auto max-w-3xl">
      <h1 className="text-2xl font-bold">{t('indexTitle')}</h1>
      <p className="mt-2 text-muted">{t('indexDescription')}</p>
      <ul className="mt-6 divide-y divide-line">
        {companies.map((company) => (
          <li key={company.id} className="flex items-baseline justify-between gap-4 py-3">
            <SiteLink href={company.path} className="font-medium hover:underline">
              {company.name}
            </SiteLink>
            <span className="shrink-0 text-sm text-muted">{t('articleCount', { count: company.articleCount })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
