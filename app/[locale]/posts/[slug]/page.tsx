import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import ArticleBody from '@/components/article/ArticleBody';
import ArticleHeader from '@/components/article/ArticleHeader';
import ArticleJsonLd from '@/components/article/ArticleJsonLd';
import ArticlePager from '@/components/article/ArticlePager';
import ArticleRelations from '@/components/article/ArticleRelations';
import ConvertedNotice from '@/components/article/ConvertedNotice';
import DraftBanner from '@/components/article/DraftBanner';
import TableOfContents from '@/components/article/TableOfContents';
import Comments from '@/components/comments/Comments';
import CompanySidebar from '@/components/company/CompanySidebar';
import ShareBar from '@/components/share/ShareBar';
import VocabularyReview from '@/components/dev/VocabularyReview';
import { articleSlugsToPrerender } from '@/lib/outputs/store/static-params';
import { getArticle } from '@/lib/outputs/store/queries';
import { pageMetadata } from '@/lib/core/i18n/metadata';
import { localeParams } from '@/lib/core/i18n/params';
import { shareImagePath } from '@/lib/outputs/share-image/card';

type Props = { params: Promise<{ locale: string; slug: string }> };

// The newest articles (all, unless PRERENDER_LATEST says otherwise) are pre-rendered; any other is
// rendered on its first request and cached from then on; an unknown slug is a 404.
export async function generateStaticParams() {
  return (await articleSlugsToPrerender()).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await localeParams(params);
  const article = await getArticle(slug, locale);
  if (!article) return {};
  return pageMetadata({
    locale,
    href: article.path,
    title: article.title,
    description: article.excerpt,
    // A draft on a preview deployment must not be indexed.
    noindex: article.isDraft,
    image: shareImagePath(locale, slug),
    article: {
      publishedTime: article.publishedAt.toISOString(),
      modifiedTime: (article.updatedAt ?? article.publishedAt).toISOString(),
      tags: article.tags.map((tag) => tag.name),
      authors: article.authors.length > 0 ? article.authors : undefined,
    },
  });
}

export default async function ArticlePage({ params }: Props) {
  const { locale, slug } = await localeParams(params);
  setRequestLocale(locale);
  const article = await getArticle(slug, locale);
  if (!article) notFound();
  return (
    <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_17rem] lg:gap-12">
      <article className="min-w-0">
        {article.isDraft && <DraftBanner />}
        <ArticleHeader article={article} />
        <ArticleRelations article={article} />
        {/* An article in another language (English) is shown as written: nothing was converted. */}
        {article.originalLocale !== locale && !article.language && <ConvertedNotice article={article} />}
        {article.vocabularyReview && <VocabularyReview changes={article.vocabularyReview} lang={article.originalLocale} />}
        <TableOfContents headings={article.headings} />
        <div lang={article.language}>
          <ArticleBody article={article} locale={locale} />
        </div>
        <ArticleJsonLd article={article} locale={locale} image={shareImagePath(locale, slug)} />
        <ShareBar article={article} locale={locale} />
        <ArticlePager article={article} />
        <Comments article={article} locale={locale} />
      </article>
      <CompanySidebar companies={article.companies} />
    </div>
  );
}
