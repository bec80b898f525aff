import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse as parseToml, TomlDate, TomlError } from 'smol-toml';
import { LineCounter, parseDocument, isMap, isScalar } from 'yaml';
import { RecentDocuments } from './recent';

export const CONTENT_DIR = 'content';

/** Hugo's three front-matter formats: `---` YAML, `+++` TOML, and a JSON object at the top of the file. */
export type FrontMatterFormat = 'yaml' | 'toml' | 'json';

/** A file's front matter, where it is, and the body after it (line breaks normalized to \n). */
export type SplitFile = {
  frontMatter?: { format: FrontMatterFormat; text: string; firstLine: number };
  body: string;
  /** The number of lines before the body, so that body line N is file line N + bodyLine. */
  bodyLine: number;
};

/**
 * Splits a Markdown file into its front matter and body, as Hugo reads them: BOM and CRLF are fine,
 * and so are blank lines before the opening delimiter (which Hugo would take for body text, losing
 * the title: we read what the author meant).
 */
export function splitFrontMatter(source: string): SplitFile {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const leading = /^(?:[ \t]*\n)*/.exec(text)![0];
  const lines = text.slice(leading.length).split('\n');
  const skipped = leading.split('\n').length - 1;
  const block = (format: FrontMatterFormat, open: RegExp, close: RegExp, inclusive: boolean) => {
    if (!open.test(lines[0])) return undefined;
    const end = lines.findIndex((line, index) => index > 0 && close.test(line));
    if (end < 0) return undefined;
    const content = inclusive ? lines.slice(0, end + 1) : lines.slice(1, end);
    return {
      frontMatter: { format, text: content.join('\n'), firstLine: skipped + (inclusive ? 1 : 2) },
      body: lines.slice(end + 1).join('\n'),
      bodyLine: skipped + end + 1,
    };
  };
  return (
    block('yaml', /^---[ \t]*$/, /^(---|\.\.\.)[ \t]*$/, false) ??
    block('toml', /^\+\+\+[ \t]*$/, /^\+\+\+[ \t]*$/, false) ??
    block('json', /^\{[ \t]*$/, /^\}[ \t]*$/, true) ?? { body: text, bodyLine: 0 }
  );
}

export type FrontMatter =
  | { ok: true; data: Record<string, unknown>; lineOf: (field: string) => number | undefined }
  | { ok: false; message: string; line?: number };

/** Hugo reads front-matter keys case-insensitively (`URL` is `url`): we lower-case the top level. */
function lowerCaseKeys(data: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    const lower = key.toLowerCase();
    // Defined, not assigned: a key written `__proto__` is a field, never the object's prototype.
    if (!Object.hasOwn(result, lower))
      Object.defineProperty(result, lower, { value, enumerable: true, writable: true, configurable: true });
  }
  return result;
}

/** TOML dates as the text a YAML author would have written, so one date parser reads every format. */
function tomlValue(value: unknown): unknown {
  if (value instanceof TomlDate) return value.toISOString(); // as written: a local date stays local
  if (Array.isArray(value)) return value.map(tomlValue);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, tomlValue(item)]));
  return value;
}

function asRecord(data: unknown, firstLine: number): FrontMatter | Record<string, unknown> {
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data))
    return { ok: false, message: 'front matter must be a set of "field: value" lines', line: firstLine };
  return data as Record<string, unknown>;
}

/** The line of a key in TOML or JSON text, found by its shape (`key =`, `"key":`), any case. */
function lineByPattern(text: string, firstLine: number, pattern: (key: string) => RegExp) {
  const lines = text.split('\n');
  return (field: string) => {
    const index = lines.findIndex((line) => pattern(field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).test(line));
    return index < 0 ? undefined : index + firstLine;
  };
}

/**
 * Parses front matter in any of Hugo's formats, with line numbers counted in the whole file for error
 * messages. Dates stay text (YAML is read with the `yaml` package's core schema, as Contentlayer does),
 * keys are lower-cased. `firstLine` is the file line the front matter starts on.
 */
