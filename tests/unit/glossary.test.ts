import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { GLOSSARY_PATH, glossaryProblems, parseGlossary } from '@/lib/chinese/glossary';

describe('the site glossary', () => {
  test('content/glossary.yaml is valid and holds the pairs the issue asks for', () => {
    const pairs = parseGlossary(readFileSync(GLOSSARY_PATH, 'utf8'));
    for (const [hant, hans] of [['杜拜', '迪拜'], ['輝達', '英伟达'], ['軟體', '软件'], ['記憶體', '内存'], ['伺服器', '服务器']]) {
      expect(pairs).toContainEqual({ hant, hans });
    }
  });

  test('a bad entry is named with its fix', () => {
    expect(glossaryProblems([{ hant: '軟體' }, { hant: '影片', hans: '视频', only: 'sideways' }])).toEqual([
      'entry 1: field "hans" must be a non-empty phrase',
      'entry 2: field "only" is "sideways"; use toHans or toHant, or leave it out for both directions',
    ]);
    expect(glossaryProblems({ hant: '軟體' })).toEqual(['the glossary must be a YAML list of { hant, hans } pairs']);
  });
});
