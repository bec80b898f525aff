import { getTranslations } from 'next-intl/server';
import SiteLink from '@/components/layout/SiteLink';
import { pageHref } from '@/lib/core/routes';

type Props = { basePath: string; page: number; pages: number };

/** Previous and next as plain links: they work without JavaScript, and are fetched only when followed. */
export default async function Pagination({ basePath, page, pages }: Props) {
  if (pages <= 1) return null;
  const t = await getTranslations('Pagination');
  const linkClass = 'rounded-full border border-control px-4 py-2 hover:bg-surface';
  return (
    <nav aria-label={t('label')} className="mt-8 flex items-center justify-between gap-4 text-sm">
      {page > 1 ? (
        <SiteLink href={pageHref(basePath, page - 1)} rel="prev" className={linkClass}>
          ← {t('previous')}
        </SiteLink>
      ) : (
        <span />
      )}
      <span className="text-muted">{t('status', { page, pages })}</span>
      {page < pages ? (
        <SiteLink href={pageHref(basePath, page + 1)} rel="next" className={linkClass}>
          {t('next')} →
        </SiteLink>
      ) : (
        <span />
      )}
    </nav>
  );
}
