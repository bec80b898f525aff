import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import ListSection from '@/components/article/ListSection';
import { getListPage } from '@/lib/outputs/store/queries';
import { pageMetadata } from '@/lib/core/i18n/metadata';
import { localeParams } from '@/lib/core/i18n/params';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await localeParams(params);
  return pageMetadata({ locale, href: '/' });
}

export default async function HomePage({ params }: Props) {
  const { locale } = await localeParams(params);
  setRequestLocale(locale);
  const t = await getTranslations('Home');
  const list = await getListPage('home', 'all', 1, locale);
  if (!list) notFound();
  return <ListSection list={list} basePath="/" heading={t('heading')} headingHidden />;
}
