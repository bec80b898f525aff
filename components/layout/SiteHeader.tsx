import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import LocaleSwitcher from './LocaleSwitcher';

export default async function SiteHeader() {
  const [t, tMeta] = await Promise.all([getTranslations('Header'), getTranslations('Metadata')]);
  return (
    <header className="border-b border-zinc-200 dark:border-zinc-800">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-2">
        {t('skipToContent')}
      </a>
      <div className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="text-lg font-bold tracking-wide" aria-label={`${tMeta('siteName')} — ${t('home')}`}>
          {tMeta('siteName')}
        </Link>
        <nav className="flex items-center gap-4">
          <Link href="/companies" className="text-sm hover:underline">
            {t('companies')}
          </Link>
          <LocaleSwitcher />
        </nav>
      </div>
    </header>
  );
}
