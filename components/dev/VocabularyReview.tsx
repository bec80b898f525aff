import type { VocabularyChangeCount } from '@/lib/text/chinese/convert';
import type { Locale } from '@/lib/core/i18n/routing';

/** `lang`: the script the article is written in, which each change's `from` shows. */
type Props = { changes: VocabularyChangeCount[]; lang: Locale };

/**
 * `npm run dev` only: what the vocabulary changed when this article was converted, each change also
 * marked in the text, so an editor spots a wrong replacement before publishing. Fix one with the
 * article's `vocabulary` field or an inline -{…}- rule (content/EDITING.md).
 */
export default function VocabularyReview({ changes, lang }: Props) {
  return (
    <details open className="mb-6 rounded-md border-2 border-dashed border-sky-400 px-3 py-2 text-sm" data-testid="vocabulary-review">
      <summary className="cursor-pointer font-medium">用語轉換檢視（只在 npm run dev）：{changes.length} 種替換</summary>
      {changes.length > 0 && (
        <ul className="mt-2 grid gap-1 sm:grid-cols-2">
          {changes.map((change) => (
            <li key={`${change.source}:${change.from}:${change.to}`}>
              <span lang={lang}>{change.from}</span> → <mark data-vocabulary-source={change.source}>{change.to}</mark> ×{change.count}{' '}
              <span className="text-zinc-500">({change.source})</span>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
