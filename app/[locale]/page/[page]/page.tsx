import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import ListSection from '@/components/article/ListSection';
import { pageHref } from '@/lib/core/routes';
import { getListPage } from '@/lib/outputs/store/queries';
import { homePageNumbersToPrerender, pageNumber } from '@/lib/outputs/store/static-params';
import { pageMetadata } from '@/lib/core/i18n/metadata';
import { localeParams } from '@/lib/core/i18n/params';

type Props = { params: Promise<{ locale: string; page: string }> };

export async function generateStaticParams() {
  return (await homePageNumbersToPrerender()).map((page) => ({ page: String(page) }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, page } = await localeParams(params);
  const number = pageNumber(page);
  if (!number) return {};
  const t = await getTranslations({ locale, namespace: 'Home' });
  return pageMetadata({ locale, href: pageHref('/', number), title: t('pageTitle', { page: number }) });
}

export default async function HomeListPage({ params }: Props) {
  const { locale, page } = await localeParams(params);
  setRequestLocale(locale);
  const number = pageNumber(page);
  const list = number && (await getListPage('home', 'all', number, locale));
  if (!list) notFound();
  const t = await getTranslations('Home');
  return <ListSection list={list} basePath="/" heading={t('pageTitle', { page: list.page })} />;
}
