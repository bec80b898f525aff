import { spawn, type ChildProcess } from 'node:child_process';

/**
 * `npm run dev [-- next dev options]`: Contentlayer in watch mode beside `next dev`, drafts shown. Options
 * go to `next dev` (`npm run dev -- -p 4000`). Pages answer at once: they show a waiting page until
 * Contentlayer's first generation has written the content store, then reload by themselves; a saved edit
 * regenerates that article and reloads the open page.
 */
const env = { ...process.env, SHOW_DRAFTS: '1' };
const children: ChildProcess[] = [];

function run(name: string, command: string, args: string[]): ChildProcess {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = (chunk: Buffer) =>
    chunk
      .toString()
      .split('\n')
      .filter(Boolean)
      .map((line) => `[${name}] ${line}\n`)
      .join('');
  child.stdout!.on('data', (chunk: Buffer) => process.stdout.write(prefix(chunk)));
  child.stderr!.on('data', (chunk: Buffer) => process.stderr.write(prefix(chunk)));
  // One ends, both end: a dev server without its content (or the reverse) would only mislead.
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
run('content', 'node_modules/.bin/contentlayer2', ['dev']);
run('next', 'node_modules/.bin/next', ['dev', ...process.argv.slice(2)]);
