import { contentDirExcludeDefault, defineDocumentType, defineNestedType, makeSource } from 'contentlayer2/source-files';
import { converterFrom, convertHtml, TAIWAN_TRADITIONAL } from './lib/chinese/convert';
import { companyIdMessage, unknownCompanyIds, unknownCompanyMessage } from './lib/companies/registry';
import { ContentError } from './lib/content/problems';
import { DATE_FIX_HINT, parseArticleDate } from './lib/dates';
import { CONTENT_DIR, draftPostFiles } from './lib/content/files';
import { coverImageOf, descriptionOf, sourceScriptOf } from './lib/content/front-matter';
import { configureMarkdown } from './lib/content/markdown';
import { site } from './lib/site';

/**
 * An article. Front matter is Hugo's, so editors' existing files work; fields Hugo themes add
 * (weight, menu, sidebar, …) are ignored. Anything derivable is a computed field, and the
 * conversion into the other script happens here, once per article per build.
 */
export const Post = defineDocumentType(() => ({
  name: 'Post',
  filePathPattern: 'posts/**/*.md',
  contentType: 'markdown',
  fields: {
    title: { type: 'string', required: true },
    // A string, not Contentlayer's date type, which reads offset-less dates in the build machine's zone.
    date: { type: 'string', required: true },
    description: { type: 'string' },
    summary: { type: 'string' },
    tags: { type: 'list', of: { type: 'string' }, default: [] },
    categories: { type: 'list', of: { type: 'string' }, default: [] },
    image: { type: 'string' },
    thumbnail: { type: 'string' },
    source_url: { type: 'string' },
    source_name: { type: 'string' },
    related_companies: { type: 'list', of: { type: 'string' }, default: [] },
    draft: { type: 'boolean', default: false },
    // A tag or a list of tags (scraped posts write a list).
    lang: { type: 'json' },
  },
  computedFields: {
    slug: { type: 'string', resolve: (post) => post._raw.flattenedPath.replace(/^posts\//, '') },
    companyIds: {
      type: 'list',
      of: { type: 'string' },
      description: 'related_companies, checked against the registry in content/companies/',
      resolve: (post) => {
        const ids = [...post.related_companies];
        const unknown = unknownCompanyIds(ids);
        if (unknown.length > 0) {
          throw new ContentError(
            unknown.map((id) => ({ file: `content/${post._raw.sourceFilePath}`, field: 'related_companies', ...unknownCompanyMessage(id) })),
          );
        }
        return ids;
      },
    },
    publishedAt: {
      type: 'string',
      resolve: (post) => {
        const parsed = parseArticleDate(post.date);
        if (!parsed.ok) {
          throw new ContentError([
            { file: `content/${post._raw.sourceFilePath}`, field: 'date', message: parsed.reason, fix: DATE_FIX_HINT },
          ]);
        }
        return parsed.date.toISOString();
      },
    },
    excerpt: { type: 'string', resolve: (post) => descriptionOf(post) },
    coverImage: { type: 'string', resolve: (post) => coverImageOf(post) },
    conversion: {
      type: 'json',
      description: 'The script the article is written in, and its title, excerpt, tags, categories and body in the other one',
      resolve: (post) => {
        const source = sourceScriptOf(post.lang, `${post.title}\n${post.body.raw}`);
        const convert = converterFrom(source);
        return {
          source,
          title: convert(post.title),
          excerpt: convert(descriptionOf(post)),
          tags: [...post.tags].map(convert),
          categories: [...post.categories].map(convert),
          html: convertHtml(post.body.html, convert),
        };
      },
    },
  },
}));

const ScriptNames = defineNestedType(() => ({
  name: 'ScriptNames',
  fields: {
    hant: { type: 'string', required: true },
    hans: { type: 'string', required: true },
    en: { type: 'string', required: true },
  },
}));

const Listing = defineNestedType(() => ({
  name: 'Listing',
  fields: {
    exchange: { type: 'string', required: true },
    symbol: { type: 'string', required: true },
  },
}));

/**
 * A company articles are about: content/companies/<id>.yaml. Its profile text is written in
 * Traditional Chinese and converted like an article; names are given per script, because
 * conversion cannot know that 輝達 is 英伟达.
 */
export const Company = defineDocumentType(() => ({
  name: 'Company',
  filePathPattern: 'companies/*.yaml',
  contentType: 'data',
  fields: {
    id: { type: 'string', required: true },
    name: { type: 'nested', of: ScriptNames, required: true },
    aliases: { type: 'list', of: { type: 'string' }, required: true },
    listings: { type: 'list', of: Listing, default: [] },
    website: { type: 'string' },
    headquarters: { type: 'string' },
    founded: { type: 'number' },
    description: { type: 'string', required: true },
  },
  computedFields: {
    checkedId: {
      type: 'string',
      description: 'The id, which must match the file name: articles and URLs use it',
      resolve: (company) => {
        const fileId = company._raw.sourceFileName.replace(/\.yaml$/, '');
        if (company.id !== fileId) {
          throw new ContentError([{ file: `content/${company._raw.sourceFilePath}`, field: 'id', ...companyIdMessage(company.id, company._raw.sourceFileName) }]);
        }
        return fileId;
      },
    },
    converted: {
      type: 'json',
      description: 'Description and headquarters in Simplified Chinese',
      resolve: (company) => {
        const convert = converterFrom(TAIWAN_TRADITIONAL);
        return { description: convert(company.description), headquarters: company.headquarters && convert(company.headquarters) };
      },
    },
  },
}));

export default makeSource({
  contentDirPath: CONTENT_DIR,
  contentDirInclude: ['posts', 'companies'],
  // Drafts never enter a production build's data, so nothing of them can leak into its output.
  contentDirExclude: [...contentDirExcludeDefault, ...(site.showDrafts ? [] : draftPostFiles())],
  documentTypes: [Post, Company],
  markdown: (builder) => configureMarkdown(builder),
  // An article must never silently vanish: a document that fails the schema fails the build.
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'ignore',
  // We import the generated module through a tsconfig path (see README), not the alias it checks for.
  disableImportAliasWarning: true,
});
