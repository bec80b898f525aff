import { describe, expect, test } from 'vitest';
import { addressHash, normalizeAddress } from '@/lib/core/addresses';

describe('normalizeAddress', () => {
  test('one key whatever the case and the trailing slash', () => {
    const key = normalizeAddress('/2015/03/my-post');
    expect(key).toBe('/2015/03/my-post');
    for (const variant of ['/2015/03/My-Post/', '/2015/03/MY-POST', '/2015/03/my-post/']) expect(normalizeAddress(variant)).toBe(key);
  });

  test('a percent-encoded Chinese path and the path as written are one key', () => {
    const written = '/2009/03/南投清境農場-國民賓館/';
    expect(normalizeAddress(encodeURI(written))).toBe('/2009/03/南投清境農場-國民賓館');
    expect(normalizeAddress(written)).toBe('/2009/03/南投清境農場-國民賓館');
  });

  test('percent escapes in either case are one key', () => {
    expect(normalizeAddress('/a/%E9%96%8B')).toBe('/a/開');
    expect(normalizeAddress('/a/%e9%96%8b')).toBe('/a/開');
  });

  test('a malformed escape is kept as part of the name, not a failure', () => {
    expect(normalizeAddress('/a/%zz/')).toBe('/a/%zz');
    expect(normalizeAddress('/100%-sure/')).toBe('/100%-sure');
    // A truncated UTF-8 sequence cannot be decoded: kept, and lower-cased like the rest.
    expect(normalizeAddress('/a/%E9')).toBe(normalizeAddress('/a/%e9'));
  });

  test('Unicode is compared in NFC', () => {
    const decomposed = '/caf\u0065\u0301/';
    expect(normalizeAddress(decomposed)).toBe('/caf\u00e9');
  });

  test('absolute http(s) addresses: only the path counts', () => {
    expect(normalizeAddress('https://old-blog.example.com/2015/03/crlf-bom/')).toBe('/2015/03/crlf-bom');
    expect(normalizeAddress('HTTP://Old.Example.com/A/B/?x=1#top')).toBe('/a/b');
  });

  test('query and fragment are not part of the key', () => {
    expect(normalizeAddress('/a/b?page=2')).toBe('/a/b');
    expect(normalizeAddress('/a/b#comments')).toBe('/a/b');
    expect(normalizeAddress('/a/b/?x=1#y')).toBe('/a/b');
  });

  test('an index.html (or .htm) at the end is its folder', () => {
    expect(normalizeAddress('/a/index.html')).toBe('/a');
    expect(normalizeAddress('/a/b/INDEX.HTM')).toBe('/a/b');
    expect(normalizeAddress('/a/page.html')).toBe('/a/page.html');
    expect(normalizeAddress('/a/index.html/b')).toBe('/a/index.html/b');
  });

  test('empty segments and surrounding spaces are ignored; a path without its leading slash gets one', () => {
    expect(normalizeAddress('/a//b/')).toBe('/a/b');
    expect(normalizeAddress('  /a/b/  ')).toBe('/a/b');
    expect(normalizeAddress('a/b')).toBe('/a/b');
  });

  test('the site root, or nothing, is no key', () => {
    expect(normalizeAddress('/')).toBeUndefined();
    expect(normalizeAddress('')).toBeUndefined();
    expect(normalizeAddress('/index.html')).toBeUndefined();
    expect(normalizeAddress('https://example.com/')).toBeUndefined();
  });

  test.each(['javascript:alert(1)', 'mailto:a@example.com', 'ftp://example.com/a', 'data:text/html,x', 'JavaScript:alert(1)'])(
    'refuses another scheme: %s',
    (address) => {
      expect(normalizeAddress(address)).toBeUndefined();
    },
  );

  test('refuses a protocol-relative address (another host) and backslashes', () => {
    expect(normalizeAddress('//evil.example.com/a')).toBeUndefined();
    expect(normalizeAddress('/\\evil.example.com')).toBeUndefined();
    expect(normalizeAddress('/a\\b')).toBeUndefined();
  });

  test('refuses an absolute address that is not a URL', () => {
    expect(normalizeAddress('https://')).toBeUndefined();
  });

  test('refuses . and .. segments, written or percent-encoded', () => {
    for (const address of ['/a/../b', '/a/./b', '/..', '/a/%2e%2e/b', '/a/%2E/b', '/a/.%2e/b']) {
      expect(normalizeAddress(address), address).toBeUndefined();
    }
  });

  test('refuses an encoded slash, which would make one segment two', () => {
    expect(normalizeAddress('/a/b%2Fc')).toBeUndefined();
  });

  test('refuses control characters, written or encoded', () => {
    for (const address of ['/a/\u0001b', '/a\tb', '/a%0a/', '/a/%00', '/a/%7F']) {
      expect(normalizeAddress(address), JSON.stringify(address)).toBeUndefined();
    }
  });

  test('dots inside a name are fine', () => {
    expect(normalizeAddress('/a/v1.2.3/')).toBe('/a/v1.2.3');
    expect(normalizeAddress('/a/...b')).toBe('/a/...b');
  });

  test('normalizing a key again gives the same key', () => {
    for (const address of ['/2015/03/My-Post/', encodeURI('/南投/清境/'), '/a/%zz/', 'https://x.example/A/index.html']) {
      const key = normalizeAddress(address)!;
      expect(normalizeAddress(key)).toBe(key);
    }
  });
});

describe('addressHash: 32-bit FNV-1a of the UTF-8 bytes', () => {
  test('the published FNV-1a test vectors', () => {
    expect(addressHash('')).toBe(0x811c9dc5);
    expect(addressHash('a')).toBe(0xe40c292c);
    expect(addressHash('foobar')).toBe(0xbf9cf968);
  });

  test('stable, unsigned and 32-bit', () => {
    for (const key of ['/2015/03/my-post', '/2009/03/南投清境農場', '/a']) {
      const hash = addressHash(key);
      expect(hash).toBe(addressHash(key));
      expect(Number.isInteger(hash)).toBe(true);
      expect(hash).toBeGreaterThanOrEqual(0);
      expect(hash).toBeLessThan(2 ** 32);
    }
  });

  test('hashes the UTF-8 bytes, not UTF-16 code units', () => {
    // 開 is E9 96 8B in UTF-8: hashing those three bytes by hand must agree.
    let hash = 0x811c9dc5;
    for (const byte of [0xe9, 0x96, 0x8b]) {
      hash ^= byte;
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    expect(addressHash('開')).toBe(hash);
  });

  test('different keys spread over shards', () => {
    const shards = new Set(Array.from({ length: 64 }, (_, index) => addressHash(`/posts/${index}`) % 8));
    expect(shards.size).toBe(8);
  });
});
