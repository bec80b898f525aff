import { mkdirSync, watch } from 'node:fs';
import path from 'node:path';
import { STORE_DIR } from '@/lib/content/store-types';
import { site } from '@/lib/site';

export const dynamic = 'force-dynamic';

/**
 * `npm run dev` only: a server-sent event each time the content store changes (Contentlayer rewrote it
 * after a save), so components/dev/ContentRefresh can re-render the open page. Absent in production.
 */
export function GET(request: Request): Response {
  if (!site.isDevelopment) return new Response('Not found', { status: 404 });
  const encoder = new TextEncoder();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stream = new ReadableStream({
    start(controller) {
      const directory = path.join(/*turbopackIgnore: true*/ process.cwd(), STORE_DIR);
      mkdirSync(directory, { recursive: true }); // the first generation may still be running
      const watcher = watch(directory, { recursive: true }, () => {
        // One event per burst of writes: the store is written file by file.
        clearTimeout(timer);
        timer = setTimeout(() => controller.enqueue(encoder.encode(`data: ${Date.now()}\n\n`)), 50);
      });
      controller.enqueue(encoder.encode(': connected\n\n'));
      request.signal.addEventListener('abort', () => {
        clearTimeout(timer);
        watcher.close();
        controller.close();
      });
    },
  });
  return new Response(stream, { headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-cache, no-transform' } });
}
