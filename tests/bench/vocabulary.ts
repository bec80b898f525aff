/**
 * The vocabulary's figures, for `npm run bench`: terms right out of terms tried per direction on every test
 * set (tests/fixtures/vocabulary/terms.yaml, written with the word list; independent.yaml, written from material
 * it was not grown from at first; unseen.yaml, unseen-2.yaml and unseen-3.yaml, written from real pages it was never grown from,
 * each measured blind once before the list changed for it), traps fired per direction on the trap list
 * (traps.yaml), and the cost of the vocabulary pass against bare OpenCC on the seed articles. Prints; asserts nothing.
 * `npx tsx tests/bench/vocabulary.ts` prints the same without the rest of the bench.
 */
import * as OpenCC from 'opencc-js';
import { converterFrom } from '../../lib/text/chinese/convert';
import type { SourceScript } from '../../lib/core/languages';
import { siteGlossary } from '../../lib/text/chinese/glossary';
import { DIRECTIONS, measureVocabulary, TERM_SETS, type TermSetName } from '../fixtures/vocabulary/measure';
import { readSeed, SEED_ARTICLES } from '../seeds';

function median(numbers: number[]): number {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function timeMs(run: () => void, repeats: number): number {
  return median(
    Array.from({ length: repeats }, () => {
      const start = performance.now();
      run();
      return performance.now() - start;
    }),
  );
}

const percent = (right: number, total: number) => (total === 0 ? '–' : `${((right / total) * 100).toFixed(1)}%`);

export function benchVocabulary(): void {
  const pairs = siteGlossary();
  const protectedCount = pairs.filter((pair) => pair.protect).length;
  console.log(`vocabulary: ${pairs.length - protectedCount} pairs and ${protectedCount} protected words (content/vocabulary/)`);

  const { sets, traps } = measureVocabulary();
  for (const name of Object.keys(TERM_SETS) as TermSetName[]) {
    const terms = sets[name];
    const right = terms.filter((term) => term.right).length;
    console.log(
      `  terms right / tried (tests/fixtures/vocabulary/${TERM_SETS[name]}): ${right} / ${terms.length}  ${percent(right, terms.length)}`,
    );
    for (const direction of DIRECTIONS) {
      const tried = terms.filter((term) => term.direction === direction);
      const ok = tried.filter((term) => term.right).length;
      const missed = tried.filter((term) => !term.right).map((term) => term.term);
      console.log(
        `    ${direction}  ${String(ok).padStart(3)} / ${String(tried.length).padEnd(3)} ${percent(ok, tried.length).padStart(6)}${missed.length ? `   missed: ${missed.join(' ')}` : ''}`,
      );
    }
  }
  const fired = traps.filter((trap) => trap.fired);
  const perDirection = DIRECTIONS.map((direction) => {
    const own = traps.filter((trap) => trap.direction === direction);
    return `${direction} ${own.filter((trap) => trap.fired).length} / ${own.length}`;
  });
  console.log(`  traps fired / traps (traps.yaml): ${fired.length} / ${traps.length}  (${perDirection.join(', ')})`);
  for (const trap of fired) console.log(`    ${trap.direction} ${trap.text} → ${trap.output} (${trap.reason})`);

  const seeds = SEED_ARTICLES.map(({ seed }) => readSeed(seed).body).join('\n');
  const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
  const cases: [string, SourceScript, string][] = [
    ['tw→cn', { script: 'zh-Hant', region: 'tw' }, seeds],
    ['cn→tw', { script: 'zh-Hans', region: 'cn' }, toSimplified(seeds)],
  ].map(([label, source, text]) => [label as string, source as SourceScript, (text as string).repeat(20)]);
  console.log(`  speed on the seed articles ×20 (median of 9), vocabulary pass against bare OpenCC:`);
  for (const [label, source, text] of cases) {
    const bare = OpenCC.Converter(source.script === 'zh-Hant' ? { from: source.region, to: 'cn' } : { from: 'cn', to: 'tw' });
    const ours = converterFrom(source);
    bare(text);
    ours(text);
    const baseline = timeMs(() => bare(text), 9);
    const withVocabulary = timeMs(() => ours(text), 9);
    console.log(
      `    ${label} ${text.length.toLocaleString('en')} chars: bare OpenCC ${baseline.toFixed(1)} ms, with vocabulary ${withVocabulary.toFixed(1)} ms, ratio ${(withVocabulary / baseline).toFixed(2)}×`,
    );
  }
}

if (process.argv[1]?.endsWith('vocabulary.ts')) benchVocabulary();
