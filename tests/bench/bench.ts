/**
 * `npm run bench [-- --quick] [-- --hugo PATH] [-- --vercel] [-- --lighthouse]`: prints numbers, asserts
 * nothing. Times are medians where repeated and ratios against a baseline measured in the same run (this
 * machine is shared and noisy). Every build runs in a scratch copy of the site; the repository is untouched.
 *
 *   --quick       skips the 10,000-article run and the Hugo import run
 *   --hugo PATH   (repeatable) imports each Hugo site, builds and serves it, and compares it with the real Hugo's
 *                 own build of it (tests/support/hugo-oracle.ts): a row each of the Hugo table; without it, the
 *                 import row uses a generated site of 1,000 posts
 *   --hugo-only   only the Hugo table (with --hugo)
 *   --vercel      also runs `vercel build` (npx vercel@60.1.3, offline) for the function sizes Vercel deploys
 *   --lighthouse  also runs ../shared/tools/lighthouse.sh on the home and an article page (needs lighthouse installed)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import * as OpenCC from 'opencc-js';
import { chromium, type Page, type Response } from 'playwright-core';
import { converterFrom } from '../../lib/text/chinese/convert';
import { TAIWAN_TRADITIONAL } from '../../lib/core/languages';
import { benchSearch } from './search';
import { benchShareImages } from './share-image';
import { benchTypography } from './typography';
import { readSeed, SEED_ARTICLES } from '../seeds';
import { compareWithHugo, type Fidelity } from '../support/hugo-fidelity';
import { buildHugoOracle } from '../support/hugo-oracle';
import { generateArticles } from '../support/generate-articles';
import { freePort, makeScratchSite, removeScratchSite, startProcess, stopProcess, waitForServer } from '../support/scratch-site';
import { directoryBytes, formatGiB, formatMiB, median, MiB, runMeasured, treeRss } from './measure';
import { benchVocabulary } from './vocabulary';

const { values: flags } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    hugo: { type: 'string', multiple: true },
    'hugo-only': { type: 'boolean', default: false },
    vercel: { type: 'boolean', default: false },
    lighthouse: { type: 'boolean', default: false },
  },
});
const GENERATOR = path.resolve('../shared/tools/gen-corpus.mjs');
const rows: [string, string, string][] = [];
const row = (what: string, figure: string, goal = '') => {
  rows.push([what, figure, goal]);
  console.log(`  ${what}: ${figure}${goal ? `   (goal ${goal})` : ''}`);
};

function time(run: () => void, repeats: number): number[] {
  return Array.from({ length: repeats }, () => {
    const start = performance.now();
    run();
    return performance.now() - start;
  });
}

/** Synthetic articles: the team's generator (../shared/tools/gen-corpus.mjs) when it is here, else ours. */
function addArticles(site: string, count: number, format: 'posts' | 'hugo' = 'posts'): void {
  const directory = path.join(site, format === 'posts' ? 'content/posts/generated' : 'hugo/content/posts');
  mkdirSync(directory, { recursive: true });
  if (existsSync(GENERATOR))
    execFileSync('node', [GENERATOR, String(count), 'hugo', directory], {
      stdio: 'ignore',
      env: { ...process.env, TAGPOOL: 'cjk', SEEDS: path.resolve('tests/fixtures/seeds') },
    });
  else generateArticles(count, directory);
}

/** Compressed JavaScript a pre-rendered page loads (modern browsers: no noModule polyfills). */
function pageJavaScript(site: string, htmlFile: string): number {
  const html = readFileSync(path.join(site, '.next/server/app', htmlFile), 'utf8');
  const sources = new Set(
    [...html.matchAll(/<script src="\/_next\/([^"]+)"([^>]*)>/g)].filter((match) => !/noModule/i.test(match[2])).map((match) => match[1]),
  );
  return [...sources].reduce((sum, source) => sum + gzipSync(readFileSync(path.join(site, '.next', source))).length, 0);
}

