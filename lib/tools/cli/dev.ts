import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { setPriority } from 'node:os';
import path from 'node:path';
import { STORE_DIR, storeFiles } from '../../outputs/store/contract';

/**
 * `npm run dev [-- next dev options]`: Contentlayer in watch mode beside `next dev`, drafts shown. Options
 * go to `next dev` (`npm run dev -- -p 4000`). Pages answer at once: they show a waiting page until
 * Contentlayer's first generation has written the content store, then reload by themselves. A saved edit
 * reaches the open page through the quick preview (lib/tools/dev/quick-preview.ts) while Contentlayer
 * regenerates at a lower priority: its work confirms what the preview wrote and must not hold up the page.
 */
const env = { ...process.env, SHOW_DRAFTS: '1' };
const children: ChildProcess[] = [];

/** `messages`: a channel to the child (Contentlayer and the processes that follow it talk through this one). */
function run(name: string, command: string, args: string[], { messages = false, extraEnv = {} } = {}): ChildProcess {
  const child = spawn(command, args, {
    env: { ...env, ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe', ...(messages ? ['ipc' as const] : [])],
  });
  const prefix = (chunk: Buffer) =>
    chunk
      .toString()
      .split('\n')
      .filter(Boolean)
      .map((line) => `[${name}] ${line}\n`)
      .join('');
  child.stdout!.on('data', (chunk: Buffer) => process.stdout.write(prefix(chunk)));
  child.stderr!.on('data', (chunk: Buffer) => process.stderr.write(prefix(chunk)));
  // One ends, all end: a dev server without its content (or the reverse) would only mislead.
  child.on('exit', (code) => stop(code ?? 1));
  children.push(child);
  return child;
}

let stopping = false;
function stop(code: number) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
const hasStore = existsSync(path.join(STORE_DIR, storeFiles.version.path));
// Its watch writes the content store after each generation and tells the processes that follow it (a build
// writes the store in a step of its own: lib/tools/cli/write-store.ts).
const content = run('content', 'node_modules/.bin/contentlayer2', ['dev'], { messages: true, extraEnv: { WRITE_CONTENT_STORE: '1' } });
const preview = run('preview', process.execPath, ['--import', 'tsx', 'lib/tools/cli/dev-preview.ts'], { messages: true });
const search = run('search', process.execPath, ['--import', 'tsx', 'lib/tools/cli/search-index.ts'], { messages: true });
// The page an editor is looking at comes first. The search index can wait a moment; so can the preview's
// loading of each generation (a second of parsing, which otherwise slowed the first page after the first
// generation), and its work on a save competes only with Contentlayer's, lowered alike below.
for (const helper of [preview, search]) if (helper.pid) setPriority(helper.pid, 10);
// With no content store yet (a fresh checkout), what the editor waits for is Contentlayer's first generation,
// not the page's compile: next dev yields to it (at 1,000 articles the content came ~1 s sooner, median of 3).
// A restart finds the store, and then waits on next dev alone.
const nextDev = run('next', 'node_modules/.bin/next', ['dev', ...process.argv.slice(2)]);
if (!hasStore && nextDev.pid) setPriority(nextDev.pid, 5);
// Contentlayer's watch says when a generation's store has landed (contentlayer.config.ts). The first one
// is what the editor waits for; after it, Contentlayer's regenerations share the helpers' priority, below next dev.
content.once('message', () => content.pid && setPriority(content.pid, 10));
content.on('message', (message) => [preview, search].forEach((follower) => follower.send(message)));
