import { addressHash, normalizeAddress } from '../../core/addresses';
import { localeSegment, routing } from '../../core/i18n/routing';
import { readStore } from './reader';
import { storeFiles } from './contract';

/** A page of a list (`…/page/3`), and a list's or a site's feed as Hugo names it (`…/index.xml`, `/rss.xml`). */
const PAGED = /^(.*)\/page\/([1-9]\d{0,5})$/;
const FEED = /^(.*)\/(?:index|rss|atom|feed)\.xml$/;
/** Below one of our locale prefixes: our own pages, unless a Hugo site had a language of that name. */
const LOCALE_PREFIXED = new RegExp(`^/(${routing.locales.map(localeSegment).join('|')})(/|$)`);

/** One lookup in the redirect table (lib/outputs/store/build.ts): one small shard read, whatever the archive's size. */
async function lookUp(address: string): Promise<string | undefined> {
  const meta = await readStore(storeFiles.redirectMeta);
  if (!meta) return undefined;
  const shard = await readStore(storeFiles.redirectShard(addressHash(address) % meta.shards));
  return shard?.[address];
}

/** Where a list now is: an old list's address from the table, or one of ours as it is (`/tags/ai`, `/tags`, `/`). */
async function listTarget(base: string): Promise<string | undefined> {
  if (base === '') return '/';
  return (await lookUp(base)) ?? (/^\/(tags|categories|series)(\/[^/]+)?$/.test(base) ? base : undefined);
}

/**
 * The page an old address (Hugo's `url`, permalink or alias, a list or a feed it published) leads to now, as a path
 * below the locale (`/posts/x`, `/about`, `/tags/开源/feed.xml`), or undefined. Kept apart from queries.ts so the
 * proxy, which calls it for every unknown path, does not carry the converter. An address below one of our locale
 * prefixes is looked up only where the table holds such addresses (build.ts), so our own pages cost no shard read.
 */
export async function targetForOldAddress(pathname: string): Promise<string | undefined> {
  const address = normalizeAddress(pathname);
  if (!address) return undefined;
  const prefixed = LOCALE_PREFIXED.test(address);
  if (prefixed && !(await readStore(storeFiles.redirectMeta))?.localePrefixed) return undefined;
  const found = await lookUp(address);
  if (found) return found;
  // A site with uglyURLs published its lists as files (`/tags/go-lang.html`, `/posts.html`): the list they are.
  if (address.endsWith('.html')) {
    const list = await listTarget(address.slice(0, -'.html'.length));
    if (list) return list;
  }
  // Page N of a list Hugo published (`/posts/page/2/`, `/tags/開源/page/3/`): the same page of the list it now is.
  const paged = PAGED.exec(address);
  if (paged) {
    const list = await listTarget(paged[1]);
    if (list) return `${list === '/' ? '' : list}/page/${paged[2]}`;
  }
  // A feed a reader subscribed to: the feed of the list it now is; the site's feed for the site and its sections.
  const feed = FEED.exec(address);
  if (feed) {
    const list = await listTarget(feed[1]);
    if (!list && prefixed) return undefined; // a feed of ours (`/zh-hans/tags/x/feed.xml`) stays where it is
    return list && /^\/tags\/[^/]+$/.test(list) ? `${list}/feed.xml` : '/feed.xml';
  }
  return undefined;
}
