import { getLocale, getTranslations } from 'next-intl/server';
import SiteLink from '@/components/layout/SiteLink';
import { getPathname } from '@/lib/core/i18n/navigation';
import ThemeSwitch from '@/components/theme/ThemeSwitch';
import LocaleSwitcher from './LocaleSwitcher';

/** The header: home, the ways into the archive, a search form (plain HTML: it works without JavaScript) and the switcher. */
export default async function SiteHeader() {
  const [t, tMeta, tSearch, tTheme, locale] = await Promise.all([
    getTranslations('Header'),
    getTranslations('Metadata'),
    getTranslations('Search'),
    getTranslations('Theme'),
    getLocale(),
  ]);
  return (
    <header className="border-b border-line">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-2">
        {t('skipToContent')}
      </a>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
        <SiteLink href="/" className="text-lg font-bold tracking-wide" aria-label={`${tMeta('siteName')} — ${t('home')}`}>
          {tMeta('siteName')}
        </SiteLink>
        <div className="flex items-center gap-3">
          <form role="search" action={getPathname({ href: '/search', locale })} className="flex">
            <label htmlFor="site-search" className="sr-only">
              {tSearch('label')}
            </label>
            <input
              id="site-search"
              type="search"
              name="q"
              required
              placeholder={tSearch('title')}
              className="w-28 rounded-s-full border border-control bg-transparent px-3 py-1.5 text-sm sm:w-44"
            />
            <button type="submit" className="rounded-e-full border border-s-0 border-control px-3 py-1.5 text-sm hover:bg-surface">
              {tSearch('submit')}
            </button>
          </form>
          <LocaleSwitcher />
        </div>
        <div className="flex w-full flex-wrap items-center justify-between gap-x-4">
          <nav aria-label={t('nav')} className="flex flex-wrap gap-x-4 text-sm [&_a]:rounded [&_a]:px-1 [&_a]:py-2 [&_a:hover]:underline">
            <SiteLink href="/tags">{t('tags')}</SiteLink>
            <SiteLink href="/archive">{t('archive')}</SiteLink>
            <SiteLink href="/companies">{t('companies')}</SiteLink>
            <a href={getPathname({ href: '/feed.xml', locale })}>{t('feed')}</a>
          </nav>
          <ThemeSwitch label={tTheme('label')} options={{ system: tTheme('system'), light: tTheme('light'), dark: tTheme('dark') }} />
        </div>
      </div>
    </header>
  );
}
