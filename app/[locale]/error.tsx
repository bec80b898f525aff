'use client';

import { useTranslations } from 'next-intl';

type Props = { reset: () => void };

export default function ErrorPage({ reset }: Props) {
  const t = useTranslations('Error');
  return (
    <section className="mx-auto max-w-3xl py-10">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <button type="button" onClick={reset} className="mt-6 rounded border px-3 py-1.5">
        {t('retry')}
      </button>
    </section>
  );
}
