/**
 * `npm run bench [-- --build RUNS] [-- --corpus N]`: prints numbers, asserts nothing.
 * Medians, and ratios against a baseline measured in the same run (this machine is shared and noisy).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import * as OpenCC from 'opencc-js';
import { converterFrom, convertHtml, TAIWAN_TRADITIONAL } from '../../lib/chinese/convert';
import { readSeed, SEED_ARTICLES } from '../seeds';

const { values } = parseArgs({ options: { build: { type: 'string', default: '0' }, corpus: { type: 'string', default: '100' } } });

function median(numbers: number[]): number {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function time(run: () => void, repeats: number): number[] {
  return Array.from({ length: repeats }, () => {
    const start = performance.now();
    run();
    return performance.now() - start;
  });
}

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

/** Our conversion (OpenCC characters + glossary) against bare OpenCC on the same text. */
function benchConversion() {
  const text = SEED_ARTICLES.map(({ seed }) => readSeed(seed).body).join('\n').repeat(20);
  const bare = OpenCC.Converter({ from: 'tw', to: 'cn' });
  const ours = converterFrom(TAIWAN_TRADITIONAL);
  bare(text);
  ours(text);
  const baseline = median(time(() => bare(text), 9));
  const withGlossary = median(time(() => ours(text), 9));
  console.log(`conversion, ${text.length.toLocaleString('en')} characters tw→cn (median of 9):`);
  console.log(`  bare OpenCC            ${fmt(baseline)}`);
  console.log(`  OpenCC + glossary      ${fmt(withGlossary)}   ratio ${(withGlossary / baseline).toFixed(2)}×`);
  const html = `<p>${text.slice(0, 20_000).split('\n').join('</p><p>')}</p>`;
  const htmlMs = median(time(() => convertHtml(html, ours), 9));
  const plainMs = median(time(() => ours(text.slice(0, 20_000)), 9));
  console.log(`  the same 20,000 chars as HTML (parse, convert text nodes, serialize) ${fmt(htmlMs)}, ${(htmlMs / plainMs).toFixed(1)}× plain text`);
}

/** Compressed JavaScript each kind of page loads, against the not-found page (framework and layout only). */
function benchPageWeight() {
  const app = '.next/server/app';
  if (!existsSync(app)) {
    console.log('page weight: no production build (run npm run build first)');
    return;
  }
  const jsBytes = (htmlFile: string) => {
    const html = readFileSync(path.join(app, htmlFile), 'utf8');
    // Modern browsers skip the noModule polyfills, so they are not counted.
    const tags = [...html.matchAll(/<script src="\/_next\/([^"]+)"([^>]*)>/g)].filter((match) => !/noModule/i.test(match[2]));
    const sources = new Set(tags.map((match) => match[1]));
    return [...sources].reduce((sum, source) => sum + gzipSync(readFileSync(path.join('.next', source))).length, 0);
  };
  const floor = jsBytes('_not-found.html');
  console.log('page weight, gzip bytes of the JavaScript the prerendered HTML loads:');
  const rows: [string, string][] = [
    ['not-found (baseline)', '_not-found.html'],
    ['home', 'zh-Hant.html'],
    ['article with a video', 'zh-Hant/posts/tsai-open-source-ai-sovereignty.html'],
    ['article without video', 'zh-Hant/posts/tsai-alibaba-ai-early-not-leading.html'],
    ['company page', 'zh-Hant/companies/nvidia.html'],
  ];
  for (const [label, file] of rows) {
    const bytes = jsBytes(file);
    console.log(`  ${label.padEnd(24)} ${bytes.toLocaleString('en').padStart(9)} B   ratio ${(bytes / floor).toFixed(2)}×`);
  }
}

/** Clean builds of a scratch copy: our content, then with N synthetic articles (../shared/tools/gen-corpus.mjs). */
function benchBuild(runs: number, corpusSize: number) {
  const generator = path.resolve('../shared/tools/gen-corpus.mjs');
  if (!existsSync(generator)) {
    console.log('build: ../shared/tools/gen-corpus.mjs is not here');
    return;
  }
  const ignored = new Set(['node_modules', '.next', '.contentlayer', '.git', 'test-results', '.vercel']);
  const site = mkdtempSync(path.join(tmpdir(), 'bench-site-'));
  cpSync('.', site, { recursive: true, filter: (source) => !ignored.has(path.basename(source)) });
  execFileSync('cp', ['-al', path.resolve('node_modules'), path.join(site, 'node_modules')]);
  const build = () => {
    rmSync(path.join(site, '.next'), { recursive: true, force: true });
    rmSync(path.join(site, '.contentlayer'), { recursive: true, force: true });
    const start = performance.now();
    execFileSync('npm', ['run', 'build'], { cwd: site, stdio: 'ignore', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
    return (performance.now() - start) / 1000;
  };
  const pages = () => readdirSync(path.join(site, '.next/server/app'), { recursive: true }).filter((file) => String(file).endsWith('.html')).length;
  const baseline = median(Array.from({ length: runs }, build));
  const basePages = pages();
  execFileSync('node', [generator, String(corpusSize), 'hugo', path.join(site, 'content/posts')], { stdio: 'ignore', env: { ...process.env, SEEDS: path.resolve('tests/fixtures/seeds') } });
  const scaled = median(Array.from({ length: runs }, build));
  const scaledPages = pages();
  rmSync(site, { recursive: true, force: true });
  console.log(`clean build (npm run build: checks + contentlayer + next build), median of ${runs}:`);
  console.log(`  ${SEED_ARTICLES.length} articles (baseline)   ${baseline.toFixed(1)} s   ${basePages} pages`);
  console.log(`  +${corpusSize} synthetic          ${scaled.toFixed(1)} s   ${scaledPages} pages   ratio ${(scaled / baseline).toFixed(2)}×, ${(((scaled - baseline) / corpusSize) * 1000).toFixed(0)} ms per extra article`);
}

benchConversion();
benchPageWeight();
const runs = Number(values.build);
if (runs > 0) benchBuild(runs, Number(values.corpus));
else console.log('build: skipped (npm run bench -- --build 2 to time clean builds with and without a synthetic corpus)');
