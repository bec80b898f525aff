import { mkdirSync, watch } from 'node:fs';
import path from 'node:path';
import { storeVersion } from '@/lib/outputs/store/queries';
import { STORE_DIR, storeFiles } from '@/lib/outputs/store/contract';
import { site } from '@/lib/core/site';

export const dynamic = 'force-dynamic';

/**
 * `npm run dev` only: the content store's version, sent when the page connects and again after each burst
 * of writes (the store rewritten after a save). The open page (components/dev/ContentRefresh)
 * reloads when it differs from the version it was rendered with, so no change is missed between a reload
 * and the next connection, and no reload comes before the change. Absent in production.
 */
export function GET(request: Request): Response {
  if (!site.isDevelopment) return new Response('Not found', { status: 404 });
  const encoder = new TextEncoder();
  const stream = new ReadableStream({
    async start(controller) {
      const send = async () => controller.enqueue(encoder.encode(`data: ${(await storeVersion()) ?? ''}\n\n`));
      const directory = path.join(/*turbopackIgnore: true*/ process.cwd(), STORE_DIR);
      mkdirSync(directory, { recursive: true }); // the first generation may still be running
      // The store is written file by file, its version last (lib/outputs/store/writer.ts): one message when it
      // lands. Only the store's own directory is watched: Node's recursive watch on Linux watches each file, and
      // loses a file replaced by a rename.
      const watcher = watch(directory, (_event, name) => {
        if (name === storeFiles.version.path) void send();
      });
      request.signal.addEventListener('abort', () => {
        watcher.close();
        controller.close();
      });
      await send();
    },
  });
  return new Response(stream, { headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-cache, no-transform' } });
}
