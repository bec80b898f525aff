'use client';

import { useParams } from 'next/navigation';

type Props = { reset: () => void };

/**
 * The error boundary renders in the browser, where next-intl's client provider would cost every page
 * its message formatter (12 KB gzip): its two strings live here instead, per script.
 */
const MESSAGES = {
  'zh-hant': { title: '頁面出了點問題', retry: '再試一次' },
  'zh-hans': { title: '页面出了点问题', retry: '再试一次' },
} as const;

export default function ErrorPage({ reset }: Props) {
  const { locale } = useParams<{ locale: string }>();
  const t = MESSAGES[locale === 'zh-hans' ? 'zh-hans' : 'zh-hant'];
  return (
    <section className="mx-auto max-w-3xl py-10">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <button type="button" onClick={reset} className="mt-6 rounded border px-3 py-1.5">
        {t.retry}
      </button>
    </section>
  );
}
