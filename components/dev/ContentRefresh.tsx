import { storeVersion } from '@/lib/outputs/store/queries';

/**
 * `npm run dev` only: pages read the content store from disk, which Next's hot reload does not watch. The
 * page knows the store version it was rendered with; when the server reports another one (a save was
 * processed: app/api/dev/content-events), it reloads. An inline script, not a client component, so
 * production bundles hold nothing of it.
 */
export default async function ContentRefresh() {
  const rendered = JSON.stringify((await storeVersion()) ?? '');
  const script = `new EventSource('/api/dev/content-events').onmessage = (event) => { if (event.data !== ${rendered}) location.reload(); };`;
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
