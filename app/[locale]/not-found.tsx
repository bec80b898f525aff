import { useTranslations } from 'next-intl';
import SiteLink from '@/components/layout/SiteLink';

// Rendered inside the locale layout, so the message is in the page's script.
export default function NotFound() {
  const t = useTranslations('NotFound');
  return (
    <section className="mx-auto max-w-3xl py-10">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-3 text-muted">{t('description')}</p>
      <p className="mt-6">
        <SiteLink href="/" className="underline underline-offset-2">
          {t('backHome')}
        </SiteLink>
      </p>
    </section>
  );
}
