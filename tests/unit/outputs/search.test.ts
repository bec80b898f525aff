import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { converterFrom } from '@/lib/text/chinese/convert';
import type { PostRecord } from '@/lib/content/record';
import { buildSearchIndex, searchDocOf, shardCount, writeSearchIndex, type SearchDoc } from '@/lib/outputs/search/build-index';
import { fullCharMap } from '@/lib/outputs/search/charmap';
import type { Script } from '@/lib/outputs/search/format';
import {
  decodeCharMap,
  encodeCharMap,
  findTerm,
  indexTokens,
  MAX_WORD,
  normalize,
  queryTerms,
  shardOf,
  splitTerms,
} from '@/lib/outputs/search/normalize';
import { createSearch, type Part } from '@/lib/outputs/search/query';
import { expectedMatches } from '@/lib/outputs/search/truth';

const map = fullCharMap();
const n = (text: string) => normalize(text, map);

describe('normalize', () => {
  test('one form for both scripts and for Hong Kong and Taiwan variants', () => {
    expect(n('主權')).toBe(n('主权'));
    expect(n('資料主權，黃仁勳說')).toBe(n('资料主权，黄仁勋说'));
    expect(n('綫上')).toBe(n('線上'));
    expect(n('線上')).toBe(n('线上'));
    expect(n('什麼')).toBe(n('什么'));
    expect(n('臺灣')).toBe(n('台湾'));
    expect(n('主權')).not.toBe(n('主張'));
  });

  test('full-width and upper-case Latin become lower-case ASCII', () => {
    expect(n('ＯｐｅｎＡＩ Transformer ＮＶＩＤＩＡ　１２３')).toBe('openai transformer nvidia　123');
    expect(n('ÜNÏCODE Ελλάδα')).toBe('ünïcode ελλάδα');
  });

  test('keeps the length (offsets are shared with the text shown) and is idempotent', () => {
    const text = '\uFEFF臺灣的「開源」AI：黃仁勳說 𠮷野家 İstanbul ＡＢＣ';
    expect(n(text)).toHaveLength(text.length);
    expect(n(n(text))).toBe(n(text));
    expect(n(text).startsWith('\uFEFF')).toBe(true);
    expect(n(text)).toContain('𠮷');
  });

  test('the character map survives its encoding for the browser', () => {
    const decoded = decodeCharMap(encodeCharMap(map));
    expect(decoded.size).toBe(map.size);
    expect(decoded.get('權')).toBe('权');
    expect(normalize('主權國家', decoded)).toBe(n('主權國家'));
  });
});

describe('tokenizer', () => {
  test('a query splits into CJK runs and words', () => {
    expect(splitTerms(n('開源AI 模型'))).toEqual([
      { kind: 'cjk', text: '开源' },
      { kind: 'word', text: 'ai' },
      { kind: 'cjk', text: '模型' },
    ]);
    expect(splitTerms(n('，。！ - '))).toEqual([]);
    expect(splitTerms('x'.repeat(50))).toEqual([{ kind: 'word', text: 'x'.repeat(MAX_WORD) }]);
    expect(queryTerms('主權 主权 AI ai', map)).toEqual([
      { kind: 'cjk', text: '主权' },
      { kind: 'word', text: 'ai' },
    ]);
  });

  test('the index keys: bigrams, the last character of each run, words', () => {
    expect(Object.fromEntries(indexTokens(n('主權國家。OpenAI 與 openai')))).toEqual({
      主权: 1,
      权国: 1,
      国家: 1,
      家: 1,
      openai: 2,
      与: 1,
    });
    expect(Object.fromEntries(indexTokens('𠮷野家', new Map(), 4))).toEqual({ '𠮷野': 4, 野家: 4, 家: 4 });
  });

  test('words match at a word start, one letter only as a whole word', () => {
    expect(findTerm('said ai', { kind: 'word', text: 'ai' })).toBe(5);
    expect(findTerm('transformers', { kind: 'word', text: 'transformer' })).toBe(0);
    expect(findTerm('openai', { kind: 'word', text: 'ai' })).toBe(-1);
    expect(findTerm('apple a', { kind: 'word', text: 'a' })).toBe(6);
    expect(findTerm('的主权国', { kind: 'cjk', text: '权国' })).toBe(2);
  });

  test('keys a prefix look-up needs share one shard', () => {
    for (const shards of [16, 256]) {
      expect(shardOf('主权', shards)).toBe(shardOf('主', shards));
      expect(shardOf('openai', shards)).toBe(shardOf('op', shards));
    }
    expect(shardCount(20_000)).toBe(16);
    expect(shardCount(3_000_000)).toBe(256);
  });
});

