import { execFileSync, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { freePort, makeScratchSite, removeScratchSite, startProcess, stopProcess, waitForServer } from '../support/scratch-site';
import { launchBrowser } from './browser';

/** Drafts, end to end, in a scratch copy of the site holding one extra draft with a unique token. */
const TOKEN = `DRAFTTOKEN${Date.now().toString(36)}`;
const SLUG = 'draft-e2e-preview';

let site: string;
let browser: Browser | undefined;
const servers: ChildProcess[] = [];

function draftFile(token: string): string {
  return `---\ntitle: "未完成的草稿 ${token}"\ndate: 2026-03-01 09:00\ndraft: true\ntags: ["${token}"]\nrelated_companies: ["nvidia"]\n---\n\n這段正文還沒寫完：${token}。伺服器上的軟體。\n`;
}

function filesUnder(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const child = path.join(directory, name);
    return statSync(child).isDirectory() ? filesUnder(child) : [child];
  });
}

beforeAll(() => {
  site = makeScratchSite('site-drafts-');
  writeFileSync(path.join(site, `content/posts/${SLUG}.md`), draftFile(TOKEN));
}, 60_000);

afterAll(async () => {
  await Promise.all(servers.map(stopProcess));
  await browser?.close();
  removeScratchSite(site);
});

test('a production build contains no trace of a draft, and its URL answers 404', async () => {
  execFileSync('npm', ['run', 'build:site'], {
    cwd: site,
    stdio: 'pipe',
    env: { ...process.env, SHOW_DRAFTS: '' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = [...filesUnder(path.join(site, '.next')), ...filesUnder(path.join(site, 'public'))];
  expect(output.length).toBeGreaterThan(100);
  expect(output.filter((file) => readFileSync(file).includes(TOKEN))).toEqual([]);
  // Nor a trace of the vocabulary review, which is for npm run dev.
  expect(output.filter((file) => file.endsWith('.html') && readFileSync(file).includes('data-vocabulary'))).toEqual([]);

  const port = await freePort();
  const server = startProcess('npm', ['start', '--', '-p', String(port)], { cwd: site });
  servers.push(server.child);
  await waitForServer(`http://localhost:${port}/zh-hant`, server.child, server.output);
  expect(await (await fetch(`http://localhost:${port}/zh-hant`)).text()).not.toContain('未完成的草稿');
  expect((await fetch(`http://localhost:${port}/zh-hant/posts/${SLUG}`)).status).toBe(404);
  expect(await (await fetch(`http://localhost:${port}/zh-hant/companies/nvidia`)).text()).not.toContain(TOKEN);
}, 300_000);

test('npm run dev -- -p PORT shows the draft, marked, picks up edits and survives a broken file', async () => {
  // As a fresh checkout: no store, no Contentlayer cache. Every page waits for the first generation.
  for (const generated of ['public/_store', '.contentlayer']) rmSync(path.join(site, generated), { recursive: true, force: true });
  const port = await freePort();
  const dev = startProcess('npm', ['run', 'dev', '--', '-p', String(port)], { cwd: site });
  servers.push(dev.child);
  let log = ''; // all of it: dev.output() keeps only the end
  dev.child.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const url = `http://localhost:${port}/zh-hant/posts/${SLUG}`;
  await waitForServer(url, dev.child, dev.output, 180_000);

  browser = await launchBrowser();
  const page = await browser.newPage();
  // Until Contentlayer's first generation ends the page waits (and reloads itself), never an error page.
  const response = await page.goto(url);
  expect(response?.status()).toBeLessThan(500);
  await expect.poll(() => page.locator('h1').first().innerText(), { timeout: 180_000 }).toBe(`未完成的草稿 ${TOKEN}`);
  expect(await page.getByRole('note').innerText()).toContain('草稿');
  expect(await page.locator('meta[name="robots"]').getAttribute('content')).toContain('noindex');

  // A saved edit reaches the open page by itself: no reload from the test. The quick preview writes it; then
  // Contentlayer's own write leaves the store at the version the page shows, so the page does not reload again.
  await expect.poll(() => log.includes('quick preview: ready'), { timeout: 60_000 }).toBe(true);
  const edited = `${TOKEN}EDITED`;
  writeFileSync(path.join(site, `content/posts/${SLUG}.md`), draftFile(edited));
  await expect.poll(() => page.locator('h1').first().innerText(), { timeout: 60_000 }).toBe(`未完成的草稿 ${edited}`);
  await expect.poll(() => log.includes(`quick preview: content/posts/${SLUG}.md`), { timeout: 10_000 }).toBe(true);
  // Contentlayer reports the file, regenerates, then writes the store.
  const updated = `File updated: posts/${SLUG}.md`;
  await expect
    .poll(() => log.includes(updated) && log.lastIndexOf('content store:') > log.lastIndexOf(updated), { timeout: 60_000 })
    .toBe(true);
  const shown = /event\.data !== "([0-9a-f]+)"/.exec(await page.content())?.[1];
  expect(shown).toBe(JSON.parse(readFileSync(path.join(site, 'public/_store/version.json'), 'utf8')).version);
  // Editors that save by renaming a temporary file over the article (JetBrains, vim) are seen as well, every time.
  for (const round of [1, 2]) {
    const renamed = `${edited}${round}`;
    const file = path.join(site, `content/posts/${SLUG}.md`);
    writeFileSync(`${file}.tmp`, draftFile(renamed));
    renameSync(`${file}.tmp`, file);
    await expect.poll(() => page.locator('h1').first().innerText(), { timeout: 60_000 }).toBe(`未完成的草稿 ${renamed}`);
    await expect.poll(() => log.split(`quick preview: content/posts/${SLUG}.md`).length - 1, { timeout: 10_000 }).toBe(round + 1);
  }
  writeFileSync(path.join(site, `content/posts/${SLUG}.md`), draftFile(edited));
  await expect.poll(() => page.locator('h1').first().innerText(), { timeout: 60_000 }).toBe(`未完成的草稿 ${edited}`);

  // The converted page marks what the vocabulary changed, for the editor to review.
  const converted = await browser.newPage();
  await converted.goto(`http://localhost:${port}/zh-hans/posts/${SLUG}`);
  expect(await converted.getByTestId('vocabulary-review').innerText()).toContain('伺服器 → 服务器');
  expect(await converted.locator('article mark[data-vocabulary="軟體→软件"]').count()).toBe(1);

  const list = await browser.newPage();
  await list.goto(`http://localhost:${port}/zh-hans`);
  expect(await list.locator('main article', { hasText: edited }).innerText()).toMatch(/^草稿/);

  // A broken file: once the watcher has reported it, pages keep answering with the last good content.
  writeFileSync(path.join(site, 'content/posts/broken-while-editing.md'), '---\ntitle: [unclosed\n---\n');
  await expect.poll(() => dev.output().includes('broken-while-editing.md'), { timeout: 60_000 }).toBe(true);
  const again = await page.goto(url);
  expect(again?.status()).toBe(200);
  expect(await page.locator('h1').innerText()).toBe(`未完成的草稿 ${edited}`);
}, 400_000);
