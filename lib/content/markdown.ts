import rehypeShiki from '@shikijs/rehype';
import rehypeKatex from 'rehype-katex';
import type { Element, Properties, Root } from 'hast';
import path from 'node:path';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema, type Options as Schema } from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import type { Root as MdastRoot } from 'mdast';
import { unified, type Processor } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { inlineRuleProblemsInTree } from '../text/chinese/inline-rules';
import { refResolver } from '../text/hugo/refs';
import { declaredShortcodes } from '../text/hugo/shortcodes/declared';
import { hugoBodyToMarkdown } from '../text/hugo/source';
import { EMBED_PROVIDERS, embedFromUrl } from '../text/embeds';
import { rememberTree } from './analysis';
import { bundleUrl, isBundleIndex } from '../core/bundles';
import { readFrontMatterShared } from '../core/front-matter';
import { ContentError, type ContentProblem } from '../core/problems';
import { CALLOUT_TYPES } from '../text/callouts';
import { sourceScriptOf } from './field-values';
import { KATEX_OPTIONS, fenceDisplayMath, isHtmlMarkup, rehypeMathNotTranslated, remarkAlerts, remarkEmoji, remarkMath, singleDollarMath, selectMathSyntax, type ArticleContext } from './markdown-syntax';
import { readContentSettings } from './site-config';

const CLOBBER_PREFIX = 'user-content-';

/**
 * GitHub's sanitizing rules (no script, no event handler, no javascript: URL, no iframe, no style),
 * plus the placeholders our steps leave: embeds, the summary marker and declared shortcode boxes.
 */
