import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { readPost, unpublishedPostFiles, type PostContext } from '@/lib/content/post-fields';
import { baseUrl, fixtureBaseUrl, fixtureSiteDir } from './browser';

/**
 * Every page reachable from /zh-hant and /zh-hans by following links of the site itself, fetched as a
 * reader's browser would: each internal link answers 200, or a permanent redirect to a page answering
 * 200; an in-page link (#…) names an element of its page; no link leads to an article the build left
 * out (a draft, one not yet published, one expired). Run on the seeds' build and on the fixture site
 * (imported Hugo site, generated and hostile articles, drafts among them).
 */
type Link = { from: string; href: string };
type Crawl = { pages: Map<string, Root>; broken: string[]; links: Link[]; fragments: string[] };

const MAX_PAGES = 3000;

/** Links and resources a page points at: anchors, alternates and feeds, images. */
function linksOf(tree: Root): string[] {
  const found: string[] = [];
  visit(tree, 'element', (node: Element) => {
    const { href, src } = node.properties;
    if ((node.tagName === 'a' || node.tagName === 'link' || node.tagName === 'area') && typeof href === 'string') found.push(href);
    if ((node.tagName === 'img' || node.tagName === 'source') && typeof src === 'string') found.push(src);
  });
  return found;
}

function idsOf(tree: Root): Set<string> {
  const ids = new Set<string>();
  visit(tree, 'element', (node: Element) => {
    if (typeof node.properties.id === 'string') ids.add(node.properties.id);
    if (node.tagName === 'a' && typeof node.properties.name === 'string') ids.add(node.properties.name);
  });
  return ids;
}

async function crawl(origin: string, trusted: (page: string) => boolean): Promise<Crawl> {
  const pages = new Map<string, Root>();
  const status = new Map<string, Promise<string | undefined>>();
  const broken: string[] = [];
  const links: Link[] = [];
  const fragments: string[] = [];
  const queue = ['/zh-hant', '/zh-hans'];
  const seen = new Set(queue);

  /** Fetches a path of the site: undefined when it is fine (200, or 308 to a 200 of the site), else why not. */
  const check = (target: string): Promise<string | undefined> => {
    if (!status.has(target)) {
      status.set(
        target,
        (async () => {
          let current = target;
          for (let hop = 0; hop < 3; hop++) {
            const response = await fetch(`${origin}${current}`, { redirect: 'manual' });
            if (response.status === 200) {
              if (hop === 0 && /text\/html/.test(response.headers.get('content-type') ?? ''))
                pages.set(current, fromHtml(await response.text()));
              else await response.arrayBuffer();
              return undefined;
            }
            if (response.status !== 308) return `${response.status}`;
            const location = new URL(response.headers.get('location')!, `${origin}${current}`);
            if (location.origin !== origin) return `308 off the site to ${location.href}`;
            current = location.pathname + location.search;
          }
          return 'more than 2 redirects';
        })(),
      );
    }
    return status.get(target)!;
  };

  while (queue.length > 0 && pages.size < MAX_PAGES) {
    const batch = queue.splice(0, 8);
    await Promise.all(
      batch.map(async (current) => {
        const problem = await check(current);
        if (problem) return;
        const tree = pages.get(current);
        if (!tree) return;
        const ids = idsOf(tree);
        for (const href of linksOf(tree)) {
          const url = new URL(href, `${origin}${current}`);
          if (url.origin !== origin) continue;
          const target = url.pathname + url.search;
          if (trusted(current)) links.push({ from: current, href: target });
          if (href.startsWith('#') && trusted(current)) {
            let id = href.slice(1);
            try {
              id = decodeURIComponent(id);
            } catch {
              // kept as written
            }
            if (id !== '' && !ids.has(id)) fragments.push(`${current} → ${href}`);
          }
          if (!seen.has(target)) {
            seen.add(target);
            queue.push(target);
          }
        }
      }),
    );
  }
  // Every link found, checked (pages beyond the cap included): broken ones with the page that links them.
  const targets = [...new Set(links.map((link) => link.href))];
  const problems = await Promise.all(targets.map(async (target) => [target, await check(target)] as const));
  for (const [target, problem] of problems) {
    if (!problem) continue;
    const from = links.find((link) => link.href === target)!.from;
    broken.push(`${target} (${problem}), linked from ${from}`);
  }
  return { pages, broken, links, fragments };
}

/** The slugs of the articles a production build of `siteDir` leaves out, read from its content as the build reads it. */
function unpublishedSlugs(siteDir: string): string[] {
  const contentDir = path.join(siteDir, 'content');
  const context: PostContext = { companyIds: new Set(), companiesDir: '', publicDir: '' };
  return unpublishedPostFiles(contentDir, new Date()).flatMap((file) => {
    const fields = readPost(readFileSync(path.join(contentDir, file), 'utf8'), file, context).fields;
    return fields ? [fields.slug] : [];
  });
}

describe.each([
  ['the seeds’ build', () => baseUrl(), () => process.cwd(), () => true],
  // Hostile articles link nowhere on purpose (`src=x`, `#%zz`): they are crawled through, but their own links
  // are not held to the rule (tests/e2e/hostile.test.ts checks what they must not do).
  ['the fixture site', () => fixtureBaseUrl(), () => fixtureSiteDir(), (page: string) => !page.includes('/posts/hostile-')],
])('crawling %s from both home pages', (_, origin, siteDir, trusted) => {
  let result: Crawl;

  test('every internal link answers 200, or 308 to a page answering 200', async () => {
    result = await crawl(origin(), trusted);
    expect(result.pages.size).toBeGreaterThan(20);
    expect(result.pages.size).toBeLessThan(MAX_PAGES);
    // Both scripts were reached, and their lists, articles, tags, companies and archive.
    for (const locale of ['zh-hant', 'zh-hans']) {
      for (const kind of ['posts', 'tags', 'categories', 'companies', 'archive']) {
        expect(
          [...result.pages.keys()].some((page) => page.startsWith(`/${locale}/${kind}/`)),
          `${locale}/${kind}`,
        ).toBe(true);
      }
    }
    expect(result.broken).toEqual([]);
  }, 600_000);

  test('every in-page link names an element of its page', () => {
    expect(result.fragments).toEqual([]);
  });

  test('no link leads to an article the build left out', () => {
    const slugs = unpublishedSlugs(siteDir());
    const toLeftOut = result.links.filter((link) => slugs.some((slug) => new RegExp(`/posts/${slug}(?:[/?#]|$)`).test(link.href)));
    expect(toLeftOut).toEqual([]);
    // And each left-out article's address answers 404.
    return Promise.all(slugs.map(async (slug) => expect((await fetch(`${origin()}/zh-hant/posts/${slug}`)).status, slug).toBe(404)));
  });
});