// Three articles as the site has them: Traditional (Taiwan), Simplified, Traditional (Hong Kong); each with
// its conversion, where the glossary changed words (資料 → 数据, 晶片 → 芯片).
const corpus: SearchDoc[] = [
  {
    url: '/posts/a',
    script: 'hant',
    hant: {
      title: '開源 AI 與資料主權',
      text: '蔡崇信說，開源模型讓各國政府可以主張資料主權。OpenAI 的 Transformer 架構改變了一切。台積電的晶片供應全球。',
    },
    hans: {
      title: '开源 AI 与数据主权',
      text: '蔡崇信说，开源模型让各国政府可以主张数据主权。OpenAI 的 Transformer 架构改变了一切。台积电的芯片供应全球。',
    },
  },
  {
    url: '/posts/b',
    script: 'hans',
    hant: {
      title: '阿里雲的主權國家客戶',
      text: '主權與國家是兩個詞。阿里雲服務國際客戶，大模型訓練需要算力，也需要 NVIDIA 的 GPU。',
      tags: '雲端運算、阿里、Alibaba',
    },
    hans: {
      title: '阿里云的主权国家客户',
      text: '主权与国家是两个词。阿里云服务国际客户，大模型训练需要算力，也需要 NVIDIA 的 GPU。',
      tags: '云端运算、阿里、Alibaba',
    },
  },
  {
    url: '/posts/c',
    script: 'hant',
    hant: { title: '香港綫上論壇', text: '他在綫上論壇說：權國兩字不常見，但主權常見。Said nothing about AI.' },
    hans: { title: '香港线上论坛', text: '他在线上论坛说：权国两字不常见，但主权常见。Said nothing about AI.' },
  },
];

/** The index served from memory, every file read noted; a missing file is a 404 as over HTTP. */
function served(docs: SearchDoc[], script: Script, shards = 8) {
  let files = buildSearchIndex(docs, { shards }).files;
  const fetched: string[] = [];
  const search = createSearch({
    baseUrl: '/_search',
    script,
    fetchJson: async (url) => {
      const content = files.get(url.slice('/_search/'.length));
      if (content === undefined) throw Object.assign(new Error(`${url}: 404`), { status: 404 });
      fetched.push(url);
      return JSON.parse(content);
    },
  });
  return { search, fetched, replace: (next: SearchDoc[]) => (files = buildSearchIndex(next, { shards }).files) };
}

const ids = async (results: Promise<{ results: { id: number }[] }>) => (await results).results.map((result) => result.id).sort();
const marked = (parts: Part[]) => parts.filter((part) => part.hit).map((part) => part.text);
const plain = (parts: Part[]) => parts.map((part) => part.text).join('');

