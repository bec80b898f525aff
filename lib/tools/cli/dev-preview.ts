import path from 'node:path';
import chokidar from 'chokidar';
import { QuickPreview } from '../dev/quick-preview';

/**
 * `npm run dev`'s quick preview (lib/tools/dev/quick-preview.ts), started by lib/tools/cli/dev.ts: a 'generated' message
 * after each of Contentlayer's generations, and a watch on content/posts for saves. Saves are handled one after
 * another, each 20 ms after its last write event. It ends with `npm run dev` (the channel closes).
 */
const preview = new QuickPreview();
let queue: Promise<unknown> = Promise.resolve();
const enqueue = (task: () => unknown) =>
  (queue = queue.then(task).catch((error) => console.error('quick preview:', error instanceof Error ? error.message : error)));
let watching = false;

function watchPosts() {
  // Chokidar rather than fs.watch: Node's recursive watch on Linux loses a file an editor saves by renaming
  // a temporary file over it (tried: one event, then none). An atomic save arrives as a change.
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const watcher = chokidar.watch('content/posts', { ignoreInitial: true });
  // Out of watches (a huge archive, a low inotify limit): saves still reach the page, through Contentlayer.
  watcher.on('error', (error) =>
    console.error(`quick preview: not watching (${error instanceof Error ? error.message : error}); saves go through Contentlayer`),
  );
  watcher.on('change', (changed: string) => {
    if (!/\.md$/i.test(changed)) return;
    const file = path.relative('content', changed).split(path.sep).join('/');
    clearTimeout(timers.get(file));
    timers.set(
      file,
      setTimeout(() => {
        timers.delete(file);
        const started = performance.now();
        enqueue(async () => {
          const written = await preview.update(file);
          if (written)
            console.log(`quick preview: content/${file}, ${written} store files in ${Math.round(performance.now() - started)} ms`);
        });
      }, 20),
    );
  });
}

process.on('message', () => {
  enqueue(() => preview.reload());
  if (!watching) {
    watching = true;
    enqueue(async () => {
      await preview.warmUp();
      console.log(`quick preview: ready (${preview.articleCount} articles)`);
    });
    watchPosts();
  }
});
process.on('disconnect', () => process.exit(0));
