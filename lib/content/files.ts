import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, isMap, isScalar } from 'yaml';

export const CONTENT_DIR = 'content';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A URL slug: lower-case ASCII words joined by hyphens. */
export function isSlug(value: string): boolean {
  return SLUG.test(value);
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export type FrontMatter =
  | { ok: true; data: Record<string, unknown>; lineOf: (field: string) => number | undefined }
  | { ok: false; message: string; line?: number };

/** Splits a Markdown file into its YAML front matter (undefined when there is none) and body. */
export function splitFrontMatter(source: string): { yaml?: string; body: string } {
  const match = FRONT_MATTER.exec(source);
  return match ? { yaml: match[1], body: source.slice(match[0].length) } : { body: source };
}

/**
 * Parses front matter the way Contentlayer does (the `yaml` package, so dates stay strings) and
 * keeps line numbers, counted in the whole file, for error messages. `firstLine` is the file line
 * the YAML starts on: 2 in a Markdown file (after the opening `---`), 1 in a YAML file.
 */
export function parseFrontMatter(yamlText: string, firstLine = 2): FrontMatter {
  const offset = firstLine - 1;
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter, prettyErrors: true });
  const [error] = document.errors;
  if (error) return { ok: false, message: error.message.split('\n')[0], line: error.linePos ? error.linePos[0].line + offset : undefined };
  const data: unknown = document.toJS();
  if (data === null || data === undefined) return { ok: true, data: {}, lineOf: () => undefined };
  if (typeof data !== 'object' || Array.isArray(data)) return { ok: false, message: 'front matter must be a set of "field: value" lines', line: firstLine };
  const lineOf = (field: string) => {
    if (!isMap(document.contents)) return undefined;
    const pair = document.contents.items.find((item) => isScalar(item.key) && item.key.value === field);
    const start = (pair?.key as { range?: [number, number, number] } | undefined)?.range?.[0];
    return start === undefined ? undefined : lineCounter.linePos(start).line + offset;
  };
  return { ok: true, data: data as Record<string, unknown>, lineOf };
}

/** Markdown files under content/posts, as paths relative to the content folder ("posts/x.md"). */
export function listPostFiles(contentDir = CONTENT_DIR): string[] {
  const walk = (relative: string): string[] =>
    readdirSync(path.join(contentDir, relative)).flatMap((name) => {
      const child = path.posix.join(relative, name);
      if (statSync(path.join(contentDir, child)).isDirectory()) return walk(child);
      return name.endsWith('.md') ? [child] : [];
    });
  return walk('posts').sort();
}

/** The slug Contentlayer gives a post file: its path below posts/, without .md or a trailing /index. */
export function slugOfPostFile(relativePath: string): string {
  return relativePath.replace(/^posts\//, '').replace(/\.md$/, '').replace(/(^|\/)index$/, '');
}

/**
 * Post files marked `draft: true`, relative to the content folder. A production build leaves them out
 * of Contentlayer altogether, so no trace of a draft reaches the build output, server bundles included.
 */
export function draftPostFiles(contentDir = CONTENT_DIR): string[] {
  return listPostFiles(contentDir).filter((file) => {
    const { yaml } = splitFrontMatter(readFileSync(path.join(contentDir, file), 'utf8'));
    if (yaml === undefined) return false;
    const frontMatter = parseFrontMatter(yaml);
    // A file whose front matter does not parse is left in, so that the build reports the error.
    return frontMatter.ok && frontMatter.data.draft === true;
  });
}
