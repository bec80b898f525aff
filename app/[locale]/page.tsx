import { getTranslations, setRequestLocale } from 'next-intl/server';
import ArticleList from '@/components/article/ArticleList';
import { getArticles } from '@/lib/content/queries';
import type { Locale } from '@/lib/i18n/routing';

type Props = { params: Promise<{ locale: Locale }> };

export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Home');
  const articles = getArticles(locale);
  return (
    <section className="mx-auto max-w-3xl">
      <h1 className="sr-only">{t('heading')}</h1>
      <ArticleList articles={articles} />
    </section>
  );
}
