import { useTranslations } from 'next-intl';
import type { RelatedCompany } from '@/lib/outputs/store/queries';
import DraftBadge from '@/components/article/DraftBadge';
import SiteLink from '@/components/layout/SiteLink';
import ListingList from './ListingList';

type Props = { related: RelatedCompany };

/** The sidebar shows two lines of the profile: the rest would only weigh on every article page that lists the company. */
const BRIEF_CHARACTERS = 60;
function brief(text: string): string {
  return [...text].length > BRIEF_CHARACTERS ? `${[...text].slice(0, BRIEF_CHARACTERS).join('')}…` : text;
}

export default function CompanyCard({ related: { company, otherArticles } }: Props) {
  const t = useTranslations('Companies');
  return (
    <li className="rounded-lg border border-line p-4">
      <h3 className="font-semibold">
        <SiteLink href={company.path} className="hover:underline">
          {company.name}
        </SiteLink>
      </h3>
      <ListingList company={company} className="text-xs text-muted tabular-nums" />
      <p className="mt-2 line-clamp-2 text-sm">{brief(company.description)}</p>
      <p className="mt-2 text-xs text-muted">{t('articleCount', { count: company.articleCount })}</p>
      {otherArticles.length > 0 && (
        <>
          <h4 className="mt-3 text-xs font-semibold text-muted">{t('otherArticles')}</h4>
          <ul className="mt-1 space-y-1 text-sm [&_a]:underline-offset-2 [&_a:hover]:underline">
            {otherArticles.map((article) => (
              <li key={article.slug}>
                {article.isDraft && <DraftBadge />}
                <SiteLink href={article.path}>{article.title}</SiteLink>
              </li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}
