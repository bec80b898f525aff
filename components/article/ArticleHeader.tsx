import { useTranslations } from 'next-intl';
import type { Article } from '@/lib/outputs/store/queries';
import { latinLang } from '@/lib/text/chinese/typography';
import PublishedDate from './PublishedDate';
import TermList from './TermList';

type Props = { article: Article };

export default function ArticleHeader({ article }: Props) {
  const t = useTranslations('Article');
  return (
    <header className="mb-8 space-y-3">
      <h1 lang={article.language} className="text-2xl leading-snug font-bold sm:text-3xl">
        {article.title}
      </h1>
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
        <PublishedDate date={article.publishedAt} />
        {article.updatedAt && article.updatedAt > article.publishedAt && (
          <span>
            {t('updated')} <PublishedDate date={article.updatedAt} />
          </span>
        )}
        {article.authors.length > 0 && (
          <span>
            {t('authors')}：{article.authors.join('、')}
          </span>
        )}
        <span>{t('readingTime', { minutes: article.readingMinutes })}</span>
        {article.sourceName && (
          <span>
            {t('source')}：
            {article.sourceUrl ? (
              <a
                href={article.sourceUrl}
                rel="noopener noreferrer"
                lang={latinLang(article.sourceName)}
                className="underline underline-offset-2"
              >
                {article.sourceName}
              </a>
            ) : (
              <span lang={latinLang(article.sourceName)}>{article.sourceName}</span>
            )}
          </span>
        )}
      </p>
      <TermList label={t('categories')} terms={article.categories} />
      <TermList label={t('tags')} terms={article.tags} />
    </header>
  );
}
