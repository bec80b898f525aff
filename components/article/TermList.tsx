import type { TermView } from '@/lib/content/store';
import SiteLink from '@/components/layout/SiteLink';

type Props = { label: string; terms: TermView[] };

export default function TermList({ label, terms }: Props) {
  if (terms.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <span className="text-zinc-600 dark:text-zinc-400">{label}</span>
      <ul className="flex flex-wrap gap-2">
        {terms.map((term) => (
          <li key={term.key}>
            <SiteLink href={term.path} className="inline-block rounded bg-zinc-100 px-2 py-0.5 hover:bg-zinc-200 dark:bg-zinc-800 dark:hover:bg-zinc-700">
              {term.name}
            </SiteLink>
          </li>
        ))}
      </ul>
    </div>
  );
}
