import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SHARE_IMAGE_DIR, shareImageFile } from '../content/share-image-files';
import { articleSlugsToPrerender } from '../content/static-params';
import { STORE_DIR, type StoredArticle } from '../content/store-types';
import { SITE_TIME_ZONE } from '../dates';
import { routing, type Locale } from '../i18n/routing';
import { renderShareImages, type ShareCard } from '../share-image/render';

/**
 * `npm run build` step, after Contentlayer: a share image per pre-rendered article in each script
 * (public/og/<locale>/<slug>.png). Each image is kept in .next/cache, which Vercel keeps between builds,
 * under a hash of what it shows: a build renders only the cards that are new or changed.
 */
const CACHE_DIR = '.next/cache/share-images';
const RENDERER_VERSION = '1';

const siteNames = Object.fromEntries(
  routing.locales.map((locale) => [locale, (JSON.parse(readFileSync(`lib/i18n/messages/${locale}.json`, 'utf8')) as { Metadata: { siteName: string } }).Metadata.siteName]),
) as Record<Locale, string>;

function dateText(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { timeZone: SITE_TIME_ZONE, year: 'numeric', month: 'long', day: 'numeric' }).format(new Date(iso));
}

const started = performance.now();
const jobs: { card: ShareCard; target: string; cached: string }[] = [];
for (const slug of await articleSlugsToPrerender()) {
  const article = JSON.parse(readFileSync(path.join(STORE_DIR, 'articles', `${slug}.json`), 'utf8')) as StoredArticle;
  for (const locale of routing.locales) {
    const pick = (text: { hant: string; hans: string }) => (locale === 'zh-Hans' ? text.hans : text.hant);
    const card: ShareCard = { title: pick(article.title), siteName: siteNames[locale], dateText: dateText(article.publishedAt, locale), locale, tags: article.tags.slice(0, 3).map((tag) => pick(tag.name)) };
    const key = createHash('sha256').update(JSON.stringify([RENDERER_VERSION, card])).digest('hex').slice(0, 24);
    jobs.push({ card, target: shareImageFile(locale, slug), cached: path.join(CACHE_DIR, `${key}.png`) });
  }
}

const wanted = new Set(jobs.map((job) => path.resolve(job.target)));
for (const locale of existsSync(SHARE_IMAGE_DIR) ? readdirSync(SHARE_IMAGE_DIR) : []) {
  for (const file of readdirSync(path.join(SHARE_IMAGE_DIR, locale))) if (!wanted.has(path.resolve(SHARE_IMAGE_DIR, locale, file))) rmSync(path.join(SHARE_IMAGE_DIR, locale, file));
}
mkdirSync(CACHE_DIR, { recursive: true });
for (const locale of routing.locales) mkdirSync(path.dirname(shareImageFile(locale, 'x')), { recursive: true });

const toRender = jobs.filter((job) => !existsSync(job.cached));
await renderShareImages(
  toRender.map((job) => job.card),
  (png, _card, index) => writeFileSync(toRender[index].cached, png),
);
for (const job of jobs) copyFileSync(job.cached, job.target);
console.log(`share images: ${jobs.length} (${toRender.length} rendered, ${jobs.length - toRender.length} from the cache) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
