import { getTranslations } from 'next-intl/server';
import type { Heading } from '@/lib/content/analysis';

type Props = { headings: Heading[] };

/** Shown from three headings up: the ids are the body's own, the same in both scripts. */
export const TOC_MIN_HEADINGS = 3;

export default async function TableOfContents({ headings }: Props) {
  if (headings.length < TOC_MIN_HEADINGS) return null;
  const t = await getTranslations('Article');
  const top = Math.min(...headings.map((heading) => heading.depth));
  return (
    <nav aria-labelledby="toc-heading" className="mb-8 rounded-lg border border-zinc-200 p-4 text-sm dark:border-zinc-800">
      <h2 id="toc-heading" className="mb-2 font-bold">
        {t('toc')}
      </h2>
      <ol className="space-y-1">
        {headings.map((heading) => (
          <li key={heading.id} style={{ paddingInlineStart: `${(heading.depth - top) * 1}rem` }}>
            <a href={`#${heading.id}`} className="underline-offset-2 hover:underline">
              {heading.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
