import { getTranslations } from 'next-intl/server';
import type { Article } from '@/lib/content/store';
import SiteLink from '@/components/layout/SiteLink';

type Props = { article: Article };

/** The older and the newer article, then up to three related ones (shared companies and tags). */
export default async function ArticlePager({ article }: Props) {
  const t = await getTranslations('Article');
  const { previous, next, related } = article;
  return (
    <>
      {(previous || next) && (
        <nav aria-label={t('pager')} className="mt-12 grid gap-3 border-t border-zinc-200 pt-6 text-sm sm:grid-cols-2 dark:border-zinc-800">
          {previous && (
            <SiteLink href={previous.path} rel="prev" className="rounded-lg border border-zinc-200 p-3 hover:bg-zinc-50 dark:border-zinc-800 dark:hover:bg-zinc-900">
              <span className="block text-zinc-600 dark:text-zinc-400">← {t('previous')}</span>
              {previous.title}
            </SiteLink>
          )}
          {next && (
            <SiteLink href={next.path} rel="next" className="rounded-lg border border-zinc-200 p-3 text-end hover:bg-zinc-50 sm:col-start-2 dark:border-zinc-800 dark:hover:bg-zinc-900">
              <span className="block text-zinc-600 dark:text-zinc-400">{t('next')} →</span>
              {next.title}
            </SiteLink>
          )}
        </nav>
      )}
      {related.length > 0 && (
        <section aria-labelledby="related-heading" className="mt-10">
          <h2 id="related-heading" className="text-lg font-bold">
            {t('related')}
          </h2>
          <ul className="mt-3 list-disc space-y-1 ps-5">
            {related.map((link) => (
              <li key={link.slug}>
                <SiteLink href={link.path} className="underline-offset-2 hover:underline">
                  {link.title}
                </SiteLink>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
