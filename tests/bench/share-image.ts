/**
 * `benchShareImages(count)`: renders `count` share images, half Traditional and half Simplified,
 * from real-looking titles (the seeds' titles, headings and sentences, varied), and prints the
 * median time per image after warm-up, totals, and the font data read. Asserts nothing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as OpenCC from 'opencc-js';
import { fontStats } from '../../lib/outputs/share-image/fonts';
import { renderShareImage, type ShareCard } from '../../lib/outputs/share-image/render';

const SEED_DIRS = ['tests/fixtures/seeds', '/work/shared/seeds'];
const SITE_NAMES = { 'zh-Hant': 'AI 產業觀察', 'zh-Hans': 'AI 产业观察' } as const;
const WARM_UP = 10;

type Article = { title: string; tags: string[]; script: 'zh-Hant' | 'zh-Hans' };

/** Plain OpenCC (without the site glossary, which needs the content folder): enough for a benchmark. */
const converters = new Map<string, (text: string) => string>();
function converter(from: 'tw' | 'cn', to: 'tw' | 'cn'): (text: string) => string {
  let convert = converters.get(from + to);
  if (!convert) converters.set(from + to, (convert = OpenCC.Converter({ from, to })));
  return convert;
}

/** A small deterministic generator, so every run renders the same titles. */
function random(seed: number): () => number {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

function seedTexts(): string[] {
  const dir = SEED_DIRS.find((candidate) => existsSync(candidate));
  if (!dir) throw new Error(`share-image bench: no seeds in ${SEED_DIRS.join(' or ')}`);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => readFileSync(path.join(dir, file), 'utf8'));
}

/** Titles: the seeds' own, their headings, and their sentences, trimmed to a title's length. */
function titlePool(): { titles: string[]; tags: string[] } {
  const titles: string[] = [];
  const tags: string[] = [];
  for (const raw of seedTexts()) {
    const title = /^title:\s*"?(.+?)"?\s*$/m.exec(raw)?.[1] ?? raw.split('\n')[0];
    titles.push(title.trim());
    const tagList = /^tags:\s*\[(.*)\]/m.exec(raw)?.[1];
    if (tagList) tags.push(...tagList.split(',').map((tag) => tag.trim().replace(/^"|"$/g, '')));
    const body = raw
      .replace(/^---\n[\s\S]*?\n---\n/, '')
      .replace(/\{\{[<%].*?[>%]\}\}/g, '')
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\*\*|^>\s?/gm, '');
    for (const heading of body.matchAll(/^#{2,3}\s+(.+)$/gm)) titles.push(heading[1].trim());
    for (const sentence of body.replace(/^#.*$/gm, '').split(/[\n。！？]/)) {
      const text = sentence
        .trim()
        .replace(/^[」』）)，、：”’]+/, '')
        .replace(/^[「『（(]|[」』）)]$/g, '');
      const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
      if (han < 8 || text.length < 12) continue;
      // A long sentence is cut after a clause, as an editor would shorten it.
      titles.push(text.length <= 60 ? text : text.slice(0, 60).replace(/[，、；：][^，、；：]*$/, ''));
    }
  }
  return { titles: [...new Set(titles)].filter((title) => title.length >= 8), tags: [...new Set(tags)] };
}

/** `count` articles: pool titles, some joined as "heading：sentence" or given a number, up to ~80 characters. */
export function benchArticles(count: number): Article[] {
  const { titles, tags } = titlePool();
  const [toSimplified, toTraditional] = [converter('tw', 'cn'), converter('cn', 'tw')];
  const next = random(20260207);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
  const articles: Article[] = [];
  for (let i = 0; i < count; i++) {
    const base = i < titles.length ? titles[i] : pick(titles);
    const script = toSimplified(base) === base && toTraditional(base) !== base ? 'zh-Hans' : 'zh-Hant';
    let title = base;
    const variation = next();
    if (i >= titles.length && variation < 0.35) title = `${pick(titles).split(/[：，]/)[0]}：${base}`;
    else if (i >= titles.length && variation < 0.5) title = `${2024 + Math.floor(next() * 3)} 年觀察｜${base}`;
    else if (i >= titles.length && variation < 0.6) title = `《${pick(titles).slice(0, 6)}》${base}？`;
    // The added parts may come from the other script: an article is written in one.
    title = script === 'zh-Hans' ? toSimplified(title) : toTraditional(title);
    if (title.length > 80) title = `${title.slice(0, 79)}…`;
    const toScript = script === 'zh-Hans' ? toSimplified : toTraditional;
    const articleTags = Array.from({ length: Math.floor(next() * 4) }, () => toScript(pick(tags)));
    articles.push({ title, script, tags: [...new Set(articleTags)] });
  }
  return articles;
}

/** Both scripts of each article, as the site publishes them. */
export function benchCards(count: number): ShareCard[] {
  const articles = benchArticles(Math.ceil(count / 2));
  const cards: ShareCard[] = [];
  articles.forEach((article, i) => {
    const toOther = article.script === 'zh-Hant' ? converter('tw', 'cn') : converter('cn', 'tw');
    const date = new Date(Date.UTC(2025, 0, 1) + i * 86_400_000 * 0.7);
    const dateText = `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
    for (const locale of ['zh-Hant', 'zh-Hans'] as const) {
      const convert = locale === article.script ? (text: string) => text : toOther;
      cards.push({ title: convert(article.title), siteName: SITE_NAMES[locale], dateText, locale, tags: article.tags.map(convert) });
    }
  });
  return cards.slice(0, count);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;

/**
 * Renders `count` cards one at a time, as the share image route does on first requests: the median per
 * image after WARM_UP, and the first one from a cold start (fonts read).
 */
export async function benchShareImages(count: number): Promise<void> {
  const cards = benchCards(count);
  const characters = new Set(cards.flatMap((card) => [...card.title]));
  const times: number[] = [];
  let bytes = 0;
  const start = performance.now();
  for (const card of cards) {
    const t = performance.now();
    bytes += (await renderShareImage(card)).byteLength;
    times.push(performance.now() - t);
  }
  const total = performance.now() - start;
  const fonts = fontStats();
  const warm = times.slice(WARM_UP);
  const p90 = [...warm].sort((a, b) => a - b)[Math.floor(warm.length * 0.9)] ?? NaN;
  console.log(
    `share images: ${cards.length} cards (${Math.ceil(cards.length / 2)} titles × 2 scripts), ${characters.size} distinct title characters`,
  );
  console.log(
    `  one at a time    first ${times[0].toFixed(0)} ms (cold), then median ${median(warm).toFixed(1)} ms, p90 ${p90.toFixed(1)} ms per image`,
  );
  console.log(
    `                   total ${(total / 1000).toFixed(2)} s, ${(total / cards.length).toFixed(1)} ms per image; PNGs ${kb(bytes / cards.length)} each`,
  );
  console.log(
    `  font data read   ${fonts.files} WOFF slices, ${kb(fonts.woffBytes)} (${kb(fonts.ttfBytes)} as TrueType), ${fonts.loadMs.toFixed(0)} ms to read and inflate`,
  );
}
