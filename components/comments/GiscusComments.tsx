'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { GiscusThread } from '@/lib/outputs/comments/giscus';

type Props = { thread: GiscusThread; show: string; frameTitle: string; describedBy: string };

/** After GitHub's sign-in, giscus sends the reader back to the page with `?giscus=<session>`. */
const isBackFromSignIn = () => new URLSearchParams(location.search).has('giscus');

/**
 * The "show comments" button; the frame's code (giscus-frame.ts) is fetched on the press. A reader back
 * from signing in was in the comments, so they open again by themselves.
 */
export default function GiscusComments({ thread, show, frameTitle, describedBy }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'closed' | 'loading' | 'open'>('closed');
  const dispose = useRef<() => void>(undefined);

  const mount = useCallback(
    () =>
      import('./giscus-frame').then(({ mountGiscus }) => {
        dispose.current = mountGiscus(container.current!, thread, frameTitle);
        setState('open');
      }),
    [thread, frameTitle],
  );
  const open = () => {
    setState('loading');
    // The code could not be fetched (offline): the button comes back, for another try.
    mount().catch(() => setState('closed'));
  };

  useEffect(() => {
    if (isBackFromSignIn()) mount().catch(() => {});
    return () => dispose.current?.();
  }, [mount]);

  return (
    <div className="mt-4">
      {state !== 'open' && (
        <button
          type="button"
          onClick={open}
          disabled={state === 'loading'}
          aria-describedby={describedBy}
          className="rounded-full border border-control px-4 py-2 text-sm font-medium hover:bg-surface disabled:opacity-60"
        >
          {show}
        </button>
      )}
      <div ref={container} />
    </div>
  );
}
