import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import ArticleBody from '@/components/article/ArticleBody';
import ArticleHeader from '@/components/article/ArticleHeader';
import ArticleJsonLd from '@/components/article/ArticleJsonLd';
import ConvertedNotice from '@/components/article/ConvertedNotice';
import DraftBanner from '@/components/article/DraftBanner';
import CompanySidebar from '@/components/company/CompanySidebar';
import { getArticle, getArticleSlugs, getRelatedCompanies } from '@/lib/content/queries';
import { getPathname } from '@/lib/i18n/navigation';
import { routing, type Locale } from '@/lib/i18n/routing';

type Props = { params: Promise<{ locale: Locale; slug: string }> };

export function generateStaticParams() {
  return getArticleSlugs().map((slug) => ({ slug }));
}

// Every article is pre-rendered; an unknown slug is a 404.
export const dynamicParams = false;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const article = getArticle(slug, locale);
  if (!article) return {};
  return {
    title: article.title,
    description: article.excerpt || undefined,
    // A draft on a preview deployment must not be indexed.
    robots: article.isDraft ? { index: false, follow: false } : undefined,
    alternates: {
      canonical: getPathname({ href: article.path, locale }),
      languages: Object.fromEntries(routing.locales.map((other) => [other, getPathname({ href: article.path, locale: other })])),
    },
    openGraph: {
      type: 'article',
      title: article.title,
      description: article.excerpt || undefined,
      publishedTime: article.publishedAt.toISOString(),
      locale: locale === 'zh-Hans' ? 'zh_CN' : 'zh_TW',
      images: article.coverImage ? [article.coverImage] : undefined,
    },
  };
}

export default async function ArticlePage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const article = getArticle(slug, locale);
  if (!article) notFound();
  return (
    <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_17rem] lg:gap-12">
      <article className="min-w-0">
        {article.isDraft && <DraftBanner />}
        <ArticleHeader article={article} />
        {article.originalLocale !== locale && <ConvertedNotice article={article} />}
        <ArticleBody article={article} />
        <ArticleJsonLd article={article} locale={locale} />
      </article>
      <CompanySidebar companies={getRelatedCompanies(slug, locale)} />
    </div>
  );
}
