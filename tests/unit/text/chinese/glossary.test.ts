import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  articleVocabulary,
  articleVocabularyLines,
  articleVocabularyProblems,
  GLOSSARY_PATH,
  glossaryProblems,
  loadVocabulary,
  parseGlossary,
  siteGlossary,
  vocabularyFiles,
  vocabularyProblems,
} from '@/lib/text/chinese/glossary';

function scratchFolder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'vocabulary-'));
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('the site vocabulary', () => {
  test('content/vocabulary is valid, split by domain, and holds the pairs the issue asks for', () => {
    expect(vocabularyProblems()).toEqual([]);
    expect(vocabularyFiles()).toEqual(
      expect.arrayContaining([
        'business.yaml',
        'computing.yaml',
        'electronics.yaml',
        'hongkong.yaml',
        'internet.yaml',
        'names.yaml',
        'news.yaml',
        'protected.yaml',
      ]),
    );
    const pairs = siteGlossary();
    for (const [hant, hans] of [
      ['杜拜', '迪拜'],
      ['輝達', '英伟达'],
      ['程式碼', '代码'],
      ['資料庫', '数据库'],
      ['執行緒', '线程'],
      ['部落格', '博客'],
    ]) {
      expect(pairs).toContainEqual(expect.objectContaining({ hant, hans }));
    }
  }, 30_000); // parses the whole vocabulary, twice: several seconds on a loaded machine

  test('it is a real vocabulary: several hundred pairs besides the protected words', () => {
    const ordinary = siteGlossary().filter((pair) => !pair.protect);
    expect(ordinary.length).toBeGreaterThan(800);
    expect(ordinary.filter((pair) => pair.only).length).toBeGreaterThan(50);
    expect(ordinary.filter((pair) => pair.hk).length).toBeGreaterThan(100);
  });

  test('protected.yaml entries are marked, the others not', () => {
    const dir = scratchFolder({ 'a.yaml': '- { hant: 軟體, hans: 软件 }\n', 'protected.yaml': '- { hant: 台積電, hans: 台积电 }\n' });
    expect(loadVocabulary(dir)).toEqual([
      { hant: '軟體', hans: '软件' },
      { hant: '台積電', hans: '台积电', protect: true },
    ]);
  });

  test('a bad entry is named with its fix', () => {
    expect(glossaryProblems([{ hant: '軟體' }, { hant: '影片', hans: '视频', only: 'sideways' }])).toEqual([
      'entry 1: field "hans" must be a non-empty phrase',
      'entry 2: field "only" is "sideways"; use toHans or toHant, or leave it out for both directions',
    ]);
    expect(glossaryProblems({ hant: '軟體' })).toEqual(['the glossary must be a YAML list of { hant, hans } pairs']);
    expect(glossaryProblems([{ hant: '軟體', hnas: '软件', hans: '软件' }])).toEqual([
      'entry 1: field "hnas" is not known; use hant, hans, hk, only, preceded, followed, sentence, notPreceded, notFollowed and notSentence',
    ]);
    expect(glossaryProblems([{ hans: '手机' }])).toEqual(['entry 1: field "hant" must be a non-empty phrase']);
    expect(glossaryProblems([{ hk: '上載', hans: '上传', only: 'toHant' }])).toEqual([
      'entry 1: a Hong Kong-only entry (no "hant") cannot be "only: toHant": it is never written',
    ]);
    expect(glossaryProblems([{ hant: '-{軟體}-', hans: '软件' }])).toEqual([
      'entry 1: field "hant" contains an inline rule marker (-{ or }-)',
    ]);
  });

  test('neighbour fields are lists of words; numbers become words; each problem says how to write it', () => {
    expect(
      parseGlossary(
        '- { hant: 檔案, hans: 文件, sentence: &devices [电脑, 手机] }\n- { hant: 資料夾, hans: 文件夹, sentence: *devices }\n',
      ),
    ).toEqual([
      { hant: '檔案', hans: '文件', sentence: ['电脑', '手机'] },
      { hant: '資料夾', hans: '文件夹', sentence: ['电脑', '手机'] },
    ]);
    expect(parseGlossary('- { hant: 公尺, hans: 米, only: toHant, preceded: [0, 9, 十] }\n')).toEqual([
      { hant: '公尺', hans: '米', only: 'toHant', preceded: ['0', '9', '十'] },
    ]);
    expect(glossaryProblems([{ hant: '選單', hans: '菜单', followed: '栏' }])).toEqual([
      'entry 1: field "followed" must be a list of neighbouring words, such as followed: [点击, 右键]',
    ]);
    expect(glossaryProblems([{ hant: '選單', hans: '菜单', preceded: [] }])).toEqual([
      'entry 1: field "preceded" must be a list of neighbouring words, such as preceded: [点击, 右键]',
    ]);
    expect(glossaryProblems([{ hant: '選單', hans: '菜单', notFollowed: ['栏', ' '] }])).toEqual([
      'entry 1: field "notFollowed" must list non-empty words; quote one that YAML reads otherwise',
    ]);
    expect(glossaryProblems([{ hant: '選單', hans: '菜单', notPreceded: ['-{x}-'] }])).toEqual([
      'entry 1: field "notPreceded" contains an inline rule marker (-{ or }-)',
    ]);
    expect(articleVocabularyProblems([{ hant: '選單', hans: '菜单', followed: [null] }])).toEqual([
      {
        entry: 0,
        message: 'entry 1: field "followed" must list non-empty words; quote one that YAML reads otherwise',
        fix: expect.any(String),
      },
    ]);
  });

  test('a word may have rules with different neighbours besides its plain pair; the same neighbours twice clash', () => {
    const dir = scratchFolder({
      'a.yaml': [
        '- { hant: 選單, hans: 菜单, only: toHans }',
        '- { hant: 選單, hans: 菜单, only: toHant, preceded: [点击] }',
        '- { hant: 功能表, hans: 菜单, only: toHant, followed: [栏] }',
        '- { hant: 菜單列, hans: 菜单, only: toHant, followed: [栏] }',
      ].join('\n'),
    });
    expect(vocabularyProblems(dir)).toEqual([
      expect.objectContaining({ line: 4, message: expect.stringContaining('"菜单" is already paired with "功能表"') }),
    ]);
  });

  test('protected words take no neighbours', () => {
    const dir = scratchFolder({ 'protected.yaml': '- { hant: 台積電, hans: 台积电 }\n- { hant: 方程式, hans: 方程式, followed: [的] }\n' });
    expect(vocabularyProblems(dir)).toEqual([
      expect.objectContaining({
        line: 2,
        message: 'entry 2: a protected word applies everywhere: neighbour fields belong to ordinary entries',
      }),
    ]);
    expect(() => loadVocabulary(dir)).toThrow('protected.yaml: entry 2: a protected word applies everywhere');
  });

  test('a Hong Kong-only entry needs no Taiwan form', () => {
    expect(parseGlossary('- { hk: 上載, hans: 上传 }\n')).toEqual([{ hk: '上載', hans: '上传' }]);
  });

  test('the folder check names file and line, and finds a word paired twice', () => {
    const dir = scratchFolder({
      'a.yaml': '# comment\n- { hant: 軟體, hans: 软件 }\n- { hant: 程式, hans: 程序, only: toHans }\n',
      'b.yaml': '- { hant: 軟體, hans: 软体 }\n- { hant: 硬體 }\n- { hant: 電腦程式, hans: 程序, only: toHant }\n',
      'c.yaml': '- { hant: [broken\n',
    });
    const problems = vocabularyProblems(dir);
    expect(problems).toEqual([
      expect.objectContaining({
        file: path.posix.join(dir, 'b.yaml'),
        line: 1,
        message: expect.stringContaining('"軟體" is already paired with "软件"'),
      }),
      expect.objectContaining({
        file: path.posix.join(dir, 'b.yaml'),
        line: 2,
        message: 'entry 2: field "hans" must be a non-empty phrase',
      }),
      expect.objectContaining({
        file: path.posix.join(dir, 'c.yaml'),
        line: expect.any(Number),
        message: expect.stringContaining('is not valid YAML'),
      }),
    ]);
    // one-way pairs in opposite directions do not clash: 程式 → 程序 and 程序 → 電腦程式
    expect(problems.some((problem) => problem.message.includes('程序'))).toBe(false);
  });

  test('GLOSSARY_PATH is the folder; a content folder without one has no vocabulary and no problems', () => {
    expect(GLOSSARY_PATH).toBe('content/vocabulary');
    const missing = path.join(tmpdir(), 'no-such-vocabulary-folder');
    expect(vocabularyFiles(missing)).toEqual([]);
    expect(vocabularyProblems(missing)).toEqual([]);
  });
});