describe('index and query', () => {
  test('two-character queries, in either script, on either page', async () => {
    for (const script of ['hant', 'hans'] as const) {
      const { search } = served(corpus, script);
      expect(await ids(search('主權'))).toEqual([0, 1, 2]);
      expect(await ids(search('主权'))).toEqual([0, 1, 2]);
      expect(await ids(search('綫上'))).toEqual([2]);
      expect(await ids(search('线上'))).toEqual([2]);
      expect(await ids(search('雲'))).toEqual([1]);
    }
  });

  test('three characters or more: a substring, not just its bigrams', async () => {
    const { search } = served(corpus, 'hant');
    expect(await ids(search('蔡崇信'))).toEqual([0]);
    // c has 主權 and 權國, but apart: its bigrams match, the term does not.
    expect(await ids(search('主權國'))).toEqual([1]);
    expect(await ids(search('主权国家'))).toEqual([1]);
    expect(await ids(search('權國'))).toEqual([1, 2]);
  });

  test('Latin words, whatever their case and width, by word start', async () => {
    const { search } = served(corpus, 'hans');
    for (const query of ['OpenAI', 'openai', 'ＯＰＥＮＡＩ']) expect(await ids(search(query))).toEqual([0]);
    expect(await ids(search('transform'))).toEqual([0]);
    expect(await ids(search('NVIDIA'))).toEqual([1]);
    expect(await ids(search('ai'))).toEqual([0, 2]); // "AI", never inside "said" or "OpenAI"
    expect(await ids(search('開源AI'))).toEqual([0]);
    expect(await ids(search('蔡崇信 transformer'))).toEqual([0]);
  });

  test("the other script's vocabulary finds the article too", async () => {
    const { search } = served(corpus, 'hans');
    expect(await ids(search('芯片'))).toEqual([0]);
    expect(await ids(search('晶片'))).toEqual([0]);
    expect(await ids(search('数据主权'))).toEqual([0]);
  });

  test('tags are searched too; the snippet shows them when only they match', async () => {
    const { search } = served(corpus, 'hans');
    const [result, ...others] = (await search('雲端')).results;
    expect(others).toEqual([]);
    expect(result.id).toBe(1);
    expect(plain(result.snippet)).toBe('云端运算、阿里、Alibaba');
    expect(marked(result.snippet)).toEqual(['云端']);
    expect(await ids(search('alibaba'))).toEqual([1]);
    expect(await ids(search('端運'))).toEqual([1]);
    expect(await ids(search('算阿'))).toEqual([]); // no key spans two tags
  });

  test('a query that matches nothing', async () => {
    const { search } = served(corpus, 'hant');
    expect(await search('區塊鏈')).toEqual({ results: [], total: 0, exact: true });
    expect((await search('Bitcoin')).results).toEqual([]);
    expect((await search('OpenAI 區塊鏈')).results).toEqual([]);
    expect((await search('，。')).total).toBe(0);
  });

  test("titles and snippets come in the page's script, every match marked", async () => {
    const hant = served(corpus, 'hant');
    const b = (await hant.search('主权')).results.find((result) => result.id === 1)!; // a Simplified article on a Traditional page
    expect(plain(b.title)).toBe('阿里雲的主權國家客戶');
    expect(marked(b.title)).toEqual(['主權']);
    expect(marked(b.snippet)).toEqual(['主權']);
    expect(b.url).toBe('/posts/b');

    const hans = served(corpus, 'hans');
    const a = (await hans.search('主權 OpenAI')).results[0]; // a Traditional article on a Simplified page
    expect(a.id).toBe(0);
    expect(plain(a.title)).toBe('开源 AI 与数据主权');
    expect(marked(a.snippet)).toEqual(['主权', 'OpenAI']);
    expect(plain(a.snippet)).toContain('主张数据主权');
    expect(hans.fetched.some((url) => url.includes('/f/hant/'))).toBe(false);
  });

  test('a long text gets a window around its first match', async () => {
    const long: SearchDoc = {
      url: '/posts/long',
      script: 'hant',
      hant: { title: '長文', text: `${'前言。'.repeat(100)}這裡談主權。${'後記。'.repeat(100)}` },
      hans: { title: '长文', text: `${'前言。'.repeat(100)}这里谈主权。${'后记。'.repeat(100)}` },
    };
    const [result] = (await served([long], 'hans').search('主權')).results;
    const snippet = plain(result.snippet);
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet).toContain('这里谈主权');
    expect(snippet.length).toBeLessThan(140);
  });

  test('a query reads the manifest, one shard per bigram and the fragments it shows, nothing else', async () => {
    const { search, fetched } = served(corpus, 'hant');
    await search('主權');
    expect(fetched.filter((url) => url.endsWith('manifest.json'))).toHaveLength(1);
    expect(fetched.filter((url) => url.includes('/s/'))).toHaveLength(1);
    expect(fetched.filter((url) => url.includes('/f/')).sort()).toEqual(
      ['0', '1', '2'].map((id) => expect.stringMatching(new RegExp(`/f/hant/${id}\\.json$`))),
    );
  });

  test('pages of results, best first, the newer first on a tie; the count covers them all', async () => {
    const many: SearchDoc[] = Array.from({ length: 25 }, (_, id) => ({
      url: `/posts/${id}`,
      script: 'hans',
      hant: { title: `第 ${id} 篇`, text: '開源模型' },
      hans: { title: `第 ${id} 篇`, text: '开源模型' },
    }));
    many[7] = { ...many[7], hans: { title: '开源', text: '开源模型，开源，开源，开源' } };
    const { search } = served(many, 'hant');
    const first = await search('開源', 10);
    expect(first.total).toBe(25);
    expect(first.results.map((result) => result.id)).toEqual([7, 0, 1, 2, 3, 4, 5, 6, 8, 9]);
    expect((await search('開源', 30)).results).toHaveLength(25);
  });

  test('a page holding an older manifest reloads it when the index was rebuilt', async () => {
    const { search, replace } = served(corpus, 'hant');
    expect(await ids(search('主權'))).toEqual([0, 1, 2]);
    replace(corpus.slice(0, 2));
    expect(await ids(search('蔡崇信'))).toEqual([0]); // its shard is new: a 404 under the old version
    expect((await search('主權')).total).toBe(2);
  });

  test('a failed request is asked again by the next search', async () => {
    const files = buildSearchIndex(corpus, { shards: 8 }).files;
    let failures = 2;
    const search = createSearch({
      baseUrl: '',
      script: 'hant',
      fetchJson: async (url) => {
        if (failures-- > 0) throw new Error('network down');
        return JSON.parse(files.get(url.slice(1))!);
      },
    });
    await expect(search('主權')).rejects.toThrow('network down');
    await expect(search('主權')).rejects.toThrow('network down');
    expect(await ids(search('主權'))).toEqual([0, 1, 2]);
  });

  test('every query of the fixture finds exactly what brute force finds', async () => {
    const { queries } = JSON.parse(readFileSync('tests/fixtures/search-queries.json', 'utf8')) as { queries: { q: string }[] };
    const docs = [...corpus, ...corpus.map((doc) => ({ ...doc, hant: doc.hans, hans: doc.hant }))];
    const { search } = served(docs, 'hant');
    for (const { q } of queries) expect({ q, ids: await ids(search(q, docs.length)) }).toEqual({ q, ids: expectedMatches(docs, q, map) });
  });
});

