import type { ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { freePort, startProcess, stopProcess, waitForServer } from '../support/scratch-site';
import { baseUrl } from './browser';

/**
 * Requests no reader's browser sends: traversal, overlong and broken paths, odd methods, open-redirect
 * shapes, absurd headers and cookies, and a proxy's Host / X-Forwarded-* headers in front of
 * `next start -H …`. Every answer is a 404 or the right page: never a server error, a loop, a file from
 * disk or a redirect to another site. Requests go out byte for byte as written (a raw socket: fetch
 * would normalize `..` and `%2e%2e` away before sending).
 */
type Answer = { status: number; headers: Record<string, string>; body: string };

/** A chunked body's bytes, joined (chunk sizes count bytes, so this works on the raw buffer). */
function unchunk(bytes: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  while (at < bytes.length) {
    const lineEnd = bytes.indexOf('\r\n', at);
    const size = parseInt(bytes.subarray(at, lineEnd).toString('latin1'), 16);
    if (!size) break;
    parts.push(bytes.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

function rawRequest(origin: string, request: { method?: string; path: string; headers?: Record<string, string> }): Promise<Answer> {
  const { hostname, port } = new URL(origin);
  const headers = { Host: `${hostname}:${port}`, Connection: 'close', ...request.headers };
  const head = `${request.method ?? 'GET'} ${request.path} HTTP/1.1\r\n${Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('')}\r\n`;
  return new Promise((resolve, reject) => {
    // Written, not ended: a half-closed socket makes Node's server drop the answer. `Connection: close` ends it.
    const socket = connect(Number(port), hostname, () => socket.write(Buffer.from(head, 'latin1')));
    const chunks: Buffer[] = [];
    socket.setTimeout(30_000, () => socket.destroy(new Error(`no answer to ${request.path.slice(0, 80)} within 30 s`)));
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const bytes = Buffer.concat(chunks);
      const split = bytes.indexOf('\r\n\r\n');
      const [statusLine, ...lines] = bytes.subarray(0, split).toString('latin1').split('\r\n');
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1]);
      if (!status) return reject(new Error(`not an HTTP answer to ${request.path.slice(0, 80)}: ${statusLine}`));
      const parsed: Record<string, string> = {};
      for (const line of lines) {
        const colon = line.indexOf(':');
        parsed[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      const body = bytes.subarray(split + 4);
      resolve({ status, headers: parsed, body: (parsed['transfer-encoding'] === 'chunked' ? unchunk(body) : body).toString('utf8') });
    });
  });
}

/** Bits of files from disk that must never be served: the package manifest, the config, the proxy, a system file. */
const DISK_FILES = [/"devDependencies"\s*:/, /withNextIntl|createNextIntlPlugin/, /export default async function proxy/, /root:x:0:0/];

type Journey = { answers: (Answer & { path: string })[]; final: Answer };

/**
 * A request, then every redirect it leads to (with the same headers), checking each hop: no server
 * error, no file from disk, no Location leaving `allowedHosts`, no loop, at most 5 hops.
 */
async function follow(
  origin: string,
  request: { method?: string; path: string; headers?: Record<string, string> },
  allowedHosts: string[] = [new URL(origin).host],
): Promise<Journey> {
  const answers: Journey['answers'] = [];
  let current = request;
  const seen = new Set<string>();
  for (let hop = 0; hop <= 5; hop++) {
    const answer = await rawRequest(origin, current);
    answers.push({ ...answer, path: current.path });
    const label = `${current.method ?? 'GET'} ${current.path.slice(0, 120)} → ${answer.status}`;
    expect(answer.status, label).toBeLessThan(500);
    for (const pattern of DISK_FILES) expect(answer.body, label).not.toMatch(pattern);
    if (answer.status < 300 || answer.status >= 400) return { answers, final: answer };
    const location = answer.headers.location;
    expect(location, `${label} without a Location`).toBeTruthy();
    // Resolved as a browser would, against the address the reader asked for.
    const requestedHost = current.headers?.Host ?? current.headers?.host ?? new URL(origin).host;
    const target = new URL(location, `http://${requestedHost}${current.path.startsWith('/') ? '' : '/'}`);
    expect([...allowedHosts, requestedHost], `${label}: Location ${location} leaves the site`).toContain(target.host);
    expect(location, `${label}: Location ${location}`).not.toMatch(/^\s*([/\\]{2}|[a-z]+:[/\\]*[^/]*evil)/i);
    const next = target.pathname + target.search;
    expect(seen.has(next), `${label}: a loop through ${next}`).toBe(false);
    seen.add(next);
    current = { ...current, method: current.method === 'HEAD' ? 'HEAD' : 'GET', path: next };
  }
  throw new Error(`${request.path.slice(0, 120)}: more than 5 redirects`);
}

const site = () => baseUrl();

describe('traversal and broken paths: a 404, never a file from disk or a server error', () => {
  test.each([
    '/zh-hant/posts/..%2f..%2fpackage.json',
    '/zh-hant/posts/%2e%2e/%2e%2e/package.json',
    '/zh-hant/posts/../../package.json',
    '/zh-hant/posts/..%5c..%5cpackage.json',
    '/zh-hant/posts/%c0%ae%c0%ae/%c0%ae%c0%ae/package.json',
    '/_store/../package.json',
    '/_store/..%2f..%2fpackage.json',
    '/_store/%2e%2e/%2e%2e/package.json',
    '/_next/static/..%2f..%2f..%2fpackage.json',
    '/_next/static/../../next.config.ts',
    '/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
    '/zh-hant/tags/..%2f..%2f..%2fsite',
    '/zh-hant/companies/..%2f..%2fcompanies',
    '/proxy.ts',
    '/.env',
    '/.next/BUILD_ID',
    '/node_modules/next/package.json',
    `/zh-hant/posts/${'a'.repeat(5000)}`,
    `/${'長'.repeat(1700)}`,
    '/zh-hant/posts/%ff%fe',
    '/zh-hant/tags/%ff',
    '/%ff%fe/%c0%af',
    '/zh-hant/posts/%00',
    '/zh-hant/posts/%',
    '/zh-hant/archive/99999999999999999999',
    '/zh-hant/page/-1',
    '/zh-hant/page/1e3',
  ])('%s', async (path) => {
    const { final, answers } = await follow(site(), { path });
    expect(final.status, answers.map((answer) => `${answer.path.slice(0, 80)} ${answer.status}`).join(' → ')).toBe(404);
  });
});

describe('locales', () => {
  test.each(['/fr/x', '/fr', '/en-US/posts/x', '/zh/posts/x', '/zh-tw/x'])(
    '%s: a 404 in the default script, straight away',
    async (path) => {
      const answer = await rawRequest(site(), { path });
      expect(answer.status).toBe(404);
      expect(answer.body).toContain('找不到這個頁面');
    },
  );

  test.each([
    ['/ZH-HANT', '/zh-hant'],
    ['/Zh-Hans/tags?x=1', '/zh-hans/tags?x=1'],
    ['/zh-HANT/archive', '/zh-hant/archive'],
  ])('%s: a permanent redirect to its lower-case address', async (path, lowered) => {
    const answer = await rawRequest(site(), { path });
    expect(answer.status).toBe(308);
    expect(new URL(answer.headers.location, site()).href).toBe(new URL(lowered, site()).href);
    expect((await follow(site(), { path })).final.status).toBe(200);
  });
});

describe('methods', () => {
  test('HEAD answers like GET, without a body', async () => {
    const [head, get] = await Promise.all([
      rawRequest(site(), { method: 'HEAD', path: '/zh-hant' }),
      rawRequest(site(), { path: '/zh-hant' }),
    ]);
    expect(head.status).toBe(200);
    expect(get.status).toBe(200);
    expect(head.body).toBe('');
    expect(head.headers['content-type']).toBe(get.headers['content-type']);
  });

  test.each(['OPTIONS', 'POST', 'PUT', 'DELETE', 'PATCH', 'PROPFIND'])('%s on pages: no server error', async (method) => {
    for (const path of ['/', '/zh-hant', '/zh-hant/posts/x', '/fr/x', '/posts/x']) {
      const answer = await rawRequest(site(), { method, path, headers: { 'Content-Length': '0' } });
      expect(answer.status, `${method} ${path}`).toBeLessThan(500);
    }
  });

  // Known limitations of `next start` itself, before any code of ours runs (on Vercel the CDN answers
  // these): a public or build file asked with another method gets `Allow: GET, HEAD` but a 500, because
  // Next renders a Pages Router /405 page an App Router site does not have; and TRACE cannot become the
  // Request a proxy receives. What matters holds: nothing is written, no file is sent, nothing is echoed.
  test.each(['POST', 'PUT', 'DELETE', 'TRACE'])('%s on files: refused, no file content, nothing echoed', async (method) => {
    for (const path of ['/_store/site.json', '/icon.svg', '/robots.txt', '/zh-hant']) {
      const answer = await rawRequest(site(), {
        method,
        path,
        headers: { 'Content-Length': '0', 'X-Echo-Probe': 'reflected-header-value' },
      });
      expect(answer.status, `${method} ${path}`).toBeGreaterThanOrEqual(method === 'TRACE' || path.includes('.') ? 400 : 200);
      expect(answer.body).not.toContain('reflected-header-value');
      expect(answer.body).not.toContain('"articleCount"');
    }
  });
});

describe('open redirects: never a Location off the site', () => {
  test.each([
    '//evil.example',
    '//evil.example/',
    '//evil.example/zh-hant',
    '///evil.example/',
    '/\\evil.example',
    '/\\/evil.example/',
    '/%5C%5Cevil.example',
    '/%5Cevil.example/',
    '/%2F%2Fevil.example',
    '/%2f%2fevil.example/',
    '/https://evil.example/',
    '/https:/evil.example',
    '/zh-hant//evil.example',
    '/zh-hant/%2F%2Fevil.example',
    '/ZH-HANT/%5C%5Cevil.example',
    '/posts//evil.example',
    '/posts/%2F%2Fevil.example',
    '/tags/\\evil.example',
    '/zh-hant/posts/x/',
    '/zh-hant/?next=//evil.example',
    '/?redirect=https://evil.example',
  ])('%s', async (path) => {
    const { final } = await follow(site(), { path });
    expect([200, 404]).toContain(final.status);
  });
});

describe('absurd headers and cookies', () => {
  const binary = Buffer.from(
    Array.from({ length: 256 }, (_, index) => (index < 32 || index === 127 ? 0x80 + (index % 32) : index)),
  ).toString('latin1');
  test.each([
    ['a 10 KB Accept-Language', { 'Accept-Language': 'zh-CN;q=0.1, '.repeat(800) + 'zh-TW' }],
    ['a binary Accept-Language', { 'Accept-Language': binary }],
    ['an Accept-Language of quality nonsense', { 'Accept-Language': 'zh;q=NaN, *;q=-1, zh-Hans;q=1e999, en;q=' }],
    ['a 4 KB NEXT_LOCALE', { Cookie: `NEXT_LOCALE=${'zh-Hans'.repeat(580)}` }],
    ['a binary NEXT_LOCALE', { Cookie: `NEXT_LOCALE=${binary.replace(/[;,\s]/g, '')}` }],
    ['a NEXT_LOCALE naming a path', { Cookie: 'NEXT_LOCALE=../../evil.example' }],
    ['a NEXT_LOCALE of another site', { Cookie: 'NEXT_LOCALE=//evil.example' }],
    ['two NEXT_LOCALE cookies', { Cookie: 'NEXT_LOCALE=zh-Hans; NEXT_LOCALE=fr' }],
    ['a percent-encoded NEXT_LOCALE', { Cookie: 'NEXT_LOCALE=%ff%fe%zz' }],
  ])('%s: / sends the reader to one of our two scripts', async (_, headers) => {
    const { answers, final } = await follow(site(), { path: '/', headers });
    expect(final.status).toBe(200);
    expect(answers.at(-1)!.path).toMatch(/^\/zh-han[ts]$/);
  });

  test('the cookie still decides when it is one of ours', async () => {
    const { answers } = await follow(site(), { path: '/', headers: { Cookie: 'NEXT_LOCALE=zh-Hans', 'Accept-Language': 'zh-TW' } });
    expect(answers.at(-1)!.path).toBe('/zh-hans');
  });

  test.each(['/zh-hant', '/posts/x', '/fr/x', '/ZH-HANS'])('absurd headers on %s: no server error', async (path) => {
    await follow(site(), {
      path,
      headers: {
        'Accept-Language': binary,
        Cookie: `NEXT_LOCALE=${'x'.repeat(4000)}`,
        'X-Forwarded-Host': 'evil.example',
        'X-Forwarded-Proto': 'gopher',
      },
    });
  });
});

/**
 * `next start -H …` as a reverse proxy would run it: bound to one address (or all), reached under the
 * site's name, with the proxy's X-Forwarded-* headers, and with headers an attacker sets.
 */
describe.each(['127.0.0.1', '0.0.0.0'])('next start -H %s behind a proxy', (bind) => {
  const SITE_HOST = 'reading.example';
  let server: ChildProcess;
  let origin: string;

  beforeAll(async () => {
    const port = await freePort();
    const started = startProcess('node_modules/.bin/next', ['start', '-H', bind, '-p', String(port)], {
      cwd: process.cwd(),
      env: { SITE_URL: `https://${SITE_HOST}` },
    });
    server = started.child;
    origin = `http://127.0.0.1:${port}`;
    await waitForServer(`${origin}/zh-hant`, server, started.output);
  });
  afterAll(() => stopProcess(server));

  const proxies: [string, Record<string, string>][] = [
    ['no proxy', {}],
    ['the site’s name', { Host: SITE_HOST, 'X-Forwarded-Host': SITE_HOST, 'X-Forwarded-Proto': 'https', 'X-Forwarded-For': '203.0.113.7' }],
    [
      'the site’s name on a port',
      { Host: `${SITE_HOST}:8443`, 'X-Forwarded-Host': `${SITE_HOST}:8443`, 'X-Forwarded-Proto': 'https', 'X-Forwarded-Port': '8443' },
    ],
    ['a forged forwarded host', { 'X-Forwarded-Host': 'evil.example', 'X-Forwarded-Proto': 'https' }],
    ['a forged Host', { Host: 'evil.example' }],
    [
      'forged forwarded headers, several values',
      {
        'X-Forwarded-Host': 'evil.example, reading.example',
        'X-Forwarded-Proto': 'https, http',
        Forwarded: 'host=evil.example;proto=https',
      },
    ],
    ['localhost', { Host: 'localhost' }],
  ];

  test.each(proxies)('%s: the pages answer, redirects stay on the site, no loop', async (_, headers) => {
    const requested = headers['X-Forwarded-Host']?.split(',')[0].trim();
    // A Location may name the host the reader asked for (Host) or the site's; never a forwarded host that is not the site's.
    const allowed = [new URL(origin).host, SITE_HOST, `${SITE_HOST}:8443`];
    for (const [path, status] of [
      ['/', 200],
      ['/zh-hant', 200],
      ['/zh-hans/tags', 200],
      ['/ZH-HANT/archive', 200],
      ['/zh-hant/archive/', 200],
      ['/posts/no-such-article', 404],
      ['/fr/x', 404],
      ['//evil.example/', 404],
    ] as const) {
      const { final, answers } = await follow(origin, { path, headers }, allowed);
      expect(
        final.status,
        `${path} with ${JSON.stringify(headers)}: ${answers.map((answer) => `${answer.status} ${answer.headers.location ?? ''}`).join(' → ')}`,
      ).toBe(status);
      // An absolute Location never names a forwarded host that is not the site's (checked hop by hop in follow).
      if (requested && requested !== SITE_HOST)
        for (const answer of answers)
          expect(answer.headers.location ?? '').not.toMatch(new RegExp(`^[a-z]+://${requested.replace(/\./g, '\\.')}`, 'i'));
    }
  });
});
