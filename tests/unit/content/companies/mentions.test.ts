import { describe, expect, test } from 'vitest';
import { MENTION_THRESHOLD, mentionCounter, relatedCompanyIds } from '@/lib/content/companies/mentions';

const count = mentionCounter([
  { id: 'meta', aliases: ['Meta', 'Llama', '臉書'] },
  { id: 'alibaba', aliases: ['阿里巴巴', '阿里', 'Alibaba'] },
  { id: 'nvidia', aliases: ['輝達', '英伟达', '黃仁勳', 'NVIDIA'] },
  { id: 'apple', aliases: ['Apple', '蘋果'] },
]);

describe('mention detection', () => {
  test('Latin aliases match whole words only, and case matters', () => {
    expect(count('Meta 開源 Llama，Meta-AI').get('meta')).toBe(3);
    expect(count('metadata, Metadata, MetaMask, meta').has('meta')).toBe(false);
    expect(count('an apple a day, Pineapple').has('apple')).toBe(false);
    expect(count('DeepSeek崛起後，Apple與阿里合作').get('apple')).toBe(1);
  });

  test('Chinese aliases match in both scripts', () => {
    expect(count('黃仁勳說輝達').get('nvidia')).toBe(2);
    expect(count('黄仁勋说英伟达').get('nvidia')).toBe(2);
    expect(count('脸书').get('meta')).toBe(1);
  });

  test('a longer alias counts once, not again through a shorter one inside it', () => {
    expect(count('阿里巴巴與阿里雲').get('alibaba')).toBe(2);
  });

  test('companies never mentioned are left out', () => {
    expect([...count('今天天氣很好').keys()]).toEqual([]);
  });
});

describe('related companies', () => {
  test('front matter first, in its order, then detected ones above the threshold, most mentioned first', () => {
    const mentions = new Map([
      ['alibaba', 20],
      ['google', MENTION_THRESHOLD + 2],
      ['meta', MENTION_THRESHOLD],
      ['mistral', MENTION_THRESHOLD - 1],
      ['nvidia', 1],
    ]);
    expect(relatedCompanyIds(['nvidia', 'alibaba'], mentions)).toEqual(['nvidia', 'alibaba', 'google', 'meta']);
  });

  test('ties are ordered by id, so builds are reproducible', () => {
    const mentions = new Map([
      ['openai', 4],
      ['anthropic', 4],
    ]);
    expect(relatedCompanyIds([], mentions)).toEqual(['anthropic', 'openai']);
  });
});
