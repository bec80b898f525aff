import { readFileSync } from 'node:fs';
import { contentDirExcludeDefault, defineDocumentType, makeSource } from 'contentlayer2/source-files';
import { readCompany } from './lib/content/companies/registry';
import { CONTENT_DIR } from './lib/core/front-matter';
import { configureMarkdown } from './lib/content/markdown';
import { unpublishedPostFiles } from './lib/content/post-fields';
import { ContentError } from './lib/core/problems';
import { buildPostRecord } from './lib/content/record';
import { StoreWriter } from './lib/outputs/store/writer';
import { site } from './lib/core/site';

/** The one computed field of articles and pages: their checked front matter, script, short texts and analysis. */
const record = {
  type: 'json',
  description: 'The checked front matter, the script, short texts in both scripts, and the analysis of the body (lib/content/record.ts)',
  // Contentlayer's document type does not say it has a body: a markdown document does.
  resolve: (document: { _raw: { sourceFilePath: string } }) =>
    buildPostRecord(document._raw.sourceFilePath, (document as unknown as { body: { html: string } }).body.html),
} as const;

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
  computedFields: { record },
}));

/** A page: about, contact, docs (content/pages/). Read like an article; a date is optional, its path is its address. */
export const Page = defineDocumentType(() => ({
  name: 'Page',
  filePathPattern: 'pages/**/*.md',
  contentType: 'markdown',
  fields: {},
  computedFields: { record },
}));

/** A company articles are about: content/companies/<id>.yaml, read by its one reader (lib/content/companies/registry.ts). */
export const Company = defineDocumentType(() => ({
  name: 'Company',
  filePathPattern: 'companies/*.yaml',
  contentType: 'data',
  fields: {},
  computedFields: {
    record: {
      type: 'json',
      description: 'The checked company, its profile converted (lib/content/companies/registry.ts)',
      resolve: (company) => {
        const file = `${CONTENT_DIR}/${company._raw.sourceFilePath}`;
        const { company: record, problems } = readCompany(readFileSync(file, 'utf8'), company._raw.sourceFileName, file);
        if (!record) throw new ContentError(problems);
        return record;
      },
    },
  },
}));

/**
 * Under `npm run dev`, after every generation, the content store the pages read (one file per page's data), then
 * word to the processes that follow it (the quick preview and the search indexer; lib/tools/cli/dev.ts). A problem
 * of the whole collection keeps the last good store until it is fixed. A build writes the store in a step of its
 * own (lib/tools/cli/write-store.ts).
 */
const storeWriter = site.writesStoreOnGeneration ? new StoreWriter() : undefined;
function announceStore({ problems }: { problems: unknown[] }): void {
  if (problems.length === 0) process.send?.('generated');
}

export default makeSource({
  contentDirPath: CONTENT_DIR,
  contentDirInclude: ['posts', 'pages', 'companies'],
  // Drafts, future and expired articles never enter a production build's data, so nothing of them can
  // leak into its output; Hugo section pages (_index.md) are not articles; the other files of a bundle
  // (YAML manifests, JSON, code samples beside index.md) are files it links, never documents.
  contentDirExclude: [
    ...contentDirExcludeDefault,
    '**/_index.md',
    '**/_index.*.md',
    '{posts,pages}/**/*.{json,yaml,yml,mdx}',
    ...(site.showDrafts ? [] : unpublishedPostFiles(CONTENT_DIR, new Date())),
  ],
  documentTypes: [Post, Page, Company],
  // Hugo posts carry `type: post`: Contentlayer must not read it as its own document type name.
  fieldOptions: { typeFieldName: 'contentlayerType' },
  markdown: (builder) => configureMarkdown(builder),
  onSuccess: storeWriter && (async () => announceStore(storeWriter.write())),
  // An article must never silently vanish: a document that fails the schema fails the build.
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'ignore',
  // Pages read the content store, not the generated module, so its import alias is not needed.
  disableImportAliasWarning: true,
});
