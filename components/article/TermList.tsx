import type { TermView } from '@/lib/outputs/store/queries';
import SiteLink from '@/components/layout/SiteLink';
import { latinLang } from '@/lib/text/chinese/typography';

type Props = { label: string; terms: TermView[] };

export default function TermList({ label, terms }: Props) {
  if (terms.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <span className="text-muted">{label}</span>
      <ul className="flex flex-wrap gap-2 [&_a]:inline-block [&_a]:rounded [&_a]:bg-surface [&_a]:px-2 [&_a]:py-0.5 [&_a:hover]:bg-surface-strong">
        {terms.map((term) => (
          <li key={term.key}>
            <SiteLink href={term.path} lang={latinLang(term.name)}>
              {term.name}
            </SiteLink>
          </li>
        ))}
      </ul>
    </div>
  );
}
