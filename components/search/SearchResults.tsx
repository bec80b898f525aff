'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { RESULTS_PER_PAGE, SEARCH_URL_PATH, type Script } from '@/lib/outputs/search/format';
import { createSearch, type Part, type SearchResponse } from '@/lib/outputs/search/query';
import UrlQuery from './UrlQuery';

/** The page's strings (messages `Search.*`; client components get theirs as props). Templates hold `{query}` and `{count}`. */
type SearchStrings = {
  loading: string;
  error: string;
  more: string;
  resultsLabel: string;
  resultsNone: string;
  resultsCount: string;
};

type Props = {
  strings: SearchStrings;
  /** The page's script: titles and snippets are shown in it. */
  script: Script;
  /** The locale's path prefix (`/zh-hant`), put before each result's path. */
  localePrefix: string;
};

type State = { query: string } & ({ response: SearchResponse } | { failed: true });

function Parts({ parts }: { parts: Part[] }) {
  return parts.map((part, index) =>
    part.hit ? (
      <mark key={index} className="rounded-sm bg-yellow-200 text-inherit dark:bg-yellow-700/60 dark:text-zinc-50">
        {part.text}
      </mark>
    ) : (
      part.text
    ),
  );
}

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (placeholder, name: string) => String(values[name] ?? placeholder));

/**
 * The results of the address's `?q=`, searched in the browser over the static index under /_search/
 * (lib/outputs/search/): only the manifest, the shards the query needs and the results' own text are fetched.
 */
export default function SearchResults({ strings, script, localePrefix }: Props) {
  const search = useMemo(() => createSearch({ baseUrl: SEARCH_URL_PATH, script }), [script]);
  const [query, setQuery] = useState<string>();
  const [limit, setLimit] = useState(RESULTS_PER_PAGE);
  const [state, setState] = useState<State>();
  const list = useRef<HTMLOListElement>(null);
  const focusAt = useRef<number | undefined>(undefined);

  useEffect(() => {
    if (!query) return;
    let current = true;
    // "Searching" is derived, not set: a new query has no state of its own yet, and more of the same keeps
    // its results until the others arrive.
    search(query, limit).then(
      (response) => current && setState({ query, response }),
      () => current && setState({ query, failed: true }),
    );
    return () => {
      current = false;
    };
  }, [search, query, limit]);

  // After "more", the first new result gets the focus (the button may be gone).
  useEffect(() => {
    if (focusAt.current === undefined || !state || !('response' in state)) return;
    list.current?.querySelectorAll('a')[focusAt.current]?.focus();
    focusAt.current = undefined;
  }, [state]);

  // Called once per change of the address's query.
  const onQuery = useCallback((next: string) => {
    setQuery(next);
    setLimit(RESULTS_PER_PAGE);
  }, []);
  const shown = query && state?.query === query ? state : undefined;
  const response = shown && 'response' in shown ? shown.response : undefined;
  let status = '';
  if (shown && 'failed' in shown) status = strings.error;
  else if (shown && response)
    status = fill(response.total ? strings.resultsCount : strings.resultsNone, { count: response.total, query: shown.query });
  else if (query) status = strings.loading;

  return (
    <div className="mt-6">
      <UrlQuery onQuery={onQuery} />
      <p role="status" aria-live="polite" aria-atomic="true" className="font-medium">
        {status}
      </p>
      {response && response.results.length > 0 && (
        <ol ref={list} aria-label={strings.resultsLabel} className="mt-4 divide-y divide-line">
          {response.results.map((result) => (
            <li key={result.id} className="py-4">
              <h2 className="text-lg font-semibold">
                <a href={`${localePrefix}${result.url}`} className="hover:underline">
                  <Parts parts={result.title} />
                </a>
              </h2>
              <p className="mt-1 text-sm leading-relaxed text-muted">
                <Parts parts={result.snippet} />
              </p>
            </li>
          ))}
        </ol>
      )}
      {response && response.results.length < response.total && response.results.length >= limit && (
        <button
          type="button"
          onClick={() => {
            focusAt.current = response.results.length;
            setLimit(limit + RESULTS_PER_PAGE);
          }}
          className="mt-4 rounded-lg border border-control px-4 py-2 hover:bg-surface"
        >
          {strings.more}
        </button>
      )}
    </div>
  );
}
