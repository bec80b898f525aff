import { defineDocumentType, makeSource } from 'contentlayer2/source-files';
import { converterFrom, convertHtml } from './lib/chinese';
import { ContentError } from './lib/content-problems';
import { DATE_FIX_HINT, parseArticleDate } from './lib/dates';
import { coverImageOf, descriptionOf, sourceScriptOf } from './lib/front-matter';
import { configureMarkdown } from './lib/markdown';

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

export default makeSource({
  contentDirPath: 'content',
  contentDirInclude: ['posts'],
  documentTypes: [Post],
  markdown: (builder) => configureMarkdown(builder),
  // An article must never silently vanish: a document that fails the schema fails the build.
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'ignore',
  // We import the generated module through a tsconfig path (see README), not the alias it checks for.
  disableImportAliasWarning: true,
});
