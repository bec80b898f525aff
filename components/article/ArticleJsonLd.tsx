import type { Article as ArticleSchema, WithContext } from 'schema-dts';
import type { Article } from '@/lib/content/queries';
import { absoluteUrl } from '@/lib/i18n/urls';
import type { Locale } from '@/lib/i18n/routing';

type Props = { article: Article; locale: Locale };

/** Structured data for search engines: the article in this page's script, with its source. */
export default function ArticleJsonLd({ article, locale }: Props) {
  const data: WithContext<ArticleSchema> = {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: article.title,
    description: article.excerpt || undefined,
    datePublished: article.publishedAt.toISOString(),
    inLanguage: locale,
    url: absoluteUrl(article.path, locale),
    image: article.coverImage,
    keywords: article.tags,
    isBasedOn: article.sourceUrl,
  };
  // `<` escaped so no text in the article can close the script element.
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
