import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CompanyRecord } from './companies/registry';
import type { PostRecord } from './record';
import { readContentSettings } from './site-config';

/** What Contentlayer generates for a post (.contentlayer/generated), as the content store reads it. */
export type GeneratedPost = { _raw: { sourceFilePath: string }; body: { html: string }; record: PostRecord };

/** What Contentlayer generates for a company. */
type GeneratedCompany = { record: CompanyRecord };

const GENERATED_DIR = '.contentlayer/generated';

/** Every document Contentlayer generated of one type (in the site at `root`); none before its first run. */
export function readGenerated<T>(type: 'Post' | 'Page' | 'Company', root = '.'): T[] {
  const file = path.join(root, GENERATED_DIR, type, '_index.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T[]) : [];
}

/** The site's order: newest first, then by address (lists, feeds and search ids follow it). */
export function newestFirst(records: PostRecord[]): PostRecord[] {
  return records.sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || a.slug.localeCompare(b.slug));
}

/** What the content store is built from: the generated articles, pages and companies, and the site's own redirects. */
export function readGeneratedContent(root = '.'): { posts: GeneratedPost[]; pages: GeneratedPost[]; companies: CompanyRecord[]; redirects: Record<string, string> } {
  return {
    posts: readGenerated<GeneratedPost>('Post', root),
    pages: readGenerated<GeneratedPost>('Page', root),
    companies: readGenerated<GeneratedCompany>('Company', root).map((company) => company.record),
    redirects: readContentSettings(path.join(root, 'content')).redirects,
  };
}
