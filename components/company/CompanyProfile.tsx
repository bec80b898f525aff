import { getTranslations } from 'next-intl/server';
import type { CompanyView } from '@/lib/outputs/store/queries';
import ListingList from './ListingList';

type Props = { company: CompanyView };

export default async function CompanyProfile({ company }: Props) {
  const t = await getTranslations('Companies');
  return (
    <header className="mb-8 space-y-3">
      <h1 className="text-2xl font-bold sm:text-3xl">
        {company.name}
        {company.englishName !== company.name && (
          <span lang="en" className="ms-2 text-base font-normal text-muted">
            {company.englishName}
          </span>
        )}
      </h1>
      <p>{company.description}</p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-muted">{t('listings')}</dt>
        <dd>
          <ListingList company={company} className="tabular-nums" />
        </dd>
        {company.headquarters && (
          <>
            <dt className="text-muted">{t('headquarters')}</dt>
            <dd>{company.headquarters}</dd>
          </>
        )}
        {company.founded && (
          <>
            <dt className="text-muted">{t('founded')}</dt>
            <dd>{t('foundedYear', { year: String(company.founded) })}</dd>
          </>
        )}
        {company.website && (
          <>
            <dt className="text-muted">{t('website')}</dt>
            <dd>
              <a href={company.website} rel="noopener noreferrer" className="underline underline-offset-2">
                {new URL(company.website).hostname}
              </a>
            </dd>
          </>
        )}
      </dl>
    </header>
  );
}
