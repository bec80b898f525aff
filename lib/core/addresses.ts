/**
 * Old addresses (Hugo's `url`, its permalinks and `aliases`) as keys of the redirect table. The build
 * stores them normalized, and the proxy normalizes each request path the same way before looking it up,
 * so `/2015/03/My-Post/`, `/2015/03/my-post` and a percent-encoded Chinese path all find their article.
 */

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // a stray "%" is part of the name
  }
}

/** The redirect key of an address, or undefined when it cannot be one of this site's paths. */
export function normalizeAddress(raw: string): string | undefined {
  let address = raw.trim();
  if (/^https?:\/\//i.test(address)) {
    try {
      address = new URL(address).pathname;
    } catch {
      return undefined;
    }
  } else if (SCHEME.test(address) || address.startsWith('//') || address.includes('\\')) {
    return undefined;
  }
  address = address.split(/[?#]/)[0];
  const segments = address
    .split('/')
    .filter(Boolean)
    .map((segment) => decodeSegment(segment).normalize('NFC').toLowerCase());
  if (segments.some((segment) => segment === '.' || segment === '..' || segment.includes('/') || /\p{Cc}/u.test(segment))) return undefined;
  if (/^index\.html?$/.test(segments.at(-1) ?? '')) segments.pop();
  return segments.length === 0 ? undefined : `/${segments.join('/')}`;
}

/** 32-bit FNV-1a: the redirect table is split into shards by this hash of the key, read one shard per lookup. */
export function addressHash(key: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(key)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