async function serve(site: string, env: Record<string, string> = {}) {
  const port = await freePort();
  const server = startProcess(path.join(site, 'node_modules/.bin/next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: site,
    env,
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForServer(`${url}/zh-hant`, server.child, server.output);
  return { url, server };
}

function benchConversion() {
  console.log('\nconversion (tw→cn, seeds ×20, median of 9):');
  const text = SEED_ARTICLES.map(({ seed }) => readSeed(seed).body)
    .join('\n')
    .repeat(20);
  const bare = OpenCC.Converter({ from: 'tw', to: 'cn' });
  const ours = converterFrom(TAIWAN_TRADITIONAL);
  bare(text);
  ours(text);
  const baseline = median(time(() => bare(text), 9));
  const withVocabulary = median(time(() => ours(text), 9));
  row(
    'OpenCC + vocabulary against bare OpenCC',
    `${withVocabulary.toFixed(1)} ms vs ${baseline.toFixed(1)} ms (${(withVocabulary / baseline).toFixed(2)}×)`,
  );
}

/** The site at `count` synthetic articles: build, output, page weight, list sizes, search, load. */
async function benchSiteAt(count: number, { baselineSeconds, prerenderLatest }: { baselineSeconds?: number; prerenderLatest?: number }) {
  const site = makeScratchSite(`bench-${count}-`);
  try {
    addArticles(site, count);
    const env: Record<string, string> = prerenderLatest === undefined ? {} : { PRERENDER_LATEST: String(prerenderLatest) };
    const build = await runMeasured('npm', ['run', 'build:site'], { cwd: site, env });
    const label = `${count.toLocaleString('en')} articles × 2 scripts${prerenderLatest ? `, PRERENDER_LATEST=${prerenderLatest}` : ''}`;
    console.log(`\n${label}:`);
    row(
      'build (check, Contentlayer + store, next build)',
      `${build.seconds.toFixed(1)} s${baselineSeconds ? ` (${(build.seconds / baselineSeconds).toFixed(2)}× the 5-article build)` : ''}, peak ${formatGiB(build.peakBytes)} (all processes)`,
      count === 1000 ? '≤ 75 s, ≤ 1.5 GiB' : '',
    );
    row(
      'build output (.next without its cache)',
      formatMiB(directoryBytes(path.join(site, '.next'), ['cache'])),
      count === 1000 ? '≤ 300 MiB' : 'linear',
    );
    row('content store and search index (public/, served by the CDN)', formatMiB(directoryBytes(path.join(site, 'public'))));
    const serverChunks = readFileSync(path.join(site, '.next/server/app/[locale]/posts/[slug]/page.js.nft.json'), 'utf8');
    const traced = (JSON.parse(serverChunks) as { files: string[] }).files.map((file) =>
      path.resolve(site, '.next/server/app/[locale]/posts/[slug]', file),
    );
    const tracedBytes = traced
      .filter((file) => existsSync(file) && !file.includes('/node_modules/'))
      .reduce((sum, file) => sum + readFileSync(file).length, 0);
    row(
      'article route: its own traced files outside node_modules (server chunks, vocabulary)',
      formatMiB(tracedBytes),
      'the same at 1,000 and 10,000',
    );
    // Publishing one article: its file added, the build run again with the caches a deployment keeps
    // (Contentlayer's, .next/cache).
    writeFileSync(
      path.join(site, 'content/posts/bench-published-now.md'),
      '---\ntitle: "剛發布的文章"\ndate: 2026-11-23 10:00\ntags: ["開源"]\n---\n\n新的一篇。\n',
    );
    const rebuild = await runMeasured('npm', ['run', 'build:site'], { cwd: site, env });
    row(
      'the same build after adding one article (caches kept, as Vercel keeps .next/cache)',
      `${rebuild.seconds.toFixed(1)} s, peak ${formatGiB(rebuild.peakBytes)}`,
    );
    if (flags.vercel) benchVercel(site, env);
    return site;
  } catch (error) {
    removeScratchSite(site);
    throw error;
  }
}

/**
 * What Vercel would deploy: `vercel build` offline, then the article and company functions' sizes. `env`: the
 * build's own (PRERENDER_LATEST), as a Vercel project's environment variables would give it.
 */
function benchVercel(site: string, env: Record<string, string>) {
  mkdirSync(path.join(site, '.vercel'), { recursive: true });
  writeFileSync(
    path.join(site, '.vercel/project.json'),
    JSON.stringify({ projectId: 'prj_local', orgId: 'team_local', settings: { framework: 'nextjs', nodeVersion: '24.x' } }),
  );
  try {
    // Without the build's env, a 10,000-article `vercel build` pre-rendered every article, and Next's
    // prerender manifest, which every function carries, grew to 20 MB.
    execFileSync('npx', ['--yes', 'vercel@60.1.3', 'build', '--yes'], {
      cwd: site,
      stdio: 'ignore',
      timeout: 1_800_000,
      env: { ...process.env, ...env },
    });
  } catch (error) {
    row('vercel build', `failed: ${(error as Error).message.split('\n')[0]}`);
    return;
  }
  const functions = path.join(site, '.vercel/output/functions');
  for (const route of ['[locale]/posts/[slug].func', '[locale]/companies/[id].func']) {
    const directory = path.join(functions, route);
    if (!existsSync(directory)) continue;
    // Vercel groups routes into shared functions (route.func is then a link), and `vercel build` lists the
    // traced files in .vc-config.json's filePathMap instead of copying them: count both.
    const real = realpathSync(directory);
    const { filePathMap = {} } = JSON.parse(readFileSync(path.join(real, '.vc-config.json'), 'utf8')) as {
      filePathMap?: Record<string, string>;
    };
    const traced = Object.values(filePathMap).reduce((sum, source) => sum + statSync(path.resolve(site, source)).size, 0);
    row(
      `Vercel function ${route}`,
      `${formatMiB(directoryBytes(real) + traced)} (${Object.keys(filePathMap).length} traced files; shared as ${path.relative(functions, real)})`,
      'the same at 1,000 and 10,000',
    );
  }
}

function benchPageWeight(site: string) {
  console.log('\npage JavaScript, gzip, against the not-found page (the framework floor):');
  const floor = pageJavaScript(site, '_not-found.html');
  const article = readdirSync(path.join(site, '.next/server/app/zh-hant/posts')).find((file) => file.endsWith('.html'))!;
  for (const [label, file] of [
    ['not-found (floor)', '_not-found.html'],
    ['home', 'zh-hant.html'],
    ['article', `zh-hant/posts/${article}`],
    ['search', 'zh-hant/search.html'],
  ] as const) {
    if (!existsSync(path.join(site, '.next/server/app', file))) continue;
    const bytes = pageJavaScript(site, file);
    row(
      label,
      `${bytes.toLocaleString('en')} B (+${(bytes - floor).toLocaleString('en')} B, ${(bytes / floor).toFixed(3)}×)`,
      label === 'article' ? '≤ +10 KB' : '',
    );
  }
}

async function benchListSizes(url: string) {
  console.log('\nlist pages (1,000 articles):');
  for (const pathname of ['/zh-hant', '/zh-hans/tags', '/zh-hant/archive', '/zh-hant/companies/nvidia']) {
    const html = Buffer.from(await (await fetch(`${url}${pathname}`)).arrayBuffer());
    const rsc = Buffer.from(await (await fetch(`${url}${pathname}`, { headers: { RSC: '1' } })).arrayBuffer());
    row(
      `${pathname}: HTML / RSC`,
      `${(html.length / 1024).toFixed(1)} KB / ${(rsc.length / 1024).toFixed(1)} KB raw, ${((gzipSync(html).length + gzipSync(rsc).length) / 1024).toFixed(1)} KB gzip together`,
      pathname === '/zh-hant' ? 'HTML < 100 KB, HTML + RSC < 60 KB gzip' : 'HTML < 100 KB',
    );
  }
}

async function benchLoad(url: string, server: ReturnType<typeof startProcess>, article: string) {
  console.log('\nload (autocannon, 20 s, 50 connections, against next start):');
  for (const pathname of ['/zh-hant', `/zh-hant/posts/${article}`]) {
    const before = treeRss(server.child.pid!);
    const result = await autocannon({ url: `${url}${pathname}`, connections: 50, duration: 20 });
    const after = treeRss(server.child.pid!);
    row(
      pathname,
      `${Math.round(result.requests.average)} req/s, p99 ${result.latency.p99} ms, errors ${result.errors + result.non2xx}, server memory ${formatMiB(before)} → ${formatMiB(after)}`,
      '0 errors',
    );
  }
}

/** The editor's loop: time to the first page of `npm run dev`, and from a saved edit to the change in the open browser. */
/**
 * `npm run dev` until the article shows its content, as an editor sees it: the page is opened in Chromium
 * as soon as the server answers, and reloads by itself when the store lands (it shows the waiting page
 * until then). Every document the page receives meanwhile is counted by status.
 */
async function startDev(site: string, article: string, page: Page) {
  const port = await freePort();
  const started = performance.now();
  const dev = startProcess('npm', ['run', 'dev', '--', '-p', String(port)], { cwd: site });
  let output = ''; // all of it (dev.output() keeps the end)
  dev.child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const statuses = new Map<number, number>();
  let firstAnswer: number | undefined;
  while (firstAnswer === undefined && performance.now() - started < 300_000) {
    try {
      const response = await fetch(`${url}/zh-hant/posts/${article}`);
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      firstAnswer = performance.now() - started;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250)); // not listening yet
    }
  }
  const countDocument = (response: Response) => {
    if (response.request().resourceType() === 'document') statuses.set(response.status(), (statuses.get(response.status()) ?? 0) + 1);
  };
  page.on('response', countDocument);
  await page.goto(`${url}/zh-hant/posts/${article}`);
  let firstContent: number | undefined;
  try {
    await page.locator('article h1').waitFor({ timeout: 300_000 });
    firstContent = performance.now() - started;
  } catch {
    // reported as none
  }
  page.off('response', countDocument);
  return { dev, log: () => output, url, statuses, firstAnswer, firstContent };
}

