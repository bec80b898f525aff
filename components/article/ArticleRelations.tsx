import { getTranslations } from 'next-intl/server';
import SiteLink from '@/components/layout/SiteLink';
import type { Article } from '@/lib/outputs/store/queries';

type Props = { article: Article };

/** Where the article stands among others: its place in each series, its translations, or the article it translates. */
export default async function ArticleRelations({ article }: Props) {
  if (article.series.length === 0 && article.translations.length === 0 && !article.original) return null;
  const t = await getTranslations('Article');
  return (
    <ul className="mb-6 space-y-1 text-sm text-muted [&_a]:underline [&_a]:underline-offset-2">
      {article.series.map((part) => (
        <li key={part.key}>
          <SiteLink href={part.path}>{t('seriesPart', { name: part.name, position: part.position, total: part.total })}</SiteLink>
        </li>
      ))}
      {article.translations.length > 0 && (
        <li>
          {t('translations')}
          {article.translations.map((translation, index) => (
            <span key={translation.slug}>
              {index > 0 && '、'}
              <SiteLink href={translation.path} lang={translation.language}>
                {translation.title}
              </SiteLink>
            </span>
          ))}
        </li>
      )}
      {article.original && (
        <li>
          {t('original')}
          <SiteLink href={article.original.path}>{article.original.title}</SiteLink>
        </li>
      )}
    </ul>
  );
}
