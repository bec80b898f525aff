import { getTranslations } from 'next-intl/server';
import type { Article } from '@/lib/outputs/store/queries';
import SiteLink from '@/components/layout/SiteLink';

type Props = { article: Article };

/** One line saying the text was converted by machine, with a link to the article as written. */
export default async function ConvertedNotice({ article }: Props) {
  const t = await getTranslations('Article');
  const original = article.originalLocale === 'zh-Hans' ? 'hans' : 'hant';
  return (
    <p className="mb-6 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100">
      {t('converted', { original })}
      <SiteLink href={article.path} locale={article.originalLocale} className="ms-1 underline underline-offset-2">
        {t('readOriginal')}
      </SiteLink>
    </p>
  );
}