async function benchDev(site: string, article: string) {
  console.log('\nnpm run dev at 1,000 articles:');
  for (const generated of ['.contentlayer', 'public/_store', 'public/_search'])
    rmSync(path.join(site, generated), { recursive: true, force: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const page = await browser.newPage();
  const { dev, log, url, statuses, firstAnswer, firstContent } = await startDev(site, article, page);
  row(
    'first answer, fresh checkout (a waiting page while content is generated)',
    firstAnswer ? `${(firstAnswer / 1000).toFixed(1)} s` : 'none',
    'never an error page',
  );
  row(
    'first page with its content, fresh checkout (the open page reloads itself)',
    firstContent ? `${(firstContent / 1000).toFixed(1)} s` : 'none in 300 s',
    '≤ 15 s',
  );
  row('answers while starting (documents)', [...statuses].map(([status, times]) => `${status} ×${times}`).join(', '), 'no 500');

  let loads = 0;
  page.on('load', () => loads++);
  const file = readdirSync(path.join(site, 'content/posts/generated'))
    .map((name) => path.join(site, 'content/posts/generated', name))
    .find((name) => readFileSync(name, 'utf8').includes(`${article}`) || name.endsWith(`${article}.md`))!;
  // An editor saves, reads, saves again: each edit starts on a quiet site, once the work of the one before has
  // ended (Contentlayer's confirming store write, then the search index it asks for). The first starts once
  // the quick preview has Contentlayer's first generation and the first search index is written.
  const count = (text: string) => log().split(text).length - 1;
  const until = async (done: () => boolean) => {
    while (!done()) await new Promise((resolve) => setTimeout(resolve, 100));
  };
  await until(() => log().includes('quick preview: ready') && count('search index:') >= 1);
  const delays: number[] = [];
  const loadsPerEdit: number[] = [];
  for (let edit = 1; edit <= 7; edit++) {
    const marker = `編輯${edit}號`;
    const text = readFileSync(file, 'utf8').replace(/^title: "?(.*?)(?: 編輯\d號)?"?$/m, `title: "$1 ${marker}"`);
    const loadsBefore = loads;
    const [writesBefore, indexesBefore] = [count('content store:'), count('search index:')];
    const saved = performance.now();
    writeFileSync(file, text);
    await page.waitForFunction((expected) => document.querySelector('h1')?.textContent?.includes(expected), marker, {
      timeout: 60_000,
      polling: 20,
    });
    delays.push(performance.now() - saved);
    await until(() => count('content store:') > writesBefore && count('search index:') > indexesBefore);
    loadsPerEdit.push(loads - loadsBefore);
  }
  row(
    'a saved edit on the open page (median of 7)',
    `${(median(delays) / 1000).toFixed(2)} s (${delays.map((delay) => (delay / 1000).toFixed(2)).join(', ')}); page loads per edit: ${loadsPerEdit.join(', ')}`,
    '≤ 1 s',
  );
  const added = path.join(site, 'content/posts/bench-new-article.md');
  const addedAt = performance.now();
  writeFileSync(added, '---\ntitle: "新文章"\ndate: 2026-11-23\n---\n\n新的一篇。\n');
  let status = 0;
  while (status !== 200 && performance.now() - addedAt < 60_000) {
    status = (await fetch(`${url}/zh-hant/posts/bench-new-article`)).status;
    if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  row('a new file, served without a restart', status === 200 ? `${((performance.now() - addedAt) / 1000).toFixed(2)} s` : 'not in 60 s');
  await stopProcess(dev.child);

  // The editor's next morning: the store and Contentlayer's cache are where the last session left them.
  const again = await startDev(site, article, await browser.newPage());
  row(
    'first page with its content, restarted (caches kept)',
    again.firstContent ? `${(again.firstContent / 1000).toFixed(1)} s` : 'none in 300 s',
    '≤ 15 s',
  );
  await browser.close();
  await stopProcess(again.dev.child);
}

/** First request of an article outside the pre-rendered set, against one that was pre-rendered. */
async function benchOnDemand(url: string, prerendered: string, onDemand: string[]) {
  const timed = async (pathname: string) => {
    const start = performance.now();
    await (await fetch(`${url}${pathname}`)).arrayBuffer();
    return performance.now() - start;
  };
  const cold = [];
  for (const slug of onDemand) cold.push(await timed(`/zh-hans/posts/${slug}`));
  const cached = [];
  for (const slug of onDemand) cached.push(await timed(`/zh-hans/posts/${slug}`));
  const baseline = [];
  for (let i = 0; i < onDemand.length; i++) baseline.push(await timed(`/zh-hans/posts/${prerendered}`));
  row(
    'first request of an article not pre-rendered (median of 5)',
    `${median(cold).toFixed(0)} ms; then cached ${median(cached).toFixed(0)} ms; a pre-rendered one ${median(baseline).toFixed(0)} ms (${(median(cold) / median(baseline)).toFixed(1)}×)`,
  );
  // Share images are rendered on their first request only: the first of a process reads the fonts.
  const images = onDemand.map((slug) => `/og/zh-hans/${slug}.png`);
  const imageCold = [];
  for (const image of images) imageCold.push(await timed(image));
  const imageCached = [];
  for (const image of images) imageCached.push(await timed(image));
  row(
    'first request of a share image (median of 5)',
    `${median(imageCold.slice(1)).toFixed(0)} ms (the server's first: ${imageCold[0].toFixed(0)} ms, fonts read); then cached ${median(imageCached).toFixed(0)} ms`,
  );
}

/** `npm run import` of a generated Hugo site of 1,000 posts, then the build: the migration an editor runs once. */
async function benchHugoImport() {
  const site = makeScratchSite('bench-hugo-');
  try {
    const source = path.join(site, 'hugo');
    addArticles(site, 1000, 'hugo');
    writeFileSync(
      path.join(source, 'config.toml'),
      'baseURL = "https://old.example.com/"\nhasCJKLanguage = true\n[permalinks]\n  posts = "/:year/:month/:slug/"\n',
    );
    const imported = await runMeasured(path.join(site, 'node_modules/.bin/tsx'), ['lib/tools/cli/import.ts', source], { cwd: site });
    const build = await runMeasured('npm', ['run', 'build:site'], { cwd: site });
    console.log('\nHugo import, a generated site of 1,000 posts:');
    console.log(
      imported.output
        .split('\n')
        .filter((line) => /^(articles|old addresses|check):/.test(line))
        .map((line) => `    ${line}`)
        .join('\n'),
    );
    row(
      'import + build',
      `${(imported.seconds + build.seconds).toFixed(1)} s (import ${imported.seconds.toFixed(1)} s), peak ${formatGiB(Math.max(imported.peakBytes, build.peakBytes))} (all processes)`,
      '≤ 150 s, ≤ 2 GiB for ~1,000 articles',
    );
  } finally {
    removeScratchSite(site);
  }
}

/**
 * Real Hugo blogs, each imported with no hand edit, built, served and compared with the real Hugo's own build of it:
 * the pages Hugo publishes reached at their Hugo address, the posts carrying 95% of Hugo's sentences, titles, code,
 * and the import and build's time and memory beside Hugo's own build time.
 */
async function benchHugoCorpus(sources: string[]) {
  const table: string[] = [];
  const percent = (part: number, whole: number) => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`);
  for (const source of sources.map((entry) => path.resolve(entry))) {
    const name = path.basename(source);
    const site = makeScratchSite('bench-blog-');
    let server: Awaited<ReturnType<typeof serve>>['server'] | undefined;
    try {
      const hugoStarted = performance.now();
      let oracle: ReturnType<typeof buildHugoOracle>;
      try {
        oracle = buildHugoOracle(source);
      } catch (error) {
        // Not ours to measure: a site Hugo 0.111 cannot build here (a module it fetches, a newer Hugo's syntax).
        table.push(`| ${name} | Hugo 0.111 cannot build it here: ${(error as Error).message.split('\n')[0].slice(0, 160)} |`);
        console.log(table.at(-1));
        continue;
      }
      const hugoSeconds = (performance.now() - hugoStarted) / 1000;
      let imported: Awaited<ReturnType<typeof runMeasured>> | undefined;
      let built: Awaited<ReturnType<typeof runMeasured>> | undefined;
      let failure = '';
      try {
        imported = await runMeasured(path.join(site, 'node_modules/.bin/tsx'), ['lib/tools/cli/import.ts', source], { cwd: site });
        if (!/check: the content builds/.test(imported.output))
          failure = imported.output
            .split('\n')
            .filter((line) => /^error /.test(line))
            .slice(0, 3)
            .join(' | ');
        built = await runMeasured('npm', ['run', 'build:site'], { cwd: site });
      } catch (error) {
        failure ||= (error as Error).message.split('\n').slice(0, 3).join(' | ');
      }
      const seconds = (imported?.seconds ?? 0) + (built?.seconds ?? 0);
      const peak = Math.max(imported?.peakBytes ?? 0, built?.peakBytes ?? 0);
      let f: Fidelity | undefined;
      if (built) {
        const served = await serve(site);
        server = served.server;
        f = await compareWithHugo(served.url, oracle);
      }
      table.push(
        `| ${name} | ${oracle.pages.filter((page) => page.date).length} + ${oracle.pages.filter((page) => !page.date).length} | ${failure ? `no: ${failure.slice(0, 120)}` : 'yes'} | ${f ? `${f.reached}/${f.pages} (${percent(f.reached, f.pages)})` : '–'} | ${f ? `${f.faithful}/${f.posts} (${percent(f.faithful, f.posts)})` : '–'} | ${f ? `${f.titles}/${f.reached}` : '–'} | ${f ? `${f.codeOk}/${f.codeTried}` : '–'} | ${seconds.toFixed(1)} s, ${formatGiB(peak)} | ${hugoSeconds.toFixed(1)} s |`,
      );
      console.log(table.at(-1));
      for (const miss of f?.misses.slice(0, 8) ?? []) console.log(`    ${miss}`);
    } finally {
      if (server) await stopProcess(server.child);
      removeScratchSite(site);
    }
  }
  console.log(
    "\n| blog | posts + undated pages (Hugo) | imported and built with no hand edit | reached at the Hugo address | posts with ≥ 95% of Hugo's sentences | titles | code | import + build, peak | Hugo build |",
  );
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const line of table) console.log(line);
}

console.log(`npm run bench — ${new Date().toISOString().slice(0, 10)}, ${process.platform}, Node ${process.version}`);
if (flags['hugo-only']) {
  await benchHugoCorpus(flags.hugo ?? []);
  process.exit(0);
}
benchVocabulary();
benchConversion();
console.log('\narticle bodies typeset for their page (seed bodies ×20, medians of 9 taken in turns):');
await benchTypography(row);

console.log('\nshare images:');
await benchShareImages(200);

// Baseline: the repository's own articles, built the same way.
const baseSite = makeScratchSite('bench-base-');
const base = await runMeasured('npm', ['run', 'build:site'], { cwd: baseSite });
console.log('\nbaseline:');
row('build of the 5 seed articles', `${base.seconds.toFixed(1)} s, peak ${formatGiB(base.peakBytes)}`);
removeScratchSite(baseSite);

const site1k = await benchSiteAt(1000, { baselineSeconds: base.seconds });
try {
  benchPageWeight(site1k);
  console.log('\nsearch (1,000 articles):');
  await benchSearch(site1k);
  const { url, server } = await serve(site1k);
  const articles = (JSON.parse(readFileSync(path.join(site1k, 'public/_store/site.json'), 'utf8')) as { articles: { slug: string }[] })
    .articles;
  await benchListSizes(url);
  await benchLoad(url, server, articles[0].slug);
  await stopProcess(server.child);
  await benchDev(site1k, articles[500].slug);
  if (flags.lighthouse) {
    const { url: lhUrl, server: lhServer } = await serve(site1k);
    for (const pathname of ['/zh-hant', `/zh-hant/posts/${articles[0].slug}`]) {
      const summary = execFileSync(
        'bash',
        [
          path.resolve('../shared/tools/lighthouse.sh'),
          `${lhUrl}${pathname}`,
          path.join(site1k, 'lighthouse', pathname.replace(/\W+/g, '-')),
        ],
        { cwd: path.resolve('.'), encoding: 'utf8' },
      );
      const { lcp_ms: lcp, perf } = JSON.parse(summary.trim().split('\n').at(-1)!) as { lcp_ms: number; perf: number };
      row(`Lighthouse mobile ${pathname}`, `performance ${perf}, LCP ${lcp} ms`, 'LCP ≤ 1.0 s');
    }
    await stopProcess(lhServer.child);
  }
} finally {
  removeScratchSite(site1k);
}

if (!flags.quick) {
  const site10k = await benchSiteAt(10_000, { baselineSeconds: base.seconds, prerenderLatest: 2000 });
  try {
    const articles = (JSON.parse(readFileSync(path.join(site10k, 'public/_store/site.json'), 'utf8')) as { articles: { slug: string }[] })
      .articles;
    const { url, server } = await serve(site10k, { PRERENDER_LATEST: '2000' });
    await benchOnDemand(
      url,
      articles[0].slug,
      articles.slice(-5).map((article) => article.slug),
    );
    await stopProcess(server.child);
  } finally {
    removeScratchSite(site10k);
  }
  await benchHugoImport();
}
if (flags.hugo?.length) await benchHugoCorpus(flags.hugo);

console.log('\n| what | measured | goal |\n|---|---|---|');
for (const [what, figure, goal] of rows) console.log(`| ${what} | ${figure} | ${goal} |`);
console.log(`\n(${MiB} bytes to a MiB; peak memory sums every process of the command's tree, sampled every 200 ms)`);
