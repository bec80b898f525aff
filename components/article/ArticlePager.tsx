import { useTranslations } from 'next-intl';
import type { Article } from '@/lib/outputs/store/queries';
import SiteLink from '@/components/layout/SiteLink';

type Props = { article: Article };

/** The older and the newer article, then up to three related ones (shared companies and tags). */
export default function ArticlePager({ article }: Props) {
  const t = useTranslations('Article');
  const { previous, next, related } = article;
  return (
    <>
      {(previous || next) && (
        <nav aria-label={t('pager')} className="mt-12 grid gap-3 border-t border-line pt-6 text-sm sm:grid-cols-2">
          {previous && (
            <SiteLink href={previous.path} rel="prev" className="rounded-lg border border-line p-3 hover:bg-surface-soft">
              <span className="block text-muted">← {t('previous')}</span>
              {previous.title}
            </SiteLink>
          )}
          {next && (
            <SiteLink
              href={next.path}
              rel="next"
              className="rounded-lg border border-line p-3 text-end hover:bg-surface-soft sm:col-start-2"
            >
              <span className="block text-muted">{t('next')} →</span>
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
          <ul className="mt-3 list-disc space-y-1 ps-5 [&_a]:underline-offset-2 [&_a:hover]:underline">
            {related.map((link) => (
              <li key={link.slug}>
                <SiteLink href={link.path}>{link.title}</SiteLink>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
