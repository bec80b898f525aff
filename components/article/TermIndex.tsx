import { getTranslations } from 'next-intl/server';
import type { TermIndexEntry } from '@/lib/content/store';
import SiteLink from '@/components/layout/SiteLink';

type Props = { title: string; description: string; terms: TermIndexEntry[] };

/** Every tag (or category) with its article count, most used first. */
export default async function TermIndex({ title, description, terms }: Props) {
  const t = await getTranslations('Terms');
  return (
    <section className="mx-auto max-w-3xl">
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="mt-2 text-zinc-600 dark:text-zinc-400">{description}</p>
      <ul className="mt-6 flex flex-wrap gap-2">
        {terms.map((term) => (
          <li key={term.key}>
            <SiteLink href={term.path} className="inline-block rounded-full bg-zinc-100 px-3 py-1.5 text-sm hover:bg-zinc-200 dark:bg-zinc-800 dark:hover:bg-zinc-700">
              {term.name} <span className="text-zinc-600 dark:text-zinc-400">{t('count', { count: term.count })}</span>
            </SiteLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
