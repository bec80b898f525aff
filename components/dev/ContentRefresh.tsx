/**
 * `npm run dev` only: pages read the content store from disk, which Next's hot reload does not watch.
 * When Contentlayer rewrites it after a save, the server says so (app/api/dev/content-events) and the
 * open page reloads. An inline script, not a client component, so production bundles hold nothing of it.
 */
const RELOAD_ON_CONTENT_EVENTS = "new EventSource('/api/dev/content-events').onmessage = () => location.reload();";

export default function ContentRefresh() {
  return <script dangerouslySetInnerHTML={{ __html: RELOAD_ON_CONTENT_EVENTS }} />;
}
