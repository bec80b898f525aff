import { useTranslations } from 'next-intl';
import type { ArticleSummary } from '@/lib/outputs/store/queries';
import SiteLink from '@/components/layout/SiteLink';
import DraftBadge from './DraftBadge';
import PublishedDate from './PublishedDate';

type Props = { article: ArticleSummary };

export default function ArticleCard({ article }: Props) {
  const t = useTranslations('Home');
  return (
    <article className="py-6">
      <h2 className="text-lg leading-snug font-semibold sm:text-xl">
        {article.isDraft && <DraftBadge />}
        {/* No prefetch on load: a list of twenty would fetch twenty pages nobody asked for. */}
        <SiteLink href={article.path} className="hover:underline">
          {article.title}
        </SiteLink>
      </h2>
      <p className="mt-1 flex flex-wrap gap-x-3 text-sm text-muted">
        <PublishedDate date={article.publishedAt} />
        {article.sourceName && <span>{t('source', { name: article.sourceName })}</span>}
      </p>
      {article.excerpt && <p className="mt-2 line-clamp-3 text-zinc-700 dark:text-zinc-300">{article.excerpt}</p>}
    </article>
  );
}
