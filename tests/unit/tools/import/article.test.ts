import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { splitFrontMatter } from '@/lib/core/front-matter';
import { slugFromTitle } from '@/lib/core/slugs';
import { ImportError, importArticle } from '@/lib/tools/import/article';

const seed = (name: string) => readFileSync(path.join('tests/fixtures/seeds', name), 'utf8');
const frontMatterOf = (markdown: string) => parse(splitFrontMatter(markdown).frontMatter!.text) as Record<string, unknown>;

describe('importArticle', () => {
  test('Hugo front matter is kept byte for byte', () => {
    const raw = seed('000_96804d730ada56ee.txt');
    const article = importArticle(raw);
    expect(article.shape).toBe('hugo');
    expect(article.markdown).toBe(raw);
  });

  test('scraped front matter: summary → description, thumbnail → image, lang list kept, theme fields dropped', () => {
    const raw = seed('004_9383d222c8bb1e2b.txt');
    const article = importArticle(raw);
    expect(article.shape).toBe('scraped');
    const fields = frontMatterOf(article.markdown);
    expect(Object.keys(fields)).toEqual(['title', 'date', 'description', 'tags', 'categories', 'image', 'lang']);
    expect(fields.description).toBe(frontMatterOf(raw).summary);
    expect(fields.image).toBe('https://inews.gtimg.com/om_ls/OXb7VQjWfIJf79FCceQEWogRfIelLnBt5U9p3LopbSbDUAA_640360/0');
    expect(fields.lang).toEqual(['zh-CN']);
    expect(fields.date).toBe('2025-02-14 13:14:51');
    expect(splitFrontMatter(article.markdown).body).toBe(splitFrontMatter(raw).body);
  });

  test('an empty thumbnail gives no image', () => {
    expect(frontMatterOf(importArticle(seed('002_dd41f27e6e25e8b6.txt')).markdown)).not.toHaveProperty('image');
  });

  test('plain text: title from line 1, source and Taipei time from line 2, the rest kept whole', () => {
    const raw = seed('001_b4fb10a7bd411744.txt');
    const article = importArticle(raw);
    expect(article.shape).toBe('plain');
    expect(frontMatterOf(article.markdown)).toEqual({
      title: '蔡崇信复盘阿里AI:“早”做,不等于领先',
      date: '2026-02-07 02:22',
      source_name: '36Kr',
    });
    expect(splitFrontMatter(article.markdown).body.trim()).toBe(raw.split('\n').slice(2).join('\n').trim());
  });

  test('plain text without a source line is refused with what to write', () => {
    expect(() => importArticle('只有標題\n正文')).toThrow(ImportError);
    expect(() => importArticle('只有標題\n正文')).toThrow(/source·YYYY-MM-DD HH:mm/);
  });

  test('front matter without a usable date is refused', () => {
    expect(() => importArticle('---\ntitle: x\ndate: someday\n---\nbody')).toThrow(/no usable date/);
  });

  test('slugs come from the date and the title, in lower-case ASCII', () => {
    expect(slugFromTitle('2026-02-07 02:22', '蔡崇信复盘阿里AI:“早”做,不等于领先')).toBe('2026-02-07-cai-chong-xin-fu-pan-a-li-ai');
    expect(slugFromTitle('2025-12-24T12:30:00+08:00', '開源 AI 的隱憂')).toBe('2025-12-24-kai-yuan-ai-de-yin-you');
  });
});

/** Runs a content command in a scratch copy of the site's content, as an editor would in the repo. */
function inScratchSite() {
  const dir = mkdtempSync(path.join(tmpdir(), 'site-'));
  cpSync('content', path.join(dir, 'content'), { recursive: true });
  const run = (script: string, args: string[]) =>
    spawnSync(path.resolve('node_modules/.bin/tsx'), [path.resolve(`lib/tools/cli/${script}.ts`), ...args], { cwd: dir, encoding: 'utf8' });
  return { dir, run };
}

// Each test starts tsx several times: generous limits, so a busy 2-core machine does not fail them.
describe('npm run import and npm run new', { timeout: 60_000 }, () => {
  test('import writes each file, prints its path, and never overwrites without --force', () => {
    const { dir, run } = inScratchSite();
    const input = path.resolve('tests/fixtures/seeds/001_b4fb10a7bd411744.txt');
    const first = run('import', ['--slug', 'tsai-36kr', input]);
    expect(first.status).toBe(0);
    expect(first.stdout.trim()).toBe('content/posts/tsai-36kr.md');
    expect(existsSync(path.join(dir, 'content/posts/tsai-36kr.md'))).toBe(true);

    writeFileSync(path.join(dir, 'content/posts/tsai-36kr.md'), 'edited by hand');
    const again = run('import', ['--slug', 'tsai-36kr', input]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('exists; pass --force');
    expect(readFileSync(path.join(dir, 'content/posts/tsai-36kr.md'), 'utf8')).toBe('edited by hand');

    expect(run('import', ['--slug', 'tsai-36kr', '--force', input]).status).toBe(0);
    expect(readFileSync(path.join(dir, 'content/posts/tsai-36kr.md'), 'utf8')).toContain('source_name: "36Kr"');
  });

  test('import validates what it wrote', () => {
    const { dir, run } = inScratchSite();
    const broken = path.join(dir, 'raw.md');
    writeFileSync(broken, '---\ntitle: "有壞短碼"\ndate: 2026-02-07\n---\n\n{{< nosuchcode 1 >}}\n');
    const result = run('import', ['--slug', 'bad-shortcode', broken]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('content/posts/bad-shortcode.md:6 — body: unknown shortcode "nosuchcode"');
  });

  test('new creates a dated draft with the front matter filled in', () => {
    const { dir, run } = inScratchSite();
    const result = run('new', ['開源模型的下一步', '--slug', 'next-for-open-models']);
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe('content/posts/next-for-open-models.md');
    const fields = frontMatterOf(readFileSync(path.join(dir, 'content/posts/next-for-open-models.md'), 'utf8'));
    expect(fields).toMatchObject({ title: '開源模型的下一步', draft: true, tags: [], related_companies: [] });
    expect(fields.date).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  });
});
