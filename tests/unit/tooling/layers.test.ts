import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

/**
 * The layer rules of .dependency-cruiser.cjs, which `npm run lint` runs, on a small tree of their own: each import
 * that goes up a layer (or from a page into the tools) is reported by its rule, the imports that go down are not.
 * One run of dependency-cruiser for the whole tree: it takes seconds to start.
 */
const TREE: Record<string, string> = {
  'tsconfig.json': JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@/*': ['./*'] } } }),
  // up: relative and alias imports
  'lib/core/dates.ts': "import { record } from '../content/record';\nexport const dates = record;\n",
  'lib/text/embeds.ts': "import { store } from '@/lib/outputs/store';\nexport const embeds = store;\n",
  'app/page.tsx':
    "import { importSite } from '@/lib/tools/import';\nimport { store } from '@/lib/outputs/store';\nexport default [importSite, store];\n",
  'lib/content/card.ts': "import Page from '@/app/page';\nexport const card = Page;\n",
  // down
  'lib/content/record.ts': "import { slug } from '../core/slugs';\nexport const record = slug;\n",
  'lib/outputs/store.ts':
    "import { record } from '../content/record';\nimport { slug } from '@/lib/core/slugs';\nexport const store = [record, slug];\n",
  'lib/tools/import.ts': "import { store } from '../outputs/store';\nexport const importSite = store;\n",
  'lib/core/slugs.ts': 'export const slug = 1;\n',
};

let output = '';
let status: number | null = null;
const root = mkdtempSync(path.join(tmpdir(), 'layers-'));

beforeAll(() => {
  for (const [name, content] of Object.entries(TREE)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), content);
  }
  const result = spawnSync(
    path.resolve('node_modules/.bin/depcruise'),
    ['lib', 'app', '--config', path.resolve('.dependency-cruiser.cjs'), '--output-type', 'err'],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  output = `${result.stdout}${result.stderr}`;
  status = result.status;
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The rules reported for one import, from its file to its target. */
const rulesFor = (from: string, to: string) =>
  output
    .split('\n')
    .filter((line) => line.includes(`${from} → ${to}`))
    .map((line) => /error ([\w-]+):/.exec(line)?.[1]);

describe('layer rules', () => {
  test('the lint step fails on this tree', () => {
    expect(status).not.toBe(0);
  });

  test.each([
    ['lib/core/dates.ts', 'lib/content/record.ts', 'core-imports-up'],
    ['lib/text/embeds.ts', 'lib/outputs/store.ts', 'text-imports-up'],
    ['app/page.tsx', 'lib/tools/import.ts', 'pages-import-tools'],
    ['lib/content/card.ts', 'app/page.tsx', 'lib-imports-the-site'],
  ])('%s → %s is reported by %s', (from, to, rule) => {
    expect(rulesFor(from, to)).toContain(rule);
  });

  test.each([
    ['lib/content/record.ts', 'lib/core/slugs.ts'],
    ['lib/outputs/store.ts', 'lib/content/record.ts'],
    ['lib/outputs/store.ts', 'lib/core/slugs.ts'],
    ['lib/tools/import.ts', 'lib/outputs/store.ts'],
    ['app/page.tsx', 'lib/outputs/store.ts'],
  ])('%s → %s goes down and passes', (from, to) => {
    expect(rulesFor(from, to)).toEqual([]);
  });
});
