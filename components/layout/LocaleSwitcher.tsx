import { getLocale, getTranslations } from 'next-intl/server';
import { otherLocale } from '@/lib/i18n/routing';
import LocaleSwitcherLink from './LocaleSwitcherLink';

export default async function LocaleSwitcher() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations('LocaleSwitcher')]);
  return <LocaleSwitcherLink locale={otherLocale(locale)} label={t('label')} description={t('description')} />;
}
