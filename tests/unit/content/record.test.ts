import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildPostRecord } from '@/lib/content/record';

/** The record of one article written with `frontMatter`, in a content folder of its own. */
function recordOf(frontMatter: string[]) {
  const contentDir = mkdtempSync(path.join(tmpdir(), 'record-'));
  cpSync('content/companies', path.join(contentDir, 'companies'), { recursive: true });
  mkdirSync(path.join(contentDir, 'posts'));
  writeFileSync(path.join(contentDir, 'posts/a.md'), `---\n${frontMatter.join('\n')}\n---\n\n正文。\n`);
  return buildPostRecord('posts/a.md', '<p>正文。</p>', contentDir);
}

describe('short texts in both scripts carry their script’s quotation marks', () => {
  test('title, description and tags: 「」 in Traditional, “” in Simplified, whichever the writer typed', () => {
    const record = recordOf([
      'title: "開源 AI 的隱憂——為什麼黃仁勳說中國「遙遙領先」"',
      'date: 2025-12-24',
      'description: "他說：“這是『主權』問題。”"',
      'tags: ["「開源」"]',
    ]);
    expect(record.title).toEqual({ hant: '開源 AI 的隱憂——為什麼黃仁勳說中國「遙遙領先」', hans: '开源 AI 的隐忧——为什么黄仁勋说中国“遥遥领先”' });
    expect(record.excerpt).toEqual({ hant: '他說：「這是『主權』問題。」', hans: '他说：“这是‘主权’问题。”' });
    expect(record.tagNames).toEqual({ hant: ['「開源」'], hans: ['“开源”'] });
  });

  test('keep_quotes: as written in both', () => {
    const record = recordOf(['title: "蔡崇信复盘阿里AI:“早”做,不等于领先"', 'date: 2026-02-07', 'lang: zh-CN', 'keep_quotes: true']);
    expect(record.keepQuotes).toBe(true);
    expect(record.title).toEqual({ hant: '蔡崇信復盤阿里AI:“早”做,不等於領先', hans: '蔡崇信复盘阿里AI:“早”做,不等于领先' });
  });
});
