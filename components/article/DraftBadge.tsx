import { useTranslations } from 'next-intl';

export default function DraftBadge() {
  const t = useTranslations('Draft');
  return (
    <span className="me-2 rounded bg-rose-100 px-1.5 py-0.5 align-middle text-xs font-semibold text-rose-800 dark:bg-rose-900 dark:text-rose-100">
      {t('badge')}
    </span>
  );
}
