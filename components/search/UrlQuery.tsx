'use client';

import { useSearchParams } from 'next/navigation';
import { Suspense, useEffect } from 'react';

function Reader({ onQuery }: { onQuery: (query: string) => void }) {
  const query = (useSearchParams().get('q') ?? '').trim();
  useEffect(() => onQuery(query), [query, onQuery]);
  return null;
}

/**
 * Calls `onQuery` with the address's `?q=` on load and after every change (a search, back, forward).
 * Inside its own <Suspense>: the page is prerendered without a query, and reads it in the browser.
 */
export default function UrlQuery({ onQuery }: { onQuery: (query: string) => void }) {
  return (
    <Suspense fallback={null}>
      <Reader onQuery={onQuery} />
    </Suspense>
  );
}
