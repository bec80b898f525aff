import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { listDocumentFiles, parseFrontMatter, readFrontMatter, readFrontMatterShared, splitFrontMatter } from '@/lib/core/front-matter';

test('articles are the Markdown files under posts/, bundles included, Hugo section pages not', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'content-'));
  mkdirSync(path.join(dir, 'posts/nested/bundle'), { recursive: true });
  for (const file of ['a.md', '_index.md', 'nested/_index.zh-cn.md', 'nested/bundle/index.md', 'nested/bundle/cover.png', '中文.md'])
    writeFileSync(path.join(dir, 'posts', file), '');
  expect(listDocumentFiles(dir)).toEqual(['posts/a.md', 'posts/nested/bundle/index.md', 'posts/中文.md']);
});

describe("Hugo's front-matter formats", () => {
  test.each([
    ['YAML', '---\ntitle: 標題\n---\n正文\n', 'yaml'],
    ['TOML', '+++\ntitle = "標題"\n+++\n正文\n', 'toml'],
    ['JSON', '{\n  "title": "標題"\n}\n正文\n', 'json'],
    ['YAML with CRLF and a BOM', '\uFEFF---\r\ntitle: 標題\r\n---\r\n正文\r\n', 'yaml'],
    ['YAML after blank lines', '\n\n---\ntitle: 標題\n---\n正文\n', 'yaml'],
  ])('%s: title and body', (_, source, format) => {
    const { split, frontMatter } = readFrontMatter(source);
    expect(split.frontMatter?.format).toBe(format);
    expect(frontMatter?.ok && frontMatter.data.title).toBe('標題');
    expect(split.body.trim()).toBe('正文');
  });

  test('the body line is counted in the whole file', () => {
    expect(splitFrontMatter('\n---\na: 1\nb: 2\n---\nbody').bodyLine).toBe(5);
  });

  test('TOML dates become the text a YAML author writes', () => {
    const result = parseFrontMatter('date = 2015-03-14T10:00:00+08:00\nlastmod = 2015-03-15', 2, 'toml');
    expect(result.ok && result.data).toMatchObject({ date: '2015-03-14T10:00:00.000+08:00', lastmod: '2015-03-15' });
    expect(result.ok && result.lineOf('lastmod')).toBe(3);
  });

  test('keys in any case, as Hugo reads them; line numbers of each field', () => {
    const result = parseFrontMatter('Title: x\nURL: /a/\ndate: 2025-02-14 02:45:45');
    expect(result.ok && result.data).toEqual({ title: 'x', url: '/a/', date: '2025-02-14 02:45:45' });
    expect(result.ok && result.lineOf('url')).toBe(3);
  });

  test.each([
    ['yaml', 'title: [x'],
    ['toml', 'title = '],
    ['json', '{ "title": }'],
  ] as const)('malformed %s is a problem with a line', (format, text) => {
    const result = parseFrontMatter(text, 2, format);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.line).toBeGreaterThanOrEqual(2);
  });
});

describe('readFrontMatterShared', () => {
  test('reads what readFrontMatter reads, and a second read of the same text is the first one', () => {
    const source = '---\ntitle: 共用\ndate: 2026-11-24\n---\n正文。\n';
    const first = readFrontMatterShared(source);
    expect(JSON.stringify(first)).toBe(JSON.stringify(readFrontMatter(source)));
    expect(readFrontMatterShared(`${source}`)).toBe(first);
    expect(readFrontMatterShared(source.replace('共用', '另一篇'))).not.toBe(first);
  });
});

test('a key written twice is read as Hugo reads it: the last one wins, no error', () => {
  const parsed = parseFrontMatter('title: t\nseries: [a]\nseries: [b]', 2);
  expect(parsed.ok && parsed.data.series).toEqual(['b']);
});
