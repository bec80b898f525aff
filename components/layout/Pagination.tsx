import { getTranslations } from 'next-intl/server';
import SiteLink from '@/components/layout/SiteLink';

type Props = { basePath: string; page: number; pages: number };

/** The address of page N of a list: page 1 is the list itself, the others …/page/N. */
export function pageHref(basePath: string, page: number): string {
  if (page <= 1) return basePath;
  return `${basePath === '/' ? '' : basePath}/page/${page}`;
}

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