export function parseFrontMatter(text: string, firstLine = 2, format: FrontMatterFormat = 'yaml'): FrontMatter {
  if (format === 'toml') {
    try {
      const data = asRecord(tomlValue(parseToml(text)), firstLine);
      if ('ok' in data) return data as FrontMatter;
      return {
        ok: true,
        data: lowerCaseKeys(data),
        lineOf: lineByPattern(text, firstLine, (key) => new RegExp(`^\\s*["']?${key}["']?\\s*=`, 'i')),
      };
    } catch (error) {
      const line = error instanceof TomlError ? error.line + firstLine - 1 : undefined;
      return { ok: false, message: (error as Error).message.split('\n')[0], line };
    }
  }
  if (format === 'json') {
    try {
      const data = asRecord(JSON.parse(text), firstLine);
      if ('ok' in data) return data as FrontMatter;
      return {
        ok: true,
        data: lowerCaseKeys(data),
        lineOf: lineByPattern(text, firstLine, (key) => new RegExp(`^\\s*"${key}"\\s*:`, 'i')),
      };
    } catch (error) {
      return { ok: false, message: (error as Error).message.split('\n')[0], line: firstLine };
    }
  }
  const offset = firstLine - 1;
  const lineCounter = new LineCounter();
  let document!: ReturnType<typeof parseDocument>;
  let js: unknown;
  try {
    // logLevel: a warning of the library's (a list used as a key) would be printed past our own report.
    // uniqueKeys off: Hugo's YAML reads a key written twice (the last wins), so an imported post with one is no error.
    document = parseDocument(text, { lineCounter, prettyErrors: true, logLevel: 'error', uniqueKeys: false });
    const [error] = document.errors;
    if (error)
      return { ok: false, message: error.message.split('\n')[0], line: error.linePos ? error.linePos[0].line + offset : undefined };
    js = document.toJS();
  } catch (error) {
    // The YAML library refuses alias bombs (`*a` expanding to millions of values) and runs out of stack on
    // absurd nesting: a problem of the file, not a crash of the checker or the build.
    const excessive = /alias count/i.test((error as Error).message);
    return {
      ok: false,
      message: excessive ? 'repeats its aliases (*name) too many times to be read' : (error as Error).message.split('\n')[0],
      line: firstLine,
    };
  }
  const data = asRecord(js, firstLine);
  if ('ok' in data) return data as FrontMatter;
  const lineOf = (field: string) => {
    if (!isMap(document.contents)) return undefined;
    const pair = document.contents.items.find((item) => isScalar(item.key) && String(item.key.value).toLowerCase() === field);
    const start = (pair?.key as { range?: [number, number, number] } | undefined)?.range?.[0];
    return start === undefined ? undefined : lineCounter.linePos(start).line + offset;
  };
  return { ok: true, data: lowerCaseKeys(data), lineOf };
}

/** Reads and parses a content file's front matter; `undefined` data when the file has none. */
export function readFrontMatter(source: string): { split: SplitFile; frontMatter?: FrontMatter } {
  const split = splitFrontMatter(source);
  if (!split.frontMatter) return { split };
  const { text, firstLine, format } = split.frontMatter;
  return { split, frontMatter: parseFrontMatter(text, firstLine, format) };
}

const recentParses = new RecentDocuments<string, ReturnType<typeof readFrontMatter>>();

/**
 * `readFrontMatter` for the readers of one generation: the Markdown pipeline (prepareBody) and the record
 * (readPost) each read the same file, a few documents apart. The newest parses are kept, so the second read
 * costs nothing (the parse was ~3% of Contentlayer's first pass). What it returns is shared: only read it.
 */
export function readFrontMatterShared(source: string): ReturnType<typeof readFrontMatter> {
  let parsed = recentParses.get(source);
  if (!parsed) {
    parsed = readFrontMatter(source);
    recentParses.set(source, parsed);
  }
  return parsed;
}

/**
 * Whether a path is a document: Markdown, and not a Hugo section page (`_index.md`). Anything else in a folder
 * (a bundle's images, YAML, JSON, code samples) is a file the document links, never a document.
 */
function isDocumentFile(relativePath: string): boolean {
  return /\.md$/i.test(relativePath) && !/(^|\/)_index(\.[\w-]+)?\.md$/i.test(relativePath);
}

/** The folders of the content that hold documents: articles, and pages (about, docs). */
export const DOCUMENT_FOLDERS = ['posts', 'pages'] as const;

/**
 * Markdown documents under content/posts and content/pages, as paths relative to the content folder ("posts/x.md",
 * "posts/x/index.md", "pages/about.md"), sorted.
 */
export function listDocumentFiles(contentDir = CONTENT_DIR, folders: readonly string[] = DOCUMENT_FOLDERS): string[] {
  const walk = (relative: string): string[] =>
    readdirSync(path.join(contentDir, relative)).flatMap((name) => {
      const child = path.posix.join(relative, name);
      if (statSync(path.join(contentDir, child)).isDirectory()) return walk(child);
      return isDocumentFile(child) ? [child] : [];
    });
  return folders
    .filter((folder) => existsSync(path.join(contentDir, folder)))
    .flatMap(walk)
    .sort();
}
