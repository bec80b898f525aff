import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import ListSection from '@/components/article/ListSection';
import CompanyProfile from '@/components/company/CompanyProfile';
import { pageHref } from '@/lib/core/routes';
import { getCompany, getListPage } from '@/lib/outputs/store/queries';
import { companyIdsToPrerender, pageNumber } from '@/lib/outputs/store/static-params';
import { pageMetadata } from '@/lib/core/i18n/metadata';
import { localeParams } from '@/lib/core/i18n/params';

type Props = { params: Promise<{ locale: string; id: string; page?: string }> };

/** A company's page: its profile, then the articles about it, twenty a page (`/companies/nvidia/page/2`). */
export function companyRoute(paged: boolean) {
  const resolve = async (params: Props['params']) => {
    const { locale, id, page } = await localeParams(params);
    return { locale, id, number: paged ? pageNumber(page ?? '') : 1 };
  };
  return {
    async generateStaticParams() {
      // Page 2 on is rendered on its first request (lib/outputs/store/static-params.ts).
      if (paged) return [];
      return (await companyIdsToPrerender()).map((id) => ({ id }));
    },
    async generateMetadata({ params }: Props): Promise<Metadata> {
      const { locale, id, number } = await resolve(params);
      const company = await getCompany(id, locale);
      if (!company || !number) return {};
      return pageMetadata({ locale, href: pageHref(company.path, number), title: company.name, description: company.description });
    },
    async Page({ params }: Props) {
      const { locale, id, number } = await resolve(params);
      setRequestLocale(locale);
      const company = await getCompany(id, locale);
      const list = company && number && (await getListPage('companies', id, number, locale));
      if (!company || !list) notFound();
      const t = await getTranslations('Companies');
      return (
        <>
          {list.page === 1 && <CompanyProfile company={company} />}
          <ListSection
            list={list}
            basePath={company.path}
            headingLevel={list.page === 1 ? 'h2' : 'h1'}
            heading={
              list.page === 1 ? t('articlesAbout', { name: company.name }) : `${t('articlesAbout', { name: company.name })}（${list.page}）`
            }
          >
            {list.total === 0 && <p className="mt-3 text-muted">{t('noArticles')}</p>}
          </ListSection>
        </>
      );
    },
  };
}
