import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { generateArticles } from '../support/generate-articles';
import { freePort, makeScratchSite, removeScratchSite, startProcess, stopProcess, waitForServer } from '../support/scratch-site';

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureBaseUrl: string;
    fixtureSiteDir: string;
    fixturePristineDir: string;
  }
}

/** Articles the fixture site pre-renders; the rest of its articles are rendered on demand (ISR). */
export const FIXTURE_PRERENDER_LATEST = 12;
/** Enough generated articles for lists of several pages. */
export const FIXTURE_GENERATED_ARTICLES = 45;

/**
 * The fixture site has comments (the seeds build has none): giscus's settings, given to the build (pages
 * pre-rendered with them) and to the server (pages rendered on demand). Nothing reaches giscus: the tests
 * answer its frame themselves.
 */
export const FIXTURE_GISCUS = {
  GISCUS_REPO: 'ai-commentary/site-comments',
  GISCUS_REPO_ID: 'R_kgDOfixture',
  GISCUS_CATEGORY: 'Comments',
  GISCUS_CATEGORY_ID: 'DIC_kwDOfixture',
};

/**
 * The fixture site, built once for every end-to-end file that needs more than the seeds: a scratch copy
 * of the site with the Hugo fixture site imported (tests/fixtures/hugo-site), the articles of
 * tests/fixtures/articles/ (hostile content among them), and generated articles in both scripts;
 * built with PRERENDER_LATEST, so both the pre-rendered and the on-demand paths are served.
 */
export default async function setup(project: TestProject) {
  const site = makeScratchSite('fixture-site-');
  const run = (command: string, args: string[], env: Record<string, string> = {}) =>
    execFileSync(command, args, {
      cwd: site,
      stdio: 'pipe',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
  try {
    run(path.join(site, 'node_modules/.bin/tsx'), ['lib/tools/cli/import.ts', 'tests/fixtures/hugo-site']);
    const articles = path.join(site, 'tests/fixtures/articles');
    if (existsSync(articles))
      for (const file of readdirSync(articles).filter((name) => name.endsWith('.md')))
        copyFileSync(path.join(articles, file), path.join(site, 'content/posts', file));
    generateArticles(FIXTURE_GENERATED_ARTICLES, path.join(site, 'content/posts'));
    run('npm', ['run', 'build:site'], { PRERENDER_LATEST: String(FIXTURE_PRERENDER_LATEST), SHOW_DRAFTS: '', ...FIXTURE_GISCUS });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
    removeScratchSite(site);
    throw new Error(`the fixture site did not build:\n${stdout?.toString().slice(-5000)}\n${stderr?.toString().slice(-5000)}`);
  }
  // A copy of the build no server has read yet, for the files that must see pages rendered on their first request
  // (tests/e2e/on-demand.test.ts), whatever the other files have read from the shared server before them.
  const pristine = copyBuiltSite(site);
  const port = await freePort();
  const { child, output } = startProcess('node_modules/.bin/next', ['start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: site,
    env: { TZ: 'UTC', PRERENDER_LATEST: String(FIXTURE_PRERENDER_LATEST), ...FIXTURE_GISCUS },
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForServer(`${baseUrl}/zh-hant`, child, output);
  project.provide('fixtureBaseUrl', baseUrl);
  project.provide('fixtureSiteDir', site);
  project.provide('fixturePristineDir', pristine);
  return async () => {
    await stopProcess(child);
    removeScratchSite(site);
    removeScratchSite(pristine);
  };
}

/** A copy of a built site, its build output included (node_modules hard-linked, as in makeScratchSite). */
function copyBuiltSite(site: string): string {
  const copy = `${site}-pristine`;
  mkdirSync(copy);
  for (const entry of readdirSync(site)) {
    if (entry === 'node_modules') execFileSync('cp', ['-al', path.join(site, entry), path.join(copy, entry)]);
    else cpSync(path.join(site, entry), path.join(copy, entry), { recursive: true, verbatimSymlinks: true });
  }
  return copy;
}
