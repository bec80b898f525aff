import type { CompanyRecord } from '@/lib/content/companies/registry';
import type { PostRecord } from '@/lib/content/record';

/** Fixtures for the content store's tests: post records and companies as Contentlayer's computed fields make them. */

type Overrides = Partial<PostRecord> & { slug: string; publishedAt: string };

/** A post record as Contentlayer's computed field makes it, with only what a test sets differing. */
export function record({ slug, publishedAt, ...overrides }: Overrides): PostRecord {
  return {
    kind: 'post',
    slug,
    publishedAt,
    publishAt: publishedAt,
    file: `posts/${slug}.md`,
    source: { script: 'zh-Hant', region: 'tw' },
    title: { hant: `標題 ${slug}`, hans: `标题 ${slug}` },
    excerpt: { hant: '摘要', hans: '摘要' },
    tags: [],
    categories: [],
    series: [],
    tagNames: { hant: [], hans: [] },
    categoryNames: { hant: [], hans: [] },
    authors: [],
    companyIds: [],
    lang: [],
    aliases: [],
    draft: false,
    vocabulary: [],
    keepQuotes: false,
    headings: [],
    readingMinutes: 1,
    hasSummaryMarker: false,
    text: '正文。',
    ...overrides,
  };
}

/** A record with tags, their names in both scripts as given. */
export function tagged(overrides: Overrides, tags: string[]): PostRecord {
  return record({ ...overrides, tags, tagNames: { hant: tags, hans: tags } });
}

/** A company; by default with an alias no test text contains (an empty alias list is another matter: see the report). */
export function company(id: string, aliases: string[] = [`Zz${id}Zz`]): CompanyRecord {
  return {
    id,
    name: { hant: `${id} 公司`, hans: `${id} 公司`, en: id },
    aliases,
    listings: [],
    description: `${id} 描述`,
    converted: { description: `${id} 描述` },
  };
}