describe('from the content store', () => {
  const record = (slug: string, text: string) =>
    ({
      slug,
      title: { hant: '資料主權', hans: '数据主权' },
      tagNames: { hant: ['開源', '資料'], hans: ['开源', '数据'] },
      text,
      source: { script: 'zh-Hant', region: 'tw' },
      vocabulary: [],
    }) as unknown as PostRecord;

  test("an article's text in both scripts: its own, and the conversion readers of the other see", () => {
    const doc = searchDocOf(record('x', '開源模型讓各國主張資料主權。'));
    expect(doc).toEqual({
      url: '/posts/x',
      script: 'hant',
      hant: { title: '資料主權', text: '開源模型讓各國主張資料主權。', tags: '開源、資料' },
      hans: {
        title: '数据主权',
        text: converterFrom({ script: 'zh-Hant', region: 'tw' })('開源模型讓各國主張資料主權。'),
        tags: '开源、数据',
      },
    });
    expect(doc.hans.text).toContain('主权');
  });

  test('writes a version once, and replaces it when the content changes', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'search-index-'));
    try {
      const first = writeSearchIndex([record('a', '主權'), record('b', '開源')], dir);
      expect(first.written).toBe(true);
      expect(readdirSync(dir).sort()).toEqual([first.version, 'manifest.json']);
      expect(existsSync(path.join(dir, first.version, 'f/hans/1.json'))).toBe(true);
      expect(writeSearchIndex([record('a', '主權'), record('b', '開源')], dir).written).toBe(false);
      const second = writeSearchIndex([record('a', '主權'), record('b', '開源模型')], dir);
      expect(second.version).not.toBe(first.version);
      expect(readdirSync(dir).sort()).toEqual([second.version, 'manifest.json']);
      expect(JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'))).toMatchObject({ v: second.version, n: 2 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
