import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { site } from '../../core/site';
import { STORE_DIR, STORE_URL_PATH, type StoreFile } from './contract';

/**
 * Reads the content store (see contract.ts): from the disk where it was built (`npm run dev`,
 * `next build`, `next start`), else, in a deployment whose functions do not carry it, from the
 * deployment's own CDN (CONTENT_STORE_URL, or Vercel's deployment address).
 */
const cache = new Map<string, Promise<unknown>>();
/** Files kept in memory by a production server: the newest reads, so memory stays bounded at any archive size. */
const CACHE_ENTRIES = 1000;

/** One file of the store, checked against the contract; undefined when the store has no such file. */
export async function readStore<T>(file: StoreFile<T>): Promise<T | undefined> {
  const relative = file.path;
  // Production stores never change under a running server; in dev an edit must show on the next request.
  const cached = cache.get(relative);
  if (cached && !site.isDevelopment) {
    cache.delete(relative);
    cache.set(relative, cached);
    return cached as Promise<T | undefined>;
  }
  const reading = (async () => {
    const data = await readRaw(relative);
    if (data === undefined || file.holds(data)) return data;
    throw new Error(`content store: ${relative} does not hold what this version of the site reads; rebuild the store (npm run build)`);
  })();
  if (!site.isDevelopment) {
    cache.set(relative, reading);
    if (cache.size > CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
    reading.catch(() => cache.delete(relative)); // a failed read is tried again next time
  }
  return reading;
}

async function readRaw(relative: string): Promise<unknown> {
  try {
    // Not traced into functions (see next.config.ts): a deployment serves the store from its CDN.
    return JSON.parse(await readFile(path.join(/*turbopackIgnore: true*/ process.cwd(), STORE_DIR, relative), 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (!site.contentStoreUrl) return undefined;
  const response = await fetch(`${site.contentStoreUrl}${STORE_URL_PATH}/${relative}`, {
    headers: site.contentStoreHeaders,
    cache: 'force-cache',
  });
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`content store: ${relative} answered ${response.status}`);
  return response.json();
}
