import { afterEach, describe, expect, test, vi } from 'vitest';

const GISCUS_NAMES = ['GISCUS_REPO', 'GISCUS_REPO_ID', 'GISCUS_CATEGORY', 'GISCUS_CATEGORY_ID', 'GISCUS_STRICT', 'GISCUS_ORIGIN'];

/** lib/core/site.ts as a fresh process would read it, under these variables (and none of the other giscus ones). */
async function siteWith(env: Record<string, string>) {
  vi.resetModules();
  for (const name of GISCUS_NAMES) vi.stubEnv(name, env[name]);
  return (await import('@/lib/core/site')).site;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

const COMPLETE = { GISCUS_REPO: 'owner/comments', GISCUS_REPO_ID: 'R_kgDO1', GISCUS_CATEGORY: 'Comments', GISCUS_CATEGORY_ID: 'DIC_kwDO1' };

describe('comments settings', () => {
  test('no repository, no comments', async () => {
    expect((await siteWith({})).comments).toBeUndefined();
    expect((await siteWith({ GISCUS_REPO: ' ', GISCUS_REPO_ID: 'R_kgDO1' })).comments).toBeUndefined();
  });

  test('a repository with its ids: giscus.app, strict matching by default', async () => {
    expect((await siteWith(COMPLETE)).comments).toEqual({
      origin: 'https://giscus.app',
      repo: 'owner/comments',
      repoId: 'R_kgDO1',
      category: 'Comments',
      categoryId: 'DIC_kwDO1',
      strict: true,
    });
  });

  test('GISCUS_STRICT=0 and a self-hosted giscus', async () => {
    const comments = (await siteWith({ ...COMPLETE, GISCUS_STRICT: '0', GISCUS_ORIGIN: 'https://giscus.example.org/' })).comments;
    expect(comments).toMatchObject({ strict: false, origin: 'https://giscus.example.org' });
  });

  test('a half-done configuration fails the build with a message naming what is missing', async () => {
    await expect(siteWith({ GISCUS_REPO: 'owner/comments', GISCUS_CATEGORY_ID: 'DIC_kwDO1' })).rejects.toThrow(/GISCUS_REPO_ID/);
    await expect(siteWith({ GISCUS_REPO: 'owner/comments', GISCUS_REPO_ID: 'R_kgDO1' })).rejects.toThrow(/GISCUS_CATEGORY_ID/);
    await expect(siteWith({ ...COMPLETE, GISCUS_REPO: 'https://github.com/owner/comments' })).rejects.toThrow(/owner\/name/);
    // An origin is all the CSP may name: no path, no plain http to another host.
    await expect(siteWith({ ...COMPLETE, GISCUS_ORIGIN: 'https://giscus.example.org/app' })).rejects.toThrow(/GISCUS_ORIGIN/);
    await expect(siteWith({ ...COMPLETE, GISCUS_ORIGIN: 'http://giscus.example.org' })).rejects.toThrow(/GISCUS_ORIGIN/);
  });
});
