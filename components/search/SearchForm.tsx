'use client';

import { useCallback, useRef, type FormEvent } from 'react';
import UrlQuery from './UrlQuery';

type Props = { action: string; inputId: string; hintId: string; strings: { label: string; placeholder: string; submit: string } };

/**
 * The search page's form. Without JavaScript a plain GET to this page; with it, the query goes into the
 * address without a reload, so focus stays in the box and the result count is announced.
 */
export default function SearchForm({ action, inputId, hintId, strings }: Props) {
  const input = useRef<HTMLInputElement>(null);
  // Show the address's query: a shared link, back and forward.
  const onQuery = useCallback((query: string) => {
    if (input.current) input.current.value = query;
  }, []);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    const query = input.current?.value.trim();
    if (!query) return;
    event.preventDefault();
    const url = `${action}?q=${encodeURIComponent(query)}`;
    if (`${location.pathname}${location.search}` !== url) history.pushState(null, '', url);
  };
  return (
    <form role="search" action={action} onSubmit={submit} className="mt-4 flex max-w-xl">
      <UrlQuery onQuery={onQuery} />
      <label htmlFor={inputId} className="sr-only">
        {strings.label}
      </label>
      <input
        ref={input}
        id={inputId}
        type="search"
        name="q"
        required
        enterKeyHint="search"
        placeholder={strings.placeholder}
        aria-describedby={hintId}
        className="min-w-0 flex-1 rounded-s-lg border border-control bg-transparent px-3 py-2"
      />
      <button type="submit" className="rounded-e-lg border border-s-0 border-control px-4 py-2 hover:bg-surface">
        {strings.submit}
      </button>
    </form>
  );
}