describe("an article's own vocabulary (front-matter `vocabulary`)", () => {
  test('valid pairs, or nothing, have no problems', () => {
    expect(articleVocabularyProblems(undefined)).toEqual([]);
    expect(
      articleVocabularyProblems([
        { hant: '資料', hans: '资料' },
        { hant: '影片', hans: '影片', only: 'toHans' },
      ]),
    ).toEqual([]);
  });

  test('each problem names the entry and the fix', () => {
    expect(articleVocabularyProblems({ hant: '資料' })).toEqual([
      { message: 'must be a list of { hant, hans } pairs', fix: expect.stringContaining('vocabulary:') },
    ]);
    expect(
      articleVocabularyProblems([{ hant: '資料', hans: '资料' }, { hant: '資料' }, '資料', { hant: '晶片', hans: '芯片', only: 'up' }]),
    ).toEqual([
      { entry: 1, message: 'entry 2: field "hans" must be a non-empty phrase', fix: expect.any(String) },
      { entry: 2, message: 'entry 3: must be a pair such as { hant: 軟體, hans: 软件 }', fix: expect.any(String) },
      {
        entry: 3,
        message: 'entry 4: field "only" is "up"; use toHans or toHant, or leave it out for both directions',
        fix: expect.any(String),
      },
    ]);
  });

  test('the valid pairs are kept, broken ones left out', () => {
    expect(articleVocabulary([{ hant: '資料', hans: '资料' }, { hant: '資料' }])).toEqual([{ hant: '資料', hans: '资料' }]);
    expect(articleVocabulary('資料')).toEqual([]);
  });

  test('the line of each entry, in the file, for error messages', () => {
    const yaml = ['title: "x"', 'vocabulary:', '  - { hant: 資料, hans: 资料 }', '  - hant: 晶圓', '    hans: 晶圆', 'draft: true'].join(
      '\n',
    );
    expect(articleVocabularyLines(yaml)).toEqual([4, 5]);
    expect(articleVocabularyLines('vocabulary: [{ hant: 資料, hans: 资料 }, { hant: 晶圓 }]\n')).toEqual([2, 2]);
    expect(articleVocabularyLines('title: x\n')).toEqual([]);
  });
});
