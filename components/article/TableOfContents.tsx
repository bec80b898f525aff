import { useTranslations } from 'next-intl';
import type { Heading } from '@/lib/content/analysis';

type Props = { headings: Heading[] };

/** Shown from three headings up: the ids are the body's own, the same in both scripts. */
const TOC_MIN_HEADINGS = 3;

export default function TableOfContents({ headings }: Props) {
  const t = useTranslations('Article');
  if (headings.length < TOC_MIN_HEADINGS) return null;
  const top = Math.min(...headings.map((heading) => heading.depth));
  return (
    <nav aria-labelledby="toc-heading" className="mb-8 rounded-lg border border-line p-4 text-sm">
      <h2 id="toc-heading" className="mb-2 font-bold">
        {t('toc')}
      </h2>
      <ol className="space-y-1 [&_a]:underline-offset-2 [&_a:hover]:underline">
        {headings.map((heading) => (
          <li key={heading.id} style={{ paddingInlineStart: `${(heading.depth - top) * 1}rem` }}>
            <a href={`#${heading.id}`}>{heading.text}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
