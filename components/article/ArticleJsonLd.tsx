import type { Article as ArticleSchema, WithContext } from 'schema-dts';
import type { Article } from '@/lib/outputs/store/queries';
import { absoluteUrl } from '@/lib/core/i18n/urls';
import type { Locale } from '@/lib/core/i18n/routing';

type Props = { article: Article; locale: Locale; image?: string };

/** Structured data for search engines: the article in this page's script, with its source. */
export default function ArticleJsonLd({ article, locale, image }: Props) {
  const data: WithContext<ArticleSchema> = {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: article.title,
    description: article.excerpt || undefined,
    datePublished: article.publishedAt.toISOString(),
    dateModified: (article.updatedAt ?? article.publishedAt).toISOString(),
    author: article.authors.map((name) => ({ '@type': 'Person' as const, name })),
    inLanguage: locale,
    url: absoluteUrl(article.path, locale),
    image: image ?? article.coverImage,
    keywords: article.tags.map((tag) => tag.name),
    isBasedOn: article.sourceUrl,
  };
  // `<` escaped so no text in the article can close the script element.
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
