import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Paths from the site's root: what a build makes or git keeps, never the site's own code (a basename would also match app/og). */
const IGNORED = new Set([
  'node_modules',
  '.next',
  '.contentlayer',
  '.git',
  'test-results',
  '.vercel',
  'public/_store',
  'public/bundles',
  'public/_search',
]);

/** A scratch copy of the site (node_modules hard-linked: Turbopack refuses a symlink), for builds the tests own. */
export function makeScratchSite(prefix: string): string {
  const site = mkdtempSync(path.join(tmpdir(), prefix));
  cpSync('.', site, { recursive: true, filter: (source) => !IGNORED.has(path.relative('.', source).split(path.sep).join('/')) });
  execFileSync('cp', ['-al', path.resolve('node_modules'), path.join(site, 'node_modules')]);
  return site;
}

export function removeScratchSite(site: string): void {
  rmSync(site, { recursive: true, force: true, maxRetries: 5, retryDelay: 500 });
}

/** A port nobody listens on, asked of the system (it hands out a free one for port 0). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/**
 * A long-running child in its own process group (so stopping it stops its workers too), whose output is
 * read as it comes (a full pipe would block it) and kept for the error message if it fails.
 */
export function startProcess(
  command: string,
  args: string[],
  options: { cwd: string; env?: Record<string, string> },
): { child: ChildProcess; output: () => string } {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  return { child, output: () => output };
}

function isGroupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Ends a process group started by startProcess and waits until every member is gone. */
export async function stopProcess(child: ChildProcess): Promise<void> {
  const pid = child.pid;
  if (!pid || !isGroupAlive(pid)) return;
  process.kill(-pid, 'SIGTERM');
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  // The leader's exit is an event; its workers' ends are not (they are not our children): poll the group.
  for (let waited = 0; isGroupAlive(pid) && waited < 10_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
  if (isGroupAlive(pid)) process.kill(-pid, 'SIGKILL');
}

/**
 * Resolves once the server says it listens (Next prints "Ready in …") and `url` then answers without a
 * server error; rejects with the process's output if it exits, errs or stays silent for `timeoutMs`.
 */
export async function waitForServer(url: string, child: ChildProcess, output: () => string, timeoutMs = 120_000): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => done(new Error(`${url} did not start within ${timeoutMs / 1000} s:\n${output()}`)), timeoutMs);
    const onOutput = () => /Ready in/.test(output()) && done();
    const onExit = (code: number | null) => done(new Error(`the server exited with ${code}:\n${output()}`));
    function done(error?: Error) {
      clearTimeout(timer);
      child.stdout!.off('data', onOutput);
      child.stderr!.off('data', onOutput);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve();
    }
    // Registered after startProcess's own listeners, so output() already holds the chunk.
    child.stdout!.on('data', onOutput);
    child.stderr!.on('data', onOutput);
    child.once('exit', onExit);
    onOutput();
  });
  const response = await fetch(url, { redirect: 'manual' });
  if (response.status >= 500) throw new Error(`${url} answered ${response.status}:\n${output()}`);
}
