import { addressHash, normalizeAddress } from '../../core/addresses';
import { readStore } from './reader';
import type { StoredRedirectMeta, StoredRedirectShard } from './contract';

/**
 * The article an old address (Hugo's `url`, permalink or alias) leads to: one small shard of the table
 * read per lookup, whatever the size of the archive. Kept apart from store.ts so the proxy, which calls
 * it for every unknown path, does not carry the converter.
 */
export async function articleForOldAddress(pathname: string): Promise<string | undefined> {
  const address = normalizeAddress(pathname);
  if (!address) return undefined;
  const meta = await readStore<StoredRedirectMeta>('redirects/meta.json');
  if (!meta) return undefined;
  const shard = await readStore<StoredRedirectShard>(`redirects/${addressHash(address) % meta.shards}.json`);
  return shard?.[address];
}
