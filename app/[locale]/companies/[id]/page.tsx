import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import ArticleList from '@/components/article/ArticleList';
import CompanyProfile from '@/components/company/CompanyProfile';
import { getCompany, getCompanyArticles, getCompanyIds } from '@/lib/content/queries';
import type { Locale } from '@/lib/i18n/routing';

type Props = { params: Promise<{ locale: Locale; id: string }> };

export function generateStaticParams() {
  return getCompanyIds().map((id) => ({ id }));
}

// Every company page is pre-rendered; an unknown id is a 404.
export const dynamicParams = false;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  const company = getCompany(id, locale);
  return company ? { title: company.name, description: company.description } : {};
}

export default async function CompanyPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const company = getCompany(id, locale);
  if (!company) notFound();
  const t = await getTranslations('Companies');
  const articles = getCompanyArticles(id, locale);
  return (
    <section className="mx-auto max-w-3xl">
      <CompanyProfile company={company} />
      <h2 className="text-lg font-bold">{t('articlesAbout', { name: company.name })}</h2>
      {articles.length === 0 ? (
        <p className="mt-3 text-zinc-600 dark:text-zinc-400">{t('noArticles')}</p>
      ) : (
        <ArticleList articles={articles} />
      )}
    </section>
  );
}
