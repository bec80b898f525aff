import type { Element, Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import type { Processor } from 'unified';
import { visit } from 'unist-util-visit';
import { remarkHugoShortcodes } from '../hugo/shortcodes';

const CLOBBER_PREFIX = 'user-content-';

/**
 * GitHub's sanitizing rules (no script, no event handler, no javascript: URL, no iframe),
 * plus the placeholder our shortcode plugin leaves for the YouTube player.
 */
const sanitizeSchema = {
  ...defaultSchema,
  clobberPrefix: CLOBBER_PREFIX,
  attributes: {
    ...defaultSchema.attributes,
    div: [...(defaultSchema.attributes?.div ?? []), 'dataYoutubeId'],
  },
};

/** Images in articles come from news sites: load them late, and send no referrer (some block hotlinks by it). */
function rehypeArticleImages() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'img') return;
      Object.assign(node.properties, { loading: 'lazy', decoding: 'async', referrerPolicy: 'no-referrer' });
    });
  };
}

/**
 * The sanitizer prefixes ids (so raw HTML cannot clobber DOM globals) but not the links to them:
 * point in-page links (footnotes) at the prefixed ids, as GitHub does with script.
 */
function rehypePrefixedFragmentLinks() {
  return (tree: Root) => {
    const ids = new Set<string>();
    visit(tree, 'element', (node: Element) => {
      if (typeof node.properties.id === 'string') ids.add(node.properties.id);
    });
    visit(tree, 'element', (node: Element) => {
      const href = node.properties.href;
      if (typeof href !== 'string' || !href.startsWith('#')) return;
      const prefixed = CLOBBER_PREFIX + decodeURIComponent(href.slice(1));
      if (!ids.has(href.slice(1)) && ids.has(prefixed)) node.properties.href = `#${prefixed}`;
    });
  };
}

const HEADING = /^h([1-6])$/;

/**
 * The page's only h1 is the article title; scraped articles repeat it as a `===` heading in the body.
 * When the body uses h1 (Markdown or raw HTML), every heading steps down one level, keeping their order.
 */
function rehypeDemoteHeadings() {
  return (tree: Root) => {
    const headings: Element[] = [];
    visit(tree, 'element', (node: Element) => {
      if (HEADING.test(node.tagName)) headings.push(node);
    });
    if (!headings.some((heading) => heading.tagName === 'h1')) return;
    for (const heading of headings) heading.tagName = `h${Math.min(Number(HEADING.exec(heading.tagName)![1]) + 1, 6)}`;
  };
}

/** Footnote labels written with characters both scripts share, since the body is converted as text only. */
const FOOTNOTE_LABELS = {
  footnoteLabel: '注',
  footnoteBackLabel: (index: number) => `返回引用 ${index + 1}`,
};

/**
 * The Markdown pipeline, handed to Contentlayer as a builder callback so that every step is ours.
 * `collectProblems` is for the content checker, which reports shortcode problems instead of throwing.
 */
export function configureMarkdown(builder: Processor, { collectProblems = false } = {}): void {
  builder
    .use(remarkFrontmatter) // the whole file comes in, front matter included
    .use(remarkParse)
    .use(remarkGfm) // tables, footnotes, autolinks, strikethrough
    .use(remarkHugoShortcodes, { collect: collectProblems })
    .use(remarkRehype, { allowDangerousHtml: true, clobberPrefix: '', ...FOOTNOTE_LABELS }) // the sanitizer adds the prefix, once
    .use(rehypeRaw) // raw HTML becomes real nodes, so the sanitizer sees all of it
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypePrefixedFragmentLinks)
    .use(rehypeDemoteHeadings)
    .use(rehypeSlug) // after sanitizing, which would prefix the ids
    .use(rehypeArticleImages)
    .use(rehypeStringify);
}
