import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readGenerated, type GeneratedPost } from '@/lib/content/generated';
import { generatePost } from '@/lib/tools/dev/quick-preview';
import type { StoredSite } from '@/lib/outputs/store/contract';
import { fixtureSiteDir } from './browser';

/**
 * `npm run dev`'s quick preview writes a saved article before Contentlayer has regenerated it, and Contentlayer's
 * own write must then find nothing to change (else the page would show one version, then another). Its premise:
 * generatePost gives what Contentlayer generated, for every article of the fixture site (the Hugo import,
 * hostile articles, both scripts), read where Contentlayer read them.
 */
const repository = process.cwd();
beforeAll(() => process.chdir(fixtureSiteDir()));
afterAll(() => process.chdir(repository));

test('generatePost gives what Contentlayer generated, for every article of the fixture site', async () => {
  const generated = readGenerated<GeneratedPost>('Post');
  // Every article the site has: its store was written from these documents.
  const site = JSON.parse(readFileSync('public/_store/site.json', 'utf8')) as StoredSite;
  expect(generated.length).toBe(site.articles.length + site.translations.length);
  for (const document of generated) {
    const post = await generatePost(document._raw.sourceFilePath, path.join('.', 'content'));
    expect({ file: document._raw.sourceFilePath, html: post.body.html }).toEqual({
      file: document._raw.sourceFilePath,
      html: document.body.html,
    });
    expect(post.record).toEqual(document.record);
  }
}, 120_000);
