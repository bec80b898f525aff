import { useTranslations } from 'next-intl';
import type { RelatedCompany } from '@/lib/outputs/store/queries';
import CompanyCard from './CompanyCard';

type Props = { companies: RelatedCompany[] };

/** Beside the article on wide screens, after it on phones; server-rendered, no client JavaScript. */
export default function CompanySidebar({ companies }: Props) {
  const t = useTranslations('Companies');
  if (companies.length === 0) return null;
  return (
    <aside aria-labelledby="related-companies" className="mt-12 lg:mt-0">
      <h2 id="related-companies" className="mb-3 text-base font-bold">
        {t('sidebarTitle')}
      </h2>
      <ul className="space-y-3">
        {companies.map((related) => (
          <CompanyCard key={related.company.id} related={related} />
        ))}
      </ul>
    </aside>
  );
}
