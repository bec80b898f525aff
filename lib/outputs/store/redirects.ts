import { addressHash, normalizeAddress } from '../../core/addresses';
import { readStore } from './reader';
import { storeFiles } from './contract';

/**
 * The article an old address (Hugo's `url`, permalink or alias) leads to: one small shard of the table
 * read per lookup, whatever the size of the archive. Kept apart from store.ts so the proxy, which calls
 * it for every unknown path, does not carry the converter.
 */
export async function articleForOldAddress(pathname: string): Promise<string | undefined> {
  const address = normalizeAddress(pathname);
  if (!address) return undefined;
  const meta = await readStore(storeFiles.redirectMeta);
  if (!meta) return undefined;
  const shard = await readStore(storeFiles.redirectShard(addressHash(address) % meta.shards));
  return shard?.[address];
}
