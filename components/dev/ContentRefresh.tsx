'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/**
 * `npm run dev` only: pages read the content store from disk, which Next's hot reload does not watch.
 * When Contentlayer rewrites it after a save, the server says so and the open page re-renders in place.
 */
export default function ContentRefresh() {
  const router = useRouter();
  useEffect(() => {
    const events = new EventSource('/api/dev/content-events');
    events.onmessage = () => router.refresh();
    return () => events.close();
  }, [router]);
  return null;
}