const sanitizeSchema: Schema = {
  ...defaultSchema,
  clobberPrefix: CLOBBER_PREFIX,
  tagNames: [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption', 'aside', 'span', 'video', 'audio'],
  attributes: {
    ...defaultSchema.attributes,
    // Only a provider's name: `constructor` or `__proto__` would otherwise reach the page as a provider.
    div: [...(defaultSchema.attributes?.div ?? []), ['dataEmbed', ...Object.keys(EMBED_PROVIDERS)], 'dataEmbedId', 'dataEmbedParams', 'dataEmbedTitle'],
    span: ['dataMore'],
    // GitHub's schema allows `srcset` on <source> unchecked (its protocol rules cover href and src only):
    // a picture falls back to its <img>, whose src is checked. A video's or an audio's source: its src, checked.
    source: ['src', 'type'],
    // Media the browser plays itself (rehypeMedia gives each its controls); never autoplay.
    video: ['src', 'poster', 'preload', 'loop', 'muted', 'playsInline', 'width', 'height'],
    audio: ['src', 'preload', 'loop'],
    // A callout (GitHub's alerts, the admonition shortcodes): only our types, and its title.
    aside: ['dataShortcode', ['dataCallout', ...CALLOUT_TYPES], ['role', 'note']],
    p: [...(defaultSchema.attributes?.p ?? []), 'dataCalloutTitle'],
    summary: [...(defaultSchema.attributes?.summary ?? []), 'dataCalloutTitle'],
    // Code's language, and math's classes, which KaTeX reads after sanitizing.
    code: [['className', /^language-[\w+#-]+$/, 'math-inline', 'math-display']],
  },
  protocols: { ...defaultSchema.protocols, poster: ['http', 'https'] },
};

/** The content-relative path of the file being rendered: Contentlayer's, or the one the checker set. */
function contentPathOf(file: VFile, contentDir: string): string {
  const raw = file.data.rawDocumentData as { sourceFilePath?: string } | undefined;
  if (raw?.sourceFilePath) return raw.sourceFilePath;
  return path.posix.relative(contentDir, (file.path ?? '').split(path.sep).join('/'));
}

declare module 'vfile' {
  interface DataMap {
    rawDocumentData: unknown;
    contentProblems: ContentProblem[];
  }
}

export type PreparedBody = { markdown: string; problems: ContentProblem[]; article: ArticleContext };

type PipelineOptions = { collectProblems?: boolean; contentDir?: string };

/**
 * A post file's body as the Markdown pipeline reads it, the way Hugo reads it before its Markdown renderer:
 * the front matter (any format) set apart, and the body's shortcodes, old code blocks and summary marker
 * turned into plain Markdown and HTML. Every problem names the file and line. The checker calls this alone:
 * nothing later in the pipeline finds problems, so it need not render.
 */
export function prepareBody(source: string, relativePath: string, contentDir = 'content'): PreparedBody {
  const displayPath = path.posix.join(contentDir, relativePath);
  const { split, frontMatter } = readFrontMatterShared(source);
  const params = frontMatter?.ok ? frontMatter.data : {};
  const settings = readContentSettings(contentDir);
  // The record reads the script from the title and the text; the body's characters tell the same.
  const script = sourceScriptOf(params.lang, `${String(params.title ?? '')}\n${split.body}`).script;
  const context = { declared: declaredShortcodes(contentDir), resolveRef: refResolver(contentDir, relativePath), params, script };
  const html = isHtmlMarkup(params);
  const expanded = hugoBodyToMarkdown(split.body, split.bodyLine + 1, context);
  const { problems } = expanded;
  const markdown = html ? expanded.markdown : fenceDisplayMath(expanded.markdown);
  const article: ArticleContext = {
    script,
    markdown,
    singleDollarMath: !html && singleDollarMath(params, split.body, settings.math),
    enableEmoji: settings.enableEmoji,
    html,
  };
  const ruleProblems = inlineRuleProblemsOf(article, split.body, split.bodyLine + 1);
  return {
    markdown,
    article,
    problems: [...problems, ...ruleProblems].map((problem) => ({ file: displayPath, field: 'body', ...problem })),
  };
}

/**
 * The inline rules' problems (`-{…}-`), read in the parsed document where the pages apply them (text nodes,
 * never code or math): a C# string `$"{a}-{b}"` in a fenced block under a list item is code, not an unclosed
 * rule. Only bodies that hold a `-{` are parsed here. Lines are the source's: where shortcodes changed the
 * lines, the rule is found by its text.
 */
function inlineRuleProblemsOf(article: ArticleContext, body: string, firstLine: number): Omit<ContentProblem, 'file' | 'field'>[] {
  const { markdown } = article;
  if (!markdown.includes('-{')) return [];
  const reader: Processor = unified();
  reader.use(remarkParse);
  documentSteps(reader);
  selectMathSyntax(reader, article.singleDollarMath);
  const file = new VFile({ value: markdown, data: { article } });
  const tree = reader.runSync(parseBody(reader, article, file), file) as Root;
  const searched = new Map<string, number>();
  return inlineRuleProblemsInTree(tree).map(({ line, source, message, fix, severity }) => {
    let at = -1;
    if (markdown !== body) {
      at = body.indexOf(source, searched.get(source) ?? 0);
      if (at >= 0) searched.set(source, at + 1);
    }
    const found = at >= 0 ? firstLine + (body.slice(0, at).match(/\n/g)?.length ?? 0) : line === undefined ? undefined : line + firstLine - 1;
    return { line: found, message, fix, ...(severity === 'warning' && { severity }) };
  });
}

/** The pipeline's first step: `prepareBody` in place of the parser's input; with `collectProblems` the problems are kept for a caller, otherwise the build fails on them. */
function hugoPreprocessor(this: Processor, { collectProblems = false, contentDir = 'content' }: PipelineOptions) {
  const parse = this.parser!;
  this.parser = (document, file) => {
    const { markdown, problems, article } = prepareBody(String(document), contentPathOf(file, contentDir), contentDir);
    file.data.article = article;
    selectMathSyntax(this, article.singleDollarMath);
    if (collectProblems) file.data.contentProblems = problems;
    else if (problems.some((problem) => problem.severity !== 'warning')) throw new ContentError(problems.filter((problem) => problem.severity !== 'warning'));
    return article.html ? htmlDocument(markdown) : parse(markdown, file);
  };
}

/** A body of HTML (`markup: html`) as one raw block: not read as Markdown, as Hugo does not; sanitized like any raw HTML. */
function htmlDocument(html: string): MdastRoot {
  return { type: 'root', children: [{ type: 'html', value: html }] };
}

function parseBody(processor: Processor, article: ArticleContext, file: VFile): MdastRoot {
  return article.html ? htmlDocument(article.markdown) : (processor.parse(file) as MdastRoot);
}

type Parent = Root | Element;

/**
 * Every element of a tree, parents before children, with its parent and index; the visitor may replace the
 * element in its parent (the replacement's children are walked). Our rehype steps walk with this rather than
 * unist-util-visit, whose bookkeeping (an array of ancestors per parent, a test per node) was most of the
 * ~0.47 s these steps took in a profile of Contentlayer's first pass at 1,000 articles.
 */
function eachElement(tree: Root, visitor: (node: Element, index: number, parent: Parent) => void): void {
  const walk = (parent: Parent) => {
    for (let index = 0; index < parent.children.length; index++) {
      const child = parent.children[index];
      if (child.type !== 'element') continue;
      visitor(child, index, parent);
      const current = parent.children[index];
      if (current.type === 'element') walk(current);
    }
  };
  walk(tree);
}

/** Articles' raw iframes from known players become our click-to-load embeds; any other frame, a link. */
function rehypeRawFrames() {
  return (tree: Root) => {
    eachElement(tree, (node, index, parent) => {
      if (node.tagName !== 'iframe') return;
      const src = String(node.properties.src ?? '');
      const embed = embedFromUrl(src);
      if (embed) {
        const properties: Properties = { dataEmbed: embed.provider, dataEmbedId: embed.id };
        parent.children[index] = { type: 'element', tagName: 'div', properties, children: [] };
      } else if (/^(https?:)?\/\//.test(src)) {
        // A protocol-relative frame (`//www.slideshare.net/…`, common in old embeds) is an https one.
        const href = src.startsWith('//') ? `https:${src}` : src;
        parent.children[index] = { type: 'element', tagName: 'a', properties: { href }, children: [{ type: 'text', value: href }] };
      }
    });
  };
}

/**
 * The sanitizer prefixes ids (so raw HTML cannot clobber DOM globals) but not the links to them:
 * point in-page links (footnotes, a table of contents written by hand) at the prefixed ids.
 */
function rehypePrefixedFragmentLinks() {
  return (tree: Root) => {
    const ids = new Set<string>();
    const fragmentLinks: { node: Element; href: string }[] = [];
    eachElement(tree, (node) => {
      const { id, href } = node.properties;
      if (typeof id === 'string') ids.add(id);
      if (typeof href === 'string' && href.startsWith('#')) fragmentLinks.push({ node, href });
    });
    for (const { node, href } of fragmentLinks) {
      let fragment = href.slice(1);
      try {
        fragment = decodeURIComponent(fragment);
      } catch {
        // A malformed escape (#%zz) is a fragment like any other: it just matches no id.
      }
      if (!ids.has(fragment) && ids.has(CLOBBER_PREFIX + fragment)) node.properties.href = `#${CLOBBER_PREFIX}${fragment}`;
    }
  };
}

/** Goldmark's attribute list (`{#id .class key=value}`), as Hugo reads it after a heading and, below a block, on a line of its own. */
const ATTRIBUTE = String.raw`(?:[#.][^\s#.{}]+|[\w-]+=(?:"[^"]*"|'[^']*'|[^\s{}]+))`;
const HEADING_ATTRIBUTES = new RegExp(String.raw`\s*\{\s*(${ATTRIBUTE}(?:\s+${ATTRIBUTE})*)\s*\}\s*$`);
const BLOCK_ATTRIBUTES = new RegExp(String.raw`(?:^|\n)[ \t]*\{\s*${ATTRIBUTE}(?:\s+${ATTRIBUTE})*\s*\}[ \t]*$`);

/**
 * Hugo's heading attributes (`## 使用樣式庫 {#sec1}`, on by default) give the heading its id, which the
 * article's own links (`[…](#sec1)`) point at; block attributes (`{.warning}` below a paragraph) only style.
 * Neither is text: the id is kept, and the braces leave the page.
 */
function remarkHugoAttributes() {
  return (tree: MdastRoot) => {
    visit(tree, (node, index, parent) => {
      if (node.type !== 'heading' && node.type !== 'paragraph') return;
      const last = node.children.at(-1);
      if (last?.type !== 'text') return;
      const match = (node.type === 'heading' ? HEADING_ATTRIBUTES : BLOCK_ATTRIBUTES).exec(last.value);
      if (!match) return;
      last.value = last.value.slice(0, match.index);
      if (node.type === 'heading') {
        const id = /(?:^|\s)#([^\s#.{}]+)/.exec(match[1])?.[1];
        if (id) node.data = { ...node.data, hProperties: { ...(node.data as { hProperties?: Properties } | undefined)?.hProperties, id } } as typeof node.data;
      } else if (node.children.length === 1 && last.value.trim() === '' && parent && index !== undefined) {
        parent.children.splice(index, 1);
        return index;
      }
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
    eachElement(tree, (node) => {
      if (HEADING.test(node.tagName)) headings.push(node);
    });
    if (!headings.some((heading) => heading.tagName === 'h1')) return;
    for (const heading of headings) heading.tagName = `h${Math.min(Number(HEADING.exec(heading.tagName)![1]) + 1, 6)}`;
  };
}

/**
 * A page bundle (`posts/x/index.md` with its images beside it) links its files relatively (`./a.png`):
 * those links point at the served copy, the same from both scripts' pages.
 */
function rehypeBundleLinks(options: PipelineOptions) {
  return (tree: Root, file: VFile) => {
    const relativePath = contentPathOf(file, options.contentDir ?? 'content');
    if (!isBundleIndex(relativePath)) return;
    const directory = path.posix.dirname(relativePath);
    eachElement(tree, (node) => {
      for (const attribute of ['src', 'href', 'poster'] as const) {
        const value = node.properties[attribute];
        if (typeof value !== 'string' || value === '' || /^([a-z][a-z0-9+.-]*:|\/|#|\?)/i.test(value)) continue;
        let decoded: string;
        try {
          decoded = decodeURI(value.split(/[?#]/)[0]);
        } catch {
          continue;
        }
        const target = path.posix.normalize(path.posix.join(directory, decoded));
        if (target.startsWith('..') || /\.md$/i.test(target)) continue;
        node.properties[attribute] = bundleUrl(target);
      }
    });
  };
}

/** Images in articles come from news sites: load them late, and send no referrer (some block hotlinks by it). */
function rehypeArticleImages() {
  return (tree: Root) => {
    eachElement(tree, (node) => {
      if (node.tagName !== 'img') return;
      Object.assign(node.properties, { loading: 'lazy', decoding: 'async', referrerPolicy: 'no-referrer' });
    });
  };
}

/** Media the browser plays: always with its controls (no script of ours plays them), its data loaded on demand. */
function rehypeMedia() {
  return (tree: Root) => {
    eachElement(tree, (node) => {
      if (node.tagName !== 'video' && node.tagName !== 'audio') return;
      node.properties.controls = true;
      if (node.properties.preload !== 'none') node.properties.preload = 'metadata';
    });
  };
}

/**
 * Names Hugo's highlighter (Chroma) and WordPress's SyntaxHighlighter (`brush: jscript`) know and Shiki does not:
 * without them `golang` (162 blocks of one archive), `systemverilog` and `jscript` would be shown unhighlighted.
 */
const CODE_LANGUAGE_ALIASES: Record<string, string> = {
  golang: 'go',
  systemverilog: 'system-verilog',
  jscript: 'javascript',
  'go-html-template': 'html',
  conf: 'ini',
  csh: 'shellscript',
  env: 'dotenv',
  mysql: 'sql',
  patch: 'diff',
  'shell-session': 'shellsession',
  nasm: 'asm',
  x86asm: 'asm',
  gas: 'asm',
  gradle: 'groovy',
  jinja2: 'jinja',
  django: 'jinja',
  svg: 'xml',
  vimrc: 'vim',
};

/** Code blocks in a language Shiki knows by another name take that name (Shiki's own langAlias does not reach its lazy loading). */
function rehypeCodeLanguageAliases() {
  return (tree: Root) => {
    eachElement(tree, (node) => {
      if (node.tagName !== 'code' || !Array.isArray(node.properties.className)) return;
      node.properties.className = node.properties.className.map((name) => {
        const alias = CODE_LANGUAGE_ALIASES[String(name).replace(/^language-/, '').toLowerCase()];
        return alias && String(name).startsWith('language-') ? `language-${alias}` : name;
      });
    });
  };
}

/** Leaves the tree behind each HTML it writes for the record's analysis (analysis.ts), which would otherwise parse it again. */
function rehypeRememberTree(this: Processor) {
  const compile = this.compiler!;
  this.compiler = (tree, file) => {
    const html = compile(tree, file);
    if (typeof html === 'string') rememberTree(html, tree as Root);
    return html;
  };
}

/** Footnote labels written with characters both scripts share, since the body is converted as text only. */
const FOOTNOTE_LABELS = {
  footnoteLabel: '注',
  footnoteBackLabel: (index: number) => `返回引用 ${index + 1}`,
};

/**
 * The Markdown pipeline, handed to Contentlayer as a builder callback so that every step is ours.
 * The checker runs the same pipeline with `collectProblems`.
 */
export function configureMarkdown(builder: Processor, options: PipelineOptions = {}): void {
  builder.use(remarkParse).use(hugoPreprocessor, options); // wraps the parser: Hugo front matter and shortcodes out, Markdown in
  documentSteps(builder);
  builder
    .use(rehypeRawFrames)
    .use(rehypeSlug) // before sanitizing, which prefixes every id, these included
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypePrefixedFragmentLinks)
    .use(rehypeDemoteHeadings)
    .use(rehypeBundleLinks, options)
    .use(rehypeArticleImages)
    .use(rehypeMedia)
    // Formulas as MathML, after the sanitizer: KaTeX's output is ours, not the article's HTML.
    .use(rehypeKatex, KATEX_OPTIONS)
    .use(rehypeMathNotTranslated)
    // Highlighted at build time, light and dark, no JavaScript on the page; code is never converted between scripts.
    .use(rehypeCodeLanguageAliases)
    .use(rehypeShiki, { themes: { light: 'github-light', dark: 'github-dark' }, langs: [], lazy: true, fallbackLanguage: 'text' })
    .use(rehypeStringify)
    .use(rehypeRememberTree);
}

/**
 * The steps from parsed Markdown to the document's HTML tree, raw HTML parsed: what decides which text is
 * prose and which is code or math. The pipeline and the inline rules' checker share them, so both see the same text.
 */
function documentSteps(builder: Processor): void {
  builder
    .use(remarkGfm) // tables, footnotes, autolinks, strikethrough
    .use(remarkMath) // $$…$$, $…$ where the article has math, \\(…\\)
    .use(remarkHugoAttributes) // `## 標題 {#id}`: the id, not the braces
    .use(remarkAlerts) // > [!NOTE] as a callout
    .use(remarkEmoji) // :smile: where the site enables emoji
    .use(remarkRehype, { allowDangerousHtml: true, clobberPrefix: '', ...FOOTNOTE_LABELS }) // the sanitizer adds the prefix, once
    .use(rehypeRaw); // raw HTML becomes real nodes, so the sanitizer sees all of it
}
