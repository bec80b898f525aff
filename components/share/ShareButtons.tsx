'use client';

import { useEffect, useState, useSyncExternalStore } from 'react';

type Props = { url: string; title: string; strings: { copy: string; copied: string; copyFailed: string; share: string } };

const noSubscription = () => () => {};

/**
 * Copy the link, and the system's share sheet where the browser has one (the Web Share API: phones, most
 * desktop Safari and Chrome on Windows or ChromeOS). Both need JavaScript, so neither is rendered on the
 * server: no dead button before the page is interactive or without scripts; the plain links beside them work.
 */
export default function ShareButtons({ url, title, strings }: Props) {
  const isInteractive = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const canShare = useSyncExternalStore(
    noSubscription,
    () => typeof navigator.share === 'function',
    () => false,
  );
  const [status, setStatus] = useState('');
  // The button says what happened for a moment, then offers to copy again.
  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(''), 3000);
    return () => clearTimeout(timer);
  }, [status]);
  if (!isInteractive) return null;
  const copy = () =>
    navigator.clipboard.writeText(url).then(
      () => setStatus(strings.copied),
      () => setStatus(strings.copyFailed),
    );
  return (
    <>
      <button type="button" onClick={copy}>
        {status || strings.copy}
      </button>
      {canShare && (
        <button
          type="button"
          // A reader who closes the sheet rejects the promise (AbortError): nothing to report.
          onClick={() => navigator.share({ title, url }).catch(() => {})}
        >
          {strings.share}
        </button>
      )}
      {/* Read out by screen readers; out of the row's layout. */}
      <span role="status" className="sr-only">
        {status}
      </span>
    </>
  );
}
