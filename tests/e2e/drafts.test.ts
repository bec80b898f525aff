import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser } from './browser';

/**
 * Drafts, end to end, in a scratch copy of the site (node_modules hard-linked: Turbopack refuses a
 * symlink) holding one extra draft with a unique token.
 */
const TOKEN = `DRAFTTOKEN${Date.now().toString(36)}`;
const SLUG = 'draft-e2e-preview';
const IGNORED = new Set(['node_modules', '.next', '.contentlayer', '.git', 'test-results', '.vercel']);

let site: string;
let browser: Browser;
const servers: ChildProcess[] = [];

function draftFile(token: string): string {
  return `---\ntitle: "未完成的草稿 ${token}"\ndate: 2026-03-01 09:00\ndraft: true\ntags: ["${token}"]\nrelated_companies: ["nvidia"]\n---\n\n這段正文還沒寫完：${token}。\n`;
}

function filesUnder(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const child = path.join(directory, name);
    return statSync(child).isDirectory() ? filesUnder(child) : [child];
  });
}

function startServer(args: string[], env: Record<string, string>): ChildProcess {
  const child = spawn('npm', args, { cwd: site, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  servers.push(child);
  return child;
}

async function waitForPage(url: string, timeoutMs: number): Promise<Response> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.status !== 500) return response;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

beforeAll(() => {
  site = mkdtempSync(path.join(tmpdir(), 'site-drafts-'));
  cpSync('.', site, { recursive: true, filter: (source) => !IGNORED.has(path.basename(source)) });
  execFileSync('cp', ['-al', path.resolve('node_modules'), path.join(site, 'node_modules')]);
  writeFileSync(path.join(site, `content/posts/${SLUG}.md`), draftFile(TOKEN));
}, 60_000);

function isGroupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Ends the whole process group (npm, concurrently, next and its workers, contentlayer) and waits until it is gone. */
async function stop(server: ChildProcess): Promise<void> {
  const pid = server.pid;
  if (!pid || !isGroupAlive(pid)) return;
  process.kill(-pid, 'SIGTERM');
  for (let waited = 0; isGroupAlive(pid) && waited < 15_000; waited += 250) {
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  if (isGroupAlive(pid)) process.kill(-pid, 'SIGKILL');
}

afterAll(async () => {
  await Promise.all(servers.map(stop));
  await browser?.close();
  rmSync(site, { recursive: true, force: true, maxRetries: 5, retryDelay: 500 });
});

test('a production build contains no trace of a draft, and its URL answers 404', async () => {
  execFileSync('npm', ['run', 'build'], { cwd: site, stdio: 'pipe', env: { ...process.env, SHOW_DRAFTS: '' } });
  const output = filesUnder(path.join(site, '.next'));
  expect(output.length).toBeGreaterThan(100);
  const leaking = output.filter((file) => readFileSync(file).includes(TOKEN));
  expect(leaking).toEqual([]);

  const port = 4100 + Math.floor(Math.random() * 800);
  startServer(['start', '--', '-p', String(port)], {});
  const home = await waitForPage(`http://localhost:${port}/zh-hant`, 30_000);
  expect(await home.text()).not.toContain('未完成的草稿');
  expect((await fetch(`http://localhost:${port}/zh-hant/posts/${SLUG}`)).status).toBe(404);
  expect(await (await fetch(`http://localhost:${port}/zh-hant/companies/nvidia`)).text()).not.toContain(TOKEN);
}, 300_000);

test('the dev server shows the draft, marked, and picks up edits without a restart', async () => {
  const port = 5100 + Math.floor(Math.random() * 800);
  startServer(['run', 'dev'], { PORT: String(port) });
  const url = `http://localhost:${port}/zh-hant/posts/${SLUG}`;
  expect((await waitForPage(url, 120_000)).status).toBe(200);

  browser = await launchBrowser();
  const page = await browser.newPage();
  await page.goto(url);
  expect(await page.locator('h1').innerText()).toBe(`未完成的草稿 ${TOKEN}`);
  expect(await page.getByRole('note').innerText()).toContain('草稿');
  expect(await page.locator('meta[name="robots"]').getAttribute('content')).toContain('noindex');

  await page.goto(`http://localhost:${port}/zh-hans`);
  const card = page.locator('main article', { hasText: TOKEN });
  expect(await card.innerText()).toMatch(/^草稿/);

  const edited = `${TOKEN}EDITED`;
  writeFileSync(path.join(site, `content/posts/${SLUG}.md`), draftFile(edited));
  await expect
    .poll(
      async () => {
        await page.goto(url);
        return page.locator('h1').innerText();
      },
      { timeout: 60_000, interval: 1_000 },
    )
    .toBe(`未完成的草稿 ${edited}`);

  // A broken file does not bring the dev server down: pages keep answering with the last good content.
  writeFileSync(path.join(site, 'content/posts/broken-while-editing.md'), '---\ntitle: [unclosed\n---\n');
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  const response = await page.goto(url);
  expect(response?.status()).toBe(200);
  expect(await page.locator('h1').innerText()).toBe(`未完成的草稿 ${edited}`);
}, 300_000);
