import { contentDirExcludeDefault, defineDocumentType, defineNestedType, makeSource } from 'contentlayer2/source-files';
import { converterFrom } from './lib/text/chinese/convert';
import { TAIWAN_TRADITIONAL } from './lib/core/languages';
import { companyIdMessage } from './lib/content/companies/registry';
import { CONTENT_DIR } from './lib/core/front-matter';
import { configureMarkdown } from './lib/content/markdown';
import { unpublishedPostFiles } from './lib/content/post-fields';
import { ContentError } from './lib/core/problems';
import { buildPostRecord } from './lib/content/record';
import { writeContentStore } from './lib/outputs/store/writer';
import { site } from './lib/core/site';

/**
 * An article: a Markdown file under content/posts/, a page bundle's index.md included. Its front matter
 * is Hugo's, in any of Hugo's formats, and is read by our own reader (lib/content/post-fields.ts), the
 * one `npm run check:content` uses, so no field is declared here: Contentlayer finds the files, caches
 * them, runs the Markdown pipeline and the one computed field. Conversion of the body into the other
 * script happens when a page is rendered, for the pages that are rendered.
 */
export const Post = defineDocumentType(() => ({
  name: 'Post',
  filePathPattern: 'posts/**/*.md',
  contentType: 'markdown',
  fields: {},
  computedFields: {
    record: {
      type: 'json',
      description:
        'The checked front matter, the script, short texts in both scripts, and the analysis of the body (lib/content/record.ts)',
      resolve: (post) => buildPostRecord(post._raw.sourceFilePath, post.body.html),
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
          throw new ContentError([
            { file: `content/${company._raw.sourceFilePath}`, field: 'id', ...companyIdMessage(company.id, company._raw.sourceFileName) },
          ]);
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
  // Drafts, future and expired articles never enter a production build's data, so nothing of them can
  // leak into its output; Hugo section pages (_index.md) are not articles.
  contentDirExclude: [
    ...contentDirExcludeDefault,
    '**/_index.md',
    '**/_index.*.md',
    ...(site.showDrafts ? [] : unpublishedPostFiles(CONTENT_DIR, new Date())),
  ],
  documentTypes: [Post, Company],
  // Hugo posts carry `type: post`: Contentlayer must not read it as its own document type name.
  fieldOptions: { typeFieldName: 'contentlayerType' },
  markdown: (builder) => configureMarkdown(builder),
  // After every generation, the content store the pages read (one file per page's data; lib/outputs/store/queries.ts).
  onSuccess: async () => writeContentStore(),
  // An article must never silently vanish: a document that fails the schema fails the build.
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'ignore',
  // Pages read the content store, not the generated module, so its import alias is not needed.
  disableImportAliasWarning: true,
});
