import { getLocale, getTranslations } from 'next-intl/server';
import { getPathname } from '@/lib/core/i18n/navigation';
import { otherLocale } from '@/lib/core/i18n/routing';
import LocaleSwitcherLink from './LocaleSwitcherLink';

export default async function LocaleSwitcher() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations('LocaleSwitcher')]);
  const other = otherLocale(locale);
  return (
    <LocaleSwitcherLink
      fromPrefix={getPathname({ href: '/', locale })}
      toPrefix={getPathname({ href: '/', locale: other })}
      hrefLang={other}
      label={t('label')}
      description={t('description')}
    />
  );
}
