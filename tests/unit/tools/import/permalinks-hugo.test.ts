import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { normalizeAddress } from '@/lib/core/addresses';
import { defaultPermalink, expandPermalink } from '@/lib/tools/import/permalinks';

/**
 * Addresses of odd file and folder names, as the real Hugo publishes them (`apt-get install hugo`; .ci/run installs
 * it): the importer's addresses must be Hugo's, key for key, or the old address answers 404.
 */
const PAGES: { file: string; slug?: string }[] = [
  { file: "posts/a b, c's!/index.md" },
  { file: 'posts/Foo (2)/index.md' },
  { file: 'posts/中文｜標題/index.md' },
  { file: 'posts/【括號】文章.md' },
  { file: 'posts/C++ 入門.md' },
  { file: 'posts/A -- B.md' },
  { file: 'posts/Space  Two.md' },
  { file: 'posts/dot.name.md' },
  { file: 'posts/x~y+z@w.md' },
  { file: 'posts/Ünïcode Çafé.md' },
  { file: "Docs Section/Sub Dir/what's new!.md" },
  { file: 'posts/slugged.md', slug: 'Slug With, Comma!' },
  { file: 'blog/2021/年終回顧：我的 2021.md' },
];
const PATTERNED = 'notes';
/** Names under a permalink pattern, which Hugo 0.111 reads once more as an escaped address (`+` and `%20` are spaces). */
const PATTERNED_FILES = ['Odd Name (1).md', 'effective_modern_c++.md', 'm + n.md', 'u+-v.md', 'p%20q+r.md', 'a--b.md', 'k+.md'];

const site = mkdtempSync(path.join(tmpdir(), 'hugo-paths-'));
let published: string[] = [];

beforeAll(() => {
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
    writeFileSync(path.join(site, file), text);
  };
  write(
    'config.toml',
    `baseURL = "https://old.example/"\ntitle = "t"\n[permalinks]\n  ${PATTERNED} = "/:year/:sections/:filename/"\n  "c++ x" = "/:sections/:slug/:title/:filename/"\n`,
  );
  write('layouts/_default/single.html', '{{ .Title }}');
  write('layouts/_default/list.html', '');
  for (const { file, slug } of PAGES)
    write(`content/${file}`, `---\ntitle: "t"\ndate: 2020-01-01\n${slug ? `slug: "${slug}"\n` : ''}---\nhi\n`);
  for (const name of PATTERNED_FILES) write(`content/${PATTERNED}/${name}`, '---\ntitle: "t"\ndate: 2020-01-01\n---\nhi\n');
  write('content/c++ x/d+e.md', '---\ntitle: "C++ & Go (2)!"\nslug: "x+y z++"\ndate: 2020-01-01\n---\nhi\n');
  const result = spawnSync('hugo', ['--source', site, '--quiet', '--destination', path.join(site, 'public')], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`hugo failed (is it installed? apt-get install -y hugo): ${result.error ?? result.stderr}`);
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(path.join(dir, entry.name)) : entry.name === 'index.html' ? [path.join(dir, entry.name)] : [],
    );
  published = walk(path.join(site, 'public'))
    .map((file) => `/${path.relative(path.join(site, 'public'), path.dirname(file)).split(path.sep).join('/')}/`)
    .filter((address) => address !== '//' && !/^\/(tags|categories)\//.test(address));
}, 60_000);

afterAll(() => rmSync(site, { recursive: true, force: true }));

describe("addresses as Hugo publishes them (Hugo's path sanitizer)", () => {
  test.each(PAGES)('$file', ({ file, slug }) => {
    const ours = normalizeAddress(defaultPermalink({ path: file, title: 't', slug }));
    expect(published.map((address) => normalizeAddress(address))).toContain(ours);
  });

  test.each(PATTERNED_FILES)('a permalink pattern with sections and file name: %s', (name) => {
    const ours = normalizeAddress(
      expandPermalink('/:year/:sections/:filename/', { path: `${PATTERNED}/${name}`, title: 't', date: '2020-01-01' })!,
    );
    expect(published.map((address) => normalizeAddress(address))).toContain(ours);
  });

  test('a permalink pattern with sections, slug, title and file name holding +', () => {
    const ours = normalizeAddress(
      expandPermalink('/:sections/:slug/:title/:filename/', {
        path: 'c++ x/d+e.md',
        title: 'C++ & Go (2)!',
        slug: 'x+y z++',
        date: '2020-01-01',
      })!,
    );
    expect(published.map((address) => normalizeAddress(address))).toContain(ours);
  });
});
