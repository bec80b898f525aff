import { getTranslations } from 'next-intl/server';
import type { TermIndexEntry } from '@/lib/outputs/store/queries';
import SiteLink from '@/components/layout/SiteLink';

type Props = { title: string; description: string; terms: TermIndexEntry[] };

/** Every tag (or category) with its article count, most used first. */
export default async function TermIndex({ title, description, terms }: Props) {
  const t = await getTranslations('Terms');
  return (
    <section className="mx-auto max-w-3xl">
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="mt-2 text-muted">{description}</p>
      <ul className="mt-6 flex flex-wrap gap-2">
        {terms.map((term) => (
          <li key={term.key}>
            <SiteLink href={term.path} className="inline-block rounded-full bg-surface px-3 py-1.5 text-sm hover:bg-surface-strong">
              {term.name} <span className="text-muted">{t('count', { count: term.count })}</span>
            </SiteLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
