import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { COMPANIES_DIR, unknownCompanyIds } from '@/lib/content/companies/registry';

const registry = readdirSync(COMPANIES_DIR).map((file) => ({ file, ...parse(readFileSync(`${COMPANIES_DIR}/${file}`, 'utf8')) }));

describe('the company registry', () => {
  test('holds the companies the seeds discuss, each id matching its file', () => {
    const ids = registry.map((company) => company.id).sort();
    expect(ids).toEqual(
      ['alibaba', 'amazon', 'anthropic', 'apple', 'deepseek', 'google', 'hon-hai', 'meta', 'mistral', 'nvidia', 'openai', 'quanta', 'wiwynn', 'xai'],
    );
    for (const company of registry) expect(company.file).toBe(`${company.id}.yaml`);
  });

  // A wrong ticker is a bug: these are checked against the exchanges' listings.
  test.each([
    ['alibaba', [{ exchange: 'NYSE', symbol: 'BABA' }, { exchange: 'HKEX', symbol: '9988' }]],
    ['nvidia', [{ exchange: 'NASDAQ', symbol: 'NVDA' }]],
    ['google', [{ exchange: 'NASDAQ', symbol: 'GOOGL' }, { exchange: 'NASDAQ', symbol: 'GOOG' }]],
    ['meta', [{ exchange: 'NASDAQ', symbol: 'META' }]],
    ['apple', [{ exchange: 'NASDAQ', symbol: 'AAPL' }]],
    ['amazon', [{ exchange: 'NASDAQ', symbol: 'AMZN' }]],
    ['hon-hai', [{ exchange: 'TWSE', symbol: '2317' }]],
    ['quanta', [{ exchange: 'TWSE', symbol: '2382' }]],
    ['wiwynn', [{ exchange: 'TWSE', symbol: '6669' }]],
    ['openai', []],
    ['deepseek', []],
  ])('%s lists its shares where they trade', (id, listings) => {
    expect(registry.find((company) => company.id === id)?.listings).toEqual(listings);
  });

  test('names differ by script where the regions differ', () => {
    const nvidia = registry.find((company) => company.id === 'nvidia');
    expect(nvidia?.name).toEqual({ hant: '輝達', hans: '英伟达', en: 'NVIDIA' });
  });

  test('unknown ids are reported, known ones are not', () => {
    expect(unknownCompanyIds(['alibaba', 'nvidai', 'nvidia'])).toEqual(['nvidai']);
  });
});
