import { getTranslations } from 'next-intl/server';

/** `npm run dev` only: Contentlayer has not written the content store yet; ContentRefresh reloads when it has. */
export default async function WaitingForContent() {
  const t = await getTranslations('Dev');
  return (
    <section role="status" className="mx-auto max-w-3xl py-10">
      <h1 className="text-2xl font-bold">{t('waiting')}</h1>
      <p className="mt-3 text-muted">{t('waitingDescription')}</p>
    </section>
  );
}
