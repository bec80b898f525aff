import { useTranslations } from 'next-intl';
import type { CompanyView } from '@/lib/outputs/store/queries';

type Props = { company: Pick<CompanyView, 'listings'>; className?: string };

/** Where the company's shares trade ("NYSE: BABA · HKEX: 9988"), or that they do not. */
export default function ListingList({ company, className }: Props) {
  const t = useTranslations('Companies');
  if (company.listings.length === 0) return <p className={className}>{t('unlisted')}</p>;
  return (
    <p className={className}>
      <span className="sr-only">{t('listings')}</span>
      {company.listings.map(({ exchange, symbol }) => `${exchange}: ${symbol}`).join(' · ')}
    </p>
  );
}
