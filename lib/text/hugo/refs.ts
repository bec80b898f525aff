import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readFrontMatter, listDocumentFiles } from '../../core/front-matter';
import { fileStem, isPageFile, pagePath, postSlug } from '../../core/slugs';
import { articlePath, pageAddress } from '../../core/routes';
import { termKey } from '../terms';
import type { RefResolution } from './shortcodes/expand';

/** Documents by path and by file stem, each to its address on the site. */
type RefIndex = { byPath: Map<string, string>; byStem: Map<string, string[]>; builtAt: number };

const indexes = new Map<string, RefIndex>();

/** Content path without extension or bundle index, lower-cased: `posts/a/index.md` → `posts/a`. */
function pathKey(relativePath: string): string {
  return relativePath
    .replace(/\.(md|markdown)$/i, '')
    .replace(/\/(_?index)?$/i, '') // a bundle by its folder, with or without the trailing slash
    .toLowerCase();
}

function buildIndex(contentDir: string): RefIndex {
  const byPath = new Map<string, string>();
  const byStem = new Map<string, string[]>();
  for (const file of listDocumentFiles(contentDir)) {
    const { frontMatter } = readFrontMatter(readFileSync(path.join(contentDir, file), 'utf8'));
    const data = frontMatter?.ok ? frontMatter.data : {};
    const text = (value: unknown) => (value === undefined || value === null ? undefined : String(value));
    const href = isPageFile(file)
      ? pageAddress(pagePath(file, text(data.slug)))
      : articlePath(postSlug({ slug: text(data.slug), url: text(data.url), file, title: text(data.title) ?? '' }));
    byPath.set(pathKey(file), href);
    const stem = fileStem(file).toLowerCase();
    byStem.set(stem, [...(byStem.get(stem) ?? []), href]);
  }
  return { byPath, byStem, builtAt: Date.now() };
}

/** A percent-encoded term as written (`/tags/%E9%96%8B`), or as it is when a stray `%` makes it undecodable. */
function decodeOrKeep(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function anchorOf(fragment: string): string {
  return fragment ? `#user-content-${encodeURIComponent(fragment.toLowerCase())}` : '';
}

/**
 * Resolves Hugo's `ref`/`relref` targets the way Hugo looks them up: a path from the content root, a path
 * relative to the page, a file name unique in the site (with or without .md), any case; `#anchor` alone
 * is the page itself; taxonomy paths (`/tags/rust`) lead to our tag pages. The post index is read once per
 * process and read again when a target is missing (a post added while `npm run dev` runs).
 */
export function refResolver(contentDir: string, fromFile: string): (target: string) => RefResolution {
  return (target) => {
    const [rawPath, fragment = ''] = target.trim().split('#');
    if (!rawPath) return { href: anchorOf(fragment) };
    const taxonomy = /^\/?(tags|categories)\/([^/]+)\/?$/i.exec(rawPath);
    if (taxonomy) return { href: `/${taxonomy[1].toLowerCase()}/${encodeURIComponent(termKey(decodeOrKeep(taxonomy[2])))}` };

    const lookup = (index: RefIndex) => {
      const clean = rawPath.replace(/^\/+/, '').replace(/^content\//i, '');
      const candidates = [clean, path.posix.join(path.posix.dirname(fromFile), clean), `posts/${clean}`].map(pathKey);
      for (const candidate of candidates) {
        const href = index.byPath.get(candidate);
        if (href) return href;
      }
      const stem = fileStem(clean).toLowerCase();
      const byStem = index.byStem.get(stem);
      return byStem?.length === 1 ? byStem[0] : undefined;
    };
    let index = indexes.get(contentDir);
    let href = index && lookup(index);
    if (!href && (!index || Date.now() - index.builtAt > 1000)) {
      index = buildIndex(contentDir);
      indexes.set(contentDir, index);
      href = lookup(index);
    }
    if (href) return { href: `${href}${anchorOf(fragment)}` };
    return {
      message: `ref "${target}" leads to no article`,
      fix: 'write the path of an article below content/ (posts/other-post.md) or its file name',
    };
  };
}
