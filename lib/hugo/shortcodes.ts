import type { Paragraph, Root, RootContent } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { ContentError, type ContentProblem } from '../content/problems';
import { isVideoId } from '../media/youtube';

export type Shortcode = { name: string; positional: string[]; named: Record<string, string> };

/** `{{< name args >}}` or `{{% name args %}}`, alone (Hugo's two delimiters). */
const SHORTCODE = /^\{\{(?:<\s*([\w-]+)(.*?)\s*>|%\s*([\w-]+)(.*?)\s*%)\}\}$/s;
const ARGUMENT = /([\w-]+)=(?:"([^"]*)"|'([^']*)'|(\S+))|"([^"]*)"|'([^']*)'|(\S+)/g;
const SHORTCODE_START = /\{\{[<%]/;

/** Parses one Hugo shortcode; undefined when the text is not exactly one shortcode. */
function parseShortcode(text: string): Shortcode | undefined {
  const match = SHORTCODE.exec(text.trim());
  if (!match) return undefined;
  const name = match[1] ?? match[3];
  const rawArguments = match[2] ?? match[4];
  const shortcode: Shortcode = { name, positional: [], named: {} };
  for (const argument of rawArguments.matchAll(ARGUMENT)) {
    const [, key, double, single, bare, quotedDouble, quotedSingle, plain] = argument;
    if (key) shortcode.named[key] = double ?? single ?? bare;
    else shortcode.positional.push(quotedDouble ?? quotedSingle ?? plain);
  }
  return shortcode;
}

const SUPPORTED_SHORTCODES = ['youtube'];

/** The YouTube id a shortcode names, or a problem description (without file and line). */
function youtubeIdOf(shortcode: Shortcode): { id: string } | { problem: string; fix: string } {
  const id = shortcode.named.id ?? shortcode.positional[0];
  if (id === undefined) return { problem: 'the youtube shortcode has no video id', fix: 'write {{< youtube VIDEO_ID >}}' };
  if (!isVideoId(id)) {
    return {
      problem: `"${id}" is not a YouTube video id (11 letters, digits, - or _)`,
      fix: 'copy the id from the video address: https://www.youtube.com/watch?v=VIDEO_ID',
    };
  }
  return { id };
}

/** The source path Contentlayer gives the file, or the path the content checker set. */
function sourcePathOf(file: VFile): string {
  const raw = file.data.rawDocumentData as { sourceFilePath?: string } | undefined;
  return raw?.sourceFilePath ? `content/${raw.sourceFilePath}` : (file.path ?? 'unknown file');
}

declare module 'vfile' {
  interface DataMap {
    rawDocumentData: unknown;
    shortcodeProblems: ContentProblem[];
  }
}

/**
 * Turns Hugo shortcodes standing alone in a paragraph into player placeholders
 * (`<div data-youtube-id>`, rendered by components/article/ArticleBody). Reads each paragraph's
 * source text, because `{{<youtube id>}}` without spaces parses as inline HTML. An unknown
 * shortcode, a bad id or a shortcode inside running text is a problem; with `collect` the
 * problems are left in `file.data.shortcodeProblems` for the content checker, otherwise they fail the build.
 */
export const remarkHugoShortcodes: Plugin<[{ collect?: boolean }?], Root> = (options = {}) => (tree, file) => {
  const source = String(file.value);
  const problems: ContentProblem[] = [];
  const report = (node: RootContent, message: string, fix: string) =>
    problems.push({ file: sourcePathOf(file), line: node.position?.start.line, field: 'body', message, fix });

  const visit = (parent: { children: RootContent[] }) => {
    parent.children.forEach((node, index) => {
      if (node.type === 'paragraph') {
        const text = proseSource(node, source);
        if (SHORTCODE_START.test(text)) parent.children[index] = replaceShortcode(node, text.trim(), report);
        return;
      }
      if ('children' in node) visit(node as { children: RootContent[] });
    });
  };
  visit(tree);

  if (options.collect) file.data.shortcodeProblems = problems;
  else if (problems.length > 0) throw new ContentError(problems);
};

/** A paragraph's source text with its code spans blanked out: a shortcode shown as code is not one. */
function proseSource(paragraph: Paragraph, source: string): string {
  const start = paragraph.position?.start.offset ?? 0;
  const chars = source.slice(start, paragraph.position?.end.offset ?? 0).split('');
  const blankCode = (node: RootContent) => {
    if (node.type === 'inlineCode' && node.position) {
      chars.fill(' ', node.position.start.offset! - start, node.position.end.offset! - start);
    } else if ('children' in node) node.children.forEach((child) => blankCode(child as RootContent));
  };
  paragraph.children.forEach(blankCode);
  return chars.join('');
}

function replaceShortcode(
  node: Paragraph,
  text: string,
  report: (node: RootContent, message: string, fix: string) => void,
): RootContent {
  const shortcode = parseShortcode(text);
  if (!shortcode) {
    report(node, `a shortcode must stand alone in its paragraph: "${text.slice(0, 60)}"`, 'put the shortcode on a line of its own, with blank lines around it');
    return node;
  }
  if (!SUPPORTED_SHORTCODES.includes(shortcode.name)) {
    report(node, `unknown shortcode "${shortcode.name}"`, `use one of: ${SUPPORTED_SHORTCODES.join(', ')}; or remove it`);
    return node;
  }
  const result = youtubeIdOf(shortcode);
  if ('problem' in result) {
    report(node, result.problem, result.fix);
    return node;
  }
  return {
    type: 'paragraph',
    children: [],
    data: { hName: 'div', hProperties: { dataYoutubeId: result.id } },
  };
}
