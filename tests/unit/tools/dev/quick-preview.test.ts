import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { GeneratedPost } from '@/lib/content/generated';
import { generatePost, QuickPreview } from '@/lib/tools/dev/quick-preview';
import { STORE_DIR, storeFiles } from '@/lib/outputs/store/contract';
import { versionedStoreFiles } from '@/lib/outputs/store/build';
import { writeStoreChanges } from '@/lib/outputs/store/writer';

/**
 * `npm run dev`'s quick preview in a scratch site: Contentlayer's last generation is played by generatePost
 * (the e2e suite checks that generatePost matches Contentlayer, tests/e2e/quick-preview.test.ts).
 */
let root: string;
const contentDir = () => path.join(root, 'content');
const storeDir = () => path.join(root, STORE_DIR);
const post = (title: string, body = '正文。') => `---\ntitle: "${title}"\ndate: 2026-03-01 09:00\ntags: ["開源"]\n---\n\n${body}\n`;
const stored = (name: string) => JSON.parse(readFileSync(path.join(storeDir(), name), 'utf8'));

async function generate(files: string[]): Promise<GeneratedPost[]> {
  const posts = await Promise.all(files.map((file) => generatePost(file, contentDir())));
  mkdirSync(path.join(root, '.contentlayer/generated/Post'), { recursive: true });
  mkdirSync(path.join(root, '.contentlayer/generated/Company'), { recursive: true });
  writeFileSync(path.join(root, '.contentlayer/generated/Post/_index.json'), JSON.stringify(posts));
  writeFileSync(path.join(root, '.contentlayer/generated/Company/_index.json'), '[]');
  return posts;
}

beforeEach(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'quick-preview-'));
  cpSync('content/companies', path.join(contentDir(), 'companies'), { recursive: true });
  mkdirSync(path.join(contentDir(), 'posts'));
  writeFileSync(path.join(contentDir(), 'posts/first.md'), post('第一篇'));
  writeFileSync(path.join(contentDir(), 'posts/second.md'), post('第二篇'));
  // The store as Contentlayer's onSuccess left it.
  writeStoreChanges(new Map(), versionedStoreFiles(await generate(['posts/first.md', 'posts/second.md'])).files, storeDir());
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('QuickPreview', () => {
  test('a saved article reaches its page, the lists and its neighbours, with a new version: the store Contentlayer will write', async () => {
    const preview = new QuickPreview(root);
    preview.reload();
    const before = stored(storeFiles.version.path).version;
    writeFileSync(path.join(contentDir(), 'posts/first.md'), post('第一篇改過了', '改過的正文。'));
    expect(await preview.update('posts/first.md')).toBeGreaterThan(0);
    expect(stored('articles/first.json').title.hant).toBe('第一篇改過了');
    expect(stored('articles/first.json').html).toContain('改過的正文');
    expect(stored('lists/home/all/1.json').cards.map((card: { title: { hant: string } }) => card.title.hant)).toContain('第一篇改過了');
    expect(JSON.stringify(stored('articles/second.json'))).toContain('第一篇改過了');
    // What Contentlayer generates from the same files gives the same store: its write finds nothing to change.
    const confirmed = versionedStoreFiles(await generate(['posts/first.md', 'posts/second.md'])).files;
    expect(stored(storeFiles.version.path).version).not.toBe(before);
    for (const [name, content] of confirmed) expect(readFileSync(path.join(storeDir(), name), 'utf8')).toBe(content);
  });

  test('a save that changes nothing writes nothing', async () => {
    const preview = new QuickPreview(root);
    preview.reload();
    writeFileSync(path.join(contentDir(), 'posts/first.md'), post('第一篇'));
    expect(await preview.update('posts/first.md')).toBe(0);
  });

  test('new, broken and unknown files are left to Contentlayer, and the store keeps its last good content', async () => {
    const preview = new QuickPreview(root);
    preview.reload();
    const version = stored(storeFiles.version.path).version;
    writeFileSync(path.join(contentDir(), 'posts/third.md'), post('第三篇'));
    expect(await preview.update('posts/third.md')).toBeUndefined();
    writeFileSync(path.join(contentDir(), 'posts/first.md'), '---\ntitle: [unclosed\n---\n');
    expect(await preview.update('posts/first.md')).toBeUndefined();
    expect(stored(storeFiles.version.path).version).toBe(version);
    expect(stored('articles/first.json').title.hant).toBe('第一篇');
  });

  test('before Contentlayer’s first generation there is nothing to apply a save to', async () => {
    rmSync(path.join(root, '.contentlayer'), { recursive: true });
    const preview = new QuickPreview(root);
    preview.reload();
    expect(await preview.update('posts/first.md')).toBeUndefined();
  });
});

describe('writeStoreChanges', () => {
  test('writes what differs between two builds and removes what is gone, leaving other files alone', () => {
    const directory = storeDir();
    writeFileSync(path.join(directory, 'written-by-someone-else.json'), '{}');
    const written = writeStoreChanges(
      new Map([
        ['a.json', '1'],
        ['b.json', '2'],
        ['gone.json', '3'],
      ]),
      new Map([
        ['a.json', '1'],
        ['b.json', '20'],
        ['nested/c.json', '4'],
      ]),
      directory,
    );
    expect(written).toBe(2);
    expect(readFileSync(path.join(directory, 'b.json'), 'utf8')).toBe('20');
    expect(readFileSync(path.join(directory, 'nested/c.json'), 'utf8')).toBe('4');
    expect(readFileSync(path.join(directory, 'written-by-someone-else.json'), 'utf8')).toBe('{}');
    expect(() => readFileSync(path.join(directory, 'gone.json'))).toThrow();
  });
});
