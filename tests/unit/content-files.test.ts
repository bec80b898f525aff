import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { draftPostFiles, listPostFiles, parseFrontMatter, slugOfPostFile } from '@/lib/content/files';

test('drafts are found by their front matter; broken front matter is left for the build to report', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'content-'));
  mkdirSync(path.join(dir, 'posts/nested'), { recursive: true });
  writeFileSync(path.join(dir, 'posts/draft.md'), '---\ntitle: x\ndraft: true\n---\n');
  writeFileSync(path.join(dir, 'posts/quoted.md'), '---\ntitle: x\ndraft: "true"\n---\n');
  writeFileSync(path.join(dir, 'posts/published.md'), '---\ntitle: x\ndraft: false\n---\n');
  writeFileSync(path.join(dir, 'posts/broken.md'), '---\ntitle: [x\ndraft: true\n---\n');
  writeFileSync(path.join(dir, 'posts/nested/deep.md'), '---\ndraft: true\n---\n');
  expect(listPostFiles(dir)).toEqual(['posts/broken.md', 'posts/draft.md', 'posts/nested/deep.md', 'posts/published.md', 'posts/quoted.md']);
  expect(draftPostFiles(dir)).toEqual(['posts/draft.md', 'posts/nested/deep.md']);
});

test('slugs follow Contentlayer: path below posts/, no .md, no trailing index', () => {
  expect(slugOfPostFile('posts/tsai-open-source-ai-sovereignty.md')).toBe('tsai-open-source-ai-sovereignty');
  expect(slugOfPostFile('posts/same/index.md')).toBe('same');
});

test('front matter keeps dates as text and knows the line of each field', () => {
  const result = parseFrontMatter('title: x\ndate: 2025-02-14 02:45:45');
  expect(result.ok && result.data.date).toBe('2025-02-14 02:45:45');
  expect(result.ok && result.lineOf('date')).toBe(3);
});
