import { getTranslations } from 'next-intl/server';

/** Only drafts get it, and drafts only exist where SHOW_DRAFTS=1 (dev, previews). */
export default async function DraftBanner() {
  const t = await getTranslations('Draft');
  return (
    <p
      role="note"
      className="mb-6 rounded-md border-2 border-dashed border-rose-400 px-3 py-2 text-sm font-medium text-rose-800 dark:text-rose-200"
    >
      {t('banner')}
    </p>
  );
}
