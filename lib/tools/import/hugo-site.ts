import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, parseDocument, stringify } from 'yaml';
import { normalizeAddress } from '../../core/addresses';
import { readFrontMatter, type FrontMatterFormat } from '../../core/front-matter';
import { readPostFields, type PostFields } from '../../content/post-fields';
import { isSlug, postSlug, toSlug, urlize } from '../../core/slugs';
import { termPath, type TermKind } from '../../core/routes';
import { termKey } from '../../text/terms';
import { EMBED_PROVIDERS, embedFromUrl } from '../../text/embeds';
import { bundleUrl } from '../../core/bundles';
import { isHtmlMarkup } from '../../content/markdown-syntax';
import { outputFormats, readHugoConfig, type HugoConfig } from './hugo-config';
import { contentBaseName, defaultPermalink, expandPermalink, hugoDate, HUGO_ZERO_DATE } from './permalinks';
import { BUILT_IN_SHORTCODES } from '../../text/hugo/shortcodes/expand';
import type { DeclaredShortcode, DeclaredShortcodes } from '../../text/hugo/shortcodes/declared';
import { parseShortcodes, type Node, type ShortcodeNode } from '../../text/hugo/shortcodes/parse';
import { codeRanges, wordpressCodeToFences } from '../../text/hugo/source';
import { builtInOverride, declarationFor, mediaFiles } from './theme-shortcodes';

/**
 * The importer of a whole Hugo site (`npm run import -- PATH`): what Hugo published, a reader finds at the same
 * address and reads the same. Every regular page comes over: dated ones as articles (content/posts/), the others as
 * pages (content/pages/: about, docs, their sections), each language's as its own (a translation linked to the
 * article it translates); every address Hugo gave them, their lists and their feeds redirects to them. Pure of
 * writes: the CLI (lib/tools/cli/import.ts) writes the plan. The stages: find the pages, read them, place them (a
 * kind, a language, a new file), rewrite each body and front matter, declare the theme's shortcodes.
 */

/** A page of the Hugo site, as found. */
export type SourcePage = {
  /** Below its content folder: `posts/2015/x.md`. */
  path: string;
  /** Unique in the site: its path, prefixed with its content folder when the site has several (one per language). */
  id: string;
  absolute: string;
  /** The site language it is in: its file name's (`x.en.md`), else its content folder's. */
  language?: string;
  /** The site language the file name carries (`x.zh-tw.md`), not part of its name. */
  fileLanguage?: string;
  /** Files beside a bundle's index.md (its images, YAML, code), below the bundle folder. */
  resources: string[];
};

export type PlannedFile = { target: string; content: string | Buffer; source: string };

type ShortcodeUse = { count: number; handling: string };

export type ImportPlan = {
  config: HugoConfig;
  files: PlannedFile[];
  /** Declarations to add to content/shortcodes.yaml for the theme's shortcodes. */
  declarations: Map<string, DeclaredShortcode>;
  /** Old addresses of the site's lists (its sections, archives, search) to the pages that show them now. */
  redirects: Record<string, string>;
  report: {
    pages: number;
    imported: number;
    /** Of the imported: pages without a date (about, docs), and translations. */
    undated: number;
    translations: number;
    bundles: number;
    addresses: number;
    skipped: { file: string; reason: string }[];
    shortcodes: Map<string, ShortcodeUse>;
    staticFiles: number;
    wordpressCodeBlocks: number;
    frontMatterRewritten: number;
    warnings: string[];
  };
};

/** Content files Hugo renders: Markdown, and HTML with front matter (Hugo's other content format needing no tool). */
const CONTENT_FILE = /\.(md|markdown|html?)$/i;
const HTML_FILE = /\.html?$/i;
const SECTION_PAGE = /^_index(\.[\w-]+)?\.(md|markdown|html?)$/i;
const LANGUAGE_SUFFIX = /\.([a-z]{2}(?:-[a-z0-9]{2,8})?)\.(md|markdown|html?)$/i;
/** A leaf bundle's page, in any of its languages (`index.md`, `index.zh-tw.md`). */
const BUNDLE_INDEX = /(^|\/)index(\.[a-z]{2}(?:-[a-z0-9]{2,8})?)?\.(md|markdown|html?)$/i;

/** An HTML file is a page when it opens with front matter; without, Hugo copies it as it is (`/posts/x.html`). */
function opensWithFrontMatter(file: string): boolean {
  return /^\uFEFF?(---|\+\+\+|\{)\s*$/m.test(readFileSync(file, 'utf8').slice(0, 200).split('\n')[0]);
}
/** First segments of our own routes: a page whose Hugo address begins with one moves below /pages/. */
const RESERVED = new Set([
  'posts',
  'tags',
  'categories',
  'series',
  'companies',
  'archive',
  'search',
  'page',
  'pages',
  'og',
  'api',
  'bundles',
  'feed.xml',
]);
/** Undated pages that are a theme's view of the site, not text: each leads to ours. */
const LAYOUT_TARGETS: Record<string, string> = {
  search: '/search',
  archives: '/archive',
  archive: '/archive',
  tags: '/tags',
  categories: '/categories',
  terms: '/tags',
  taxonomy: '/tags',
};

function walk(directory: string, relative = ''): string[] {
  const here = path.join(directory, relative);
  if (!existsSync(here)) return [];
  return readdirSync(here, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith('.')) return [];
    const child = relative ? `${relative}/${entry.name}` : entry.name;
    return entry.isDirectory() ? walk(directory, child) : [child];
  });
}

const isChinese = (language?: string) => language === undefined || /^zh/i.test(language);

/** Every page of the site's content folders (every language), bundles with their resources, and section pages. */
export function findPages(siteRoot: string, config: HugoConfig) {
  const pages: SourcePage[] = [];
  const sections: SourcePage[] = [];
  const contentFiles = new Map<string, string>(); // non-Markdown files Hugo publishes at their path
  for (const { dir, language } of config.contentDirs) {
    const root = path.join(siteRoot, dir);
    const files = walk(root);
    const isContent = (file: string) => CONTENT_FILE.test(file) && (!HTML_FILE.test(file) || opensWithFrontMatter(path.join(root, file)));
    const contentSet = new Set(files.filter(isContent));
    const bundleDirs = new Set([...contentSet].filter((file) => BUNDLE_INDEX.test(file)).map((file) => path.posix.dirname(file)));
    const bundleOf = (file: string) =>
      [...bundleDirs].filter((bundle) => bundle !== '.' && file.startsWith(`${bundle}/`)).sort((a, b) => b.length - a.length)[0];
    // A bundle's HTML files other than its index are its resources, as Hugo publishes them.
    const isPage = (file: string) => contentSet.has(file) && (!HTML_FILE.test(file) || BUNDLE_INDEX.test(file) || !bundleOf(file));
    for (const file of files) {
      const name = path.posix.basename(file);
      if (!isPage(file)) {
        if (!bundleOf(file)) contentFiles.set(`/${file}`, path.join(root, file));
        continue;
      }
      // Only the site's languages mark a translation (x.en.md): node.js.md is an article named node.js.
      const suffix = LANGUAGE_SUFFIX.exec(name)?.[1]?.toLowerCase();
      const fileLanguage = suffix && config.languages.includes(suffix) ? suffix : undefined;
      const found: SourcePage = {
        path: file,
        id: config.contentDirs.length > 1 ? `${dir}/${file}` : file,
        absolute: path.join(root, file),
        language: fileLanguage ?? language,
        fileLanguage,
        resources: [],
      };
      if (SECTION_PAGE.test(name)) {
        sections.push(found);
        continue;
      }
      const isBundle = BUNDLE_INDEX.test(file) && path.posix.dirname(file) !== '.';
      const bundle = path.posix.dirname(file);
      if (isBundle)
        found.resources = files
          .filter((other) => other.startsWith(`${bundle}/`) && !isPage(other) && bundleOf(other) === bundle)
          .map((other) => other.slice(bundle.length + 1));
      pages.push(found);
    }
  }
  return { pages, sections, contentFiles };
}

/** A page as read: its front matter (repaired where Hugo read what ours would not), fields and body. */
export type Read = {
  page: SourcePage;
  display: string;
  source: string;
  data: Record<string, unknown>;
  fields: PostFields;
  /** Undefined for a file without front matter, which Hugo publishes all the same. */
  format?: FrontMatterFormat;
  frontMatterText: string;
  yamlText?: string;
  body: string;
  repairs: Record<string, unknown>;
};

const LENIENT = { companyIds: new Set<string>(), companiesDir: '', publicDir: '' };

/** Reads one page; undefined (with the reason reported) only for front matter Hugo could not read either. */
export function readSourcePage(page: SourcePage, siteRoot: string, report: ImportPlan['report']): Read | undefined {
  const display = path.posix.join(
    path.relative(siteRoot, path.dirname(page.absolute)).split(path.sep).join('/'),
    path.basename(page.absolute),
  );
  let source = readFileSync(page.absolute, 'utf8');
  let { split, frontMatter } = readFrontMatter(source);
  if (frontMatter && !frontMatter.ok && split.frontMatter?.format === 'yaml') {
    // What Hugo's YAML (go-yaml) reads and ours does not, repaired so that it reads as Hugo read it.
    let repaired = split.frontMatter.text;
    const applied: string[] = [];
    for (const { repair, what } of YAML_REPAIRS) {
      const result = repair(repaired);
      if (result === undefined) continue;
      repaired = result;
      applied.push(what);
    }
    const retry = applied.length > 0 ? readFrontMatter(`---\n${repaired}\n---\n${split.body}`) : undefined;
    if (retry?.frontMatter?.ok) {
      source = `---\n${repaired}\n---\n${split.body}`;
      ({ split, frontMatter } = retry);
      report.warnings.push(`${display}: ${applied.join('; ')}, so that it reads as Hugo read it`);
    }
  }
  if (frontMatter && !frontMatter.ok) {
    report.skipped.push({
      file: display,
      reason: `front matter that Hugo could not read either (line ${frontMatter.line ?? '?'}: ${frontMatter.message})`,
    });
    return undefined;
  }
  // No front matter: Hugo publishes the file as a page all the same (its title empty; ours from the file name).
  const data = frontMatter?.ok ? frontMatter.data : {};
  const lineOf = frontMatter?.ok ? frontMatter.lineOf : () => undefined;
  const problems: string[] = [];
  const brokenFields = new Set<string>();
  const fields = readPostFields(
    data,
    `posts/${page.path}`,
    lineOf,
    (problem) => {
      if (problem.severity === 'warning') return;
      problems.push(`${problem.field}: ${problem.message}`);
      brokenFields.add(problem.field);
    },
    LENIENT,
  );
  // Fields Hugo tolerated and our reader does not: a bad alias is dropped, any other field left out, each reported.
  // A date Hugo could not read is no date: the page comes over as a page.
  const repairs: Record<string, unknown> = {};
  for (const field of brokenFields) {
    if (field === 'title' || (field === 'date' && problems.every((problem) => !problem.startsWith('date:') || /is missing/.test(problem))))
      continue;
    if (field === 'aliases' || field === 'url') {
      const valid = termListOf(data[field]).filter((value) => normalizeAddress(value));
      repairs[field] = field === 'aliases' ? valid : valid[0];
    } else repairs[field] = undefined;
    report.warnings.push(
      `${display}: ${problems.filter((problem) => problem.startsWith(`${field}:`)).join('; ')} — ${field === 'aliases' || field === 'url' ? 'the bad address is left out' : 'the field is left out'}`,
    );
  }
  return {
    page,
    display,
    source,
    data,
    fields,
    format: split.frontMatter?.format,
    frontMatterText: split.frontMatter?.text ?? '',
    yamlText: split.frontMatter?.format === 'yaml' ? split.frontMatter.text : undefined,
    body: split.body,
    repairs,
  };
}

/** Hugo's `.Date`: a date, publishDate or lastmod it could read. Pages without one are pages, not articles. */
function isDated(read: Read): boolean {
  const data = { ...read.data, ...read.repairs };
  return ['date', 'publishdate', 'lastmod'].some((key) => data[key] !== undefined && data[key] !== null && data[key] !== '');
}

/** The prefix of a language's addresses: none for the default language (unless the site puts it in its subfolder). */
function languagePrefix(language: string | undefined, config: HugoConfig): string {
  const isDefault = language === (config.defaultContentLanguage ?? 'en') && !config.defaultContentLanguageInSubdir;
  return language && config.languages.length > 1 && !isDefault ? `/${language}` : '';
}

/** Every address Hugo gave the page: its own (`url`, else its section's permalink pattern, else Hugo's default), then its aliases; below baseURL's path. */
export function hugoAddresses(
  page: SourcePage,
  fields: PostFields,
  data: Record<string, unknown>,
  config: HugoConfig,
): { own: string; all: string[] } {
  const section = page.path.split('/')[0];
  const url = typeof data.url === 'string' || typeof data.url === 'number' ? String(data.url) : undefined;
  const slug = data.slug === undefined || data.slug === null ? undefined : String(data.slug);
  // Hugo's .Date: date, else publishDate, pubDate, published, lastmod, modified (as written, for its digits).
  // Its digits as written; Hugo's zero time (year 1) when it has none it can read, as Hugo gives such a page.
  const date =
    ['date', 'publishdate', 'pubdate', 'published', 'lastmod', 'modified'].map((key) => hugoDate(data[key])).find(Boolean) ??
    HUGO_ZERO_DATE;
  const permalinkPage = { path: page.path, title: fields.title, slug, date, language: page.fileLanguage };
  let own = url ? `/${url.replace(/^\/+/, '')}` : undefined;
  if (!own) {
    const patterns = { ...config.permalinks, ...(page.language ? config.languagePermalinks[page.language] : undefined) };
    const pattern = page.path.includes('/') ? patterns[section] : undefined;
    own = (pattern && expandPermalink(pattern, permalinkPage)) || defaultPermalink(permalinkPage);
    // uglyURLs: every page a file, whether or not the pattern ends in a slash (`/:filename` is /x.html).
    if (config.uglyURLs && !/\.html?$/i.test(own)) own = `${own.replace(/\/$/, '')}.html`;
  }
  // A url that already names its language (`url: /en/about/`) is the whole address.
  const prefix = url && url.startsWith(`/${page.language}/`) ? '' : languagePrefix(page.language, config);
  // Hugo puts a relative alias beside the page ("." is the page's own level): /posts/x/ with `old` → /posts/old.
  const pageDirectory = path.posix.dirname(own.replace(/\/$/, ''));
  // Those that cannot be an address of the site (another scheme, another host) were reported and left out.
  const aliases = (Array.isArray(data.aliases) ? data.aliases : data.aliases ? [data.aliases] : [])
    .map(String)
    .filter((alias) => normalizeAddress(alias));
  // With uglyURLs Hugo writes each alias as a .html page too.
  const ugly = (alias: string) =>
    config.uglyURLs && !/^https?:/.test(alias) && !/\.html$/i.test(alias) ? `${alias.replace(/\/+$/, '')}.html` : alias;
  const base = config.basePath.replace(/\/$/, '');
  const keyOf = (address: string) => normalizeAddress(/^https?:/.test(address) ? address : `${base}${address}`);
  // Hugo's AMP output (`[outputs] page = ["HTML", "AMP"]`, or the page's own `outputs`) is the page again below /amp/.
  const amp = (outputFormats(data.outputs) ?? config.pageOutputs).includes('amp') ? [`${prefix}/amp${own}`] : [];
  const all = [
    prefix + own,
    ...amp,
    ...aliases.map((alias) => ugly(alias.startsWith('/') || /^https?:/.test(alias) ? alias : path.posix.join(pageDirectory, alias))),
  ].flatMap((address) => {
    const key = keyOf(address);
    return key ? [key] : [];
  });
  return { own: normalizeAddress(prefix + own) ?? '/', all };
}

/**
 * A page's path here, from its Hugo address below baseURL (`/about/` → `about`, `/en/docs/intro/` → `en/docs/intro`):
 * each segment a slug, `.html` dropped; below `pages/` when it would begin with one of our own routes.
 */
export function pagePathFromAddress(address: string): string {
  const segments = address
    .replace(/\.html?$/i, '')
    .split('/')
    .filter(Boolean)
    .map((segment) => (isSlug(segment) ? segment : (toSlug(segment) ?? 'page')));
  if (segments.length === 0) return 'home';
  return RESERVED.has(segments[0]) ? ['pages', ...segments].join('/') : segments.join('/');
}

/** The share of a text's letters that are Han characters: a page of a non-Chinese site language that is mostly Han is Chinese. */
function hanShare(text: string): number {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return han + latin === 0 ? 1 : han / (han + latin);
}

/** Content paths of the site, as Hugo's ref resolves them: by path (with or without extension), by unique base name, any case. */
function refIndex(pages: SourcePage[], targetOf: Map<SourcePage, string>) {
  const byPath = new Map<string, string>();
  const byName = new Map<string, string[]>();
  for (const page of pages) {
    const target = targetOf.get(page);
    if (!target) continue;
    const key = page.path
      .replace(CONTENT_FILE, '')
      .replace(/\/index$/i, '')
      .toLowerCase();
    byPath.set(key, target);
    const name = contentBaseName(page.path, page.fileLanguage).toLowerCase();
    byName.set(name, [...(byName.get(name) ?? []), target]);
  }
  return (from: SourcePage, target: string): string | undefined => {
    const [rawPath] = target.split('#');
    const clean = decodeURIComponent(rawPath)
      .replace(/^\/+/, '')
      .replace(CONTENT_FILE, '')
      .replace(/\/(_?index)?$/i, '')
      .toLowerCase();
    const relative = path.posix.normalize(path.posix.join(path.posix.dirname(from.path), clean)).toLowerCase();
    const found = byPath.get(clean) ?? byPath.get(relative);
    if (found) return found;
    const named = byName.get(path.posix.basename(clean));
    return named?.length === 1 ? named[0] : undefined;
  };
}

const ROOT_RELATIVE =
  /(?:\]\(\s*<?|\bsrc\s*=\s*["']?|\bhref\s*=\s*["']?|^\s*\[[^\]]+\]:\s*<?|^(?:image|thumbnail|cover|featuredimage|share_img|images)\s*[:=]\s*\[?\s*["']?|^\s*-\s*["']?)(\/(?!\/)[^\s"'<>)#?]+)/gim;

/** Root-relative addresses a post uses (`/images/a.png`), to copy the files behind them from static/. */
function rootRelativeReferences(text: string): string[] {
  return [...text.matchAll(ROOT_RELATIVE)].map((match) => {
    try {
      return decodeURI(match[1]);
    } catch {
      return match[1];
    }
  });
}

/**
 * Rewrites a body for its new home: old WordPress code blocks fenced, `ref`/`relref` targets moved to the
 * articles' new files (or, where Hugo's lookup finds nothing, the link text kept without the link), and
 * YouTube shortcodes written with a whole address given the id. Shortcodes are counted for the report.
 */
export function rewriteBody(
  body: string,
  resolve: (target: string) => string | undefined,
  uses: Map<string, ShortcodeNode[]>,
  warn: (message: string) => void,
  { html = false } = {},
): { body: string; wordpressBlocks: number } {
  // A body of HTML stays HTML: WordPress's code blocks there are its own <pre>s, not Markdown to be.
  const fenced = html ? { markdown: body, count: 0 } : wordpressCodeToFences(body);
  let text = fenced.markdown;
  // Shortcodes shown in code are text: not rewritten, not counted, not declared.
  const { nodes } = parseShortcodes(text, 1, codeRanges(text));
  // Each replacement at the shortcode's own place (the same text may also stand in code, or twice).
  const replacements: { node: ShortcodeNode; to: string }[] = [];
  const visit = (list: Node[]) => {
    for (const node of list) {
      if (node.type !== 'shortcode') continue;
      uses.set(node.name, [...(uses.get(node.name) ?? []), node]);
      if (node.inner) visit(node.inner);
      if (node.name === 'ref' || node.name === 'relref') {
        const target = node.args.named.path ?? node.args.positional[0] ?? '';
        if (target.startsWith('#') || /^\/?(tags|categories)\//i.test(target)) continue;
        const resolved = resolve(target);
        const fragment = target.includes('#') ? `#${target.split('#')[1]}` : '';
        if (resolved) replacements.push({ node, to: `{{< ${node.name} "${resolved}${fragment}" >}}` });
        else {
          warn(`line ${node.line}: ${node.name} "${target}" leads to no page of the site; the link text is kept without the link`);
          replacements.push({ node, to: '\u0000UNRESOLVED\u0000' });
        }
      }
      if (node.name === 'youtube') {
        const id = node.args.named.id ?? node.args.positional[0] ?? '';
        const fromUrl = embedFromUrl(id);
        if (fromUrl?.provider === 'youtube') replacements.push({ node, to: node.source.replace(id, () => fromUrl.id) });
        else if (!EMBED_PROVIDERS.youtube.id.test(id)) {
          warn(`line ${node.line}: youtube "${id}" is not a video id; kept as a link`);
          replacements.push({ node, to: /^https?:\/\//.test(id) ? `<${id}>` : id });
        }
      }
    }
  };
  visit(nodes);
  // From the end, so that earlier offsets hold (the shortcodes replaced, ref and youtube, hold no others).
  for (const { node, to } of replacements.sort((a, b) => b.node.start - a.node.start))
    text = text.slice(0, node.start) + to + text.slice(node.start + node.source.length);
  // A link whose ref leads nowhere keeps its text; a reference definition keeps its label, pointing nowhere.
  text = text.replace(/\[([^\]]*)\]\(\s*\u0000UNRESOLVED\u0000\s*\)/g, '$1').replace(/\u0000UNRESOLVED\u0000/g, '#');
  return { body: text, wordpressBlocks: fenced.count };
}

/** Sets keys of a YAML front matter, keeping its other lines, comments and order. */
function setYamlFields(yamlText: string, fields: Record<string, unknown>): string {
  // A key written twice is read as Hugo reads it (the last wins), and kept once.
  const document = parseDocument(yamlText, { uniqueKeys: false });
  if (isMap(document.contents)) {
    const items = document.contents.items;
    const keyOf = (item: (typeof items)[number]) => (isScalar(item.key) ? String(item.key.value) : undefined);
    document.contents.items = items.filter((item, index) => {
      const key = keyOf(item);
      return key === undefined || !items.slice(index + 1).some((later) => keyOf(later) === key);
    });
  }
  for (const [key, value] of Object.entries(fields)) {
    const existing = isMap(document.contents)
      ? document.contents.items.find((item) => isScalar(item.key) && String(item.key.value).toLowerCase() === key)
      : undefined;
    const name = existing && isScalar(existing.key) ? existing.key.value : key;
    if (value === undefined) document.delete(name);
    else document.set(name, value);
  }
  return document.toString({ lineWidth: 0 });
}

function frontMatterBlock(yamlText: string): string {
  return `---\n${yamlText.replace(/\n?$/, '\n')}---\n`;
}

/** A front matter as written, in its own format, for a file whose body alone changes. */
function originalFrontMatterBlock(format: FrontMatterFormat, text: string): string {
  if (format === 'toml') return `+++\n${text.replace(/\n?$/, '\n')}+++\n`;
  if (format === 'json') return `${text.replace(/\n?$/, '\n')}`; // the braces are part of the text
  return frontMatterBlock(text);
}

export type ImportContext = {
  /** Slugs already taken in the target site, with the file that holds each. */
  takenSlugs: Map<string, string>;
  /** This import's earlier targets, by source page (from the import record), so that a re-run changes no address. */
  previousTargets: Map<string, string>;
  declared: DeclaredShortcodes;
  now: Date;
};

/** Where a page goes: an article or a page, its new file, its address here, and the language it is written in. */
type Placed = {
  read: Read;
  kind: 'post' | 'page';
  /** The slug (an article) or the path (a page). */
  slug: string;
  /** Below content/: `posts/x.md`, `posts/x/index.md`, `pages/about.md`. */
  target: string;
  addresses: { own: string; all: string[] };
  /** A language other than Chinese, written as `lang` when the page does not say it. */
  language?: string;
  /** The article it translates (its slug), for a page of another language whose Chinese twin came over too. */
  translationOf?: string;
};

/**
 * Kinds and languages: dated pages are articles, undated ones pages (a theme's search or archive page leads to ours
 * instead); a page of a language other than Chinese keeps it, and, when its Chinese twin (the same file in another
 * language, or the same translationKey) came over, translates it.
 */
export function classify(
  reads: Read[],
  config: HugoConfig,
  report: ImportPlan['report'],
): { kept: Read[]; layoutRedirects: Record<string, string> } {
  const kept: Read[] = [];
  const layoutRedirects: Record<string, string> = {};
  for (const read of reads) {
    const unpublished = unpublishedReason(read.data);
    if (unpublished) {
      report.skipped.push({ file: read.display, reason: unpublished });
      continue;
    }
    const layout = String(read.data.layout ?? read.data.type ?? '').toLowerCase();
    const target = isDated(read) ? undefined : LAYOUT_TARGETS[layout];
    if (target) {
      for (const address of hugoAddresses(read.page, read.fields, { ...read.data, ...read.repairs }, config).all)
        layoutRedirects[address] = target;
      report.skipped.push({ file: read.display, reason: `the theme's ${layout} page: its address leads to ${target}` });
      continue;
    }
    kept.push(read);
  }
  return { kept, layoutRedirects };
}

/** Why Hugo publishes no page for this file, if it does not: a headless bundle, or `_build: { render: never }`. */
function unpublishedReason(data: Record<string, unknown>): string | undefined {
  if (data.headless === true) return 'a headless bundle (headless: true): Hugo publishes no page for it';
  const build = data._build ?? data.build;
  const render = build && typeof build === 'object' ? (build as Record<string, unknown>).render : undefined;
  if (render === false || (typeof render === 'string' && /^(never|false)$/i.test(render)))
    return `_build: render: ${String(render)}: Hugo publishes no page for it`;
  return undefined;
}

/** The language a page is written in, when it is not Chinese: its site language, unless its text is mostly Han. */
function writtenLanguage(read: Read, config: HugoConfig): string | undefined {
  const own = read.fields.lang[0];
  if (own) return read.fields.language;
  const language = read.page.language ?? (config.languages.length <= 1 ? config.languageCode?.toLowerCase() : undefined);
  if (isChinese(language)) return undefined;
  return hanShare(`${read.fields.title}\n${read.body}`) >= 0.2 ? undefined : language;
}

/** Which page's translation a page is: the same translationKey, else the same file without its language. */
function twinKey(read: Read): string {
  const key = read.data.translationkey;
  if (typeof key === 'string' && key.trim()) return `key:${key.trim()}`;
  const bare = read.page.fileLanguage
    ? read.page.path.replace(new RegExp(`\\.${read.page.fileLanguage}(\\.(md|markdown|html?))$`, 'i'), '$1')
    : read.page.path;
  return `path:${bare.toLowerCase()}`;
}

/** New files: a slug (or page path) each, unique in the target site, stable from one import to the next. */
export function place(reads: Read[], config: HugoConfig, context: ImportContext): Placed[] {
  const taken = new Map(context.takenSlugs);
  const previousOf = (read: Read) => context.previousTargets.get(read.page.id);
  const previousSlug = (read: Read) => {
    const previous = previousOf(read);
    return previous?.startsWith('posts/') ? path.posix.basename(previous.replace(/\/index\.md$/, '').replace(/\.md$/, '')) : undefined;
  };
  // Earlier runs' slugs first: a page new in this run must not take one of them, whatever its place in the order.
  for (const read of reads) {
    const slug = previousSlug(read);
    if (slug) taken.set(slug, read.page.id);
  }
  const placed: Placed[] = [];
  const pagePaths = new Set<string>();
  // Chinese first (the site's default language before the others), then the rest: the first page of a twin group is
  // the article its twins translate (a site in zh-cn and zh-tw lists each article once; the reader's script is ours
  // to make; an English twin translates the Chinese article).
  const rank = (read: Read) =>
    (isChinese(writtenLanguage(read, config)) ? 0 : 2) +
    (read.page.language === (config.defaultContentLanguage ?? read.page.language) ? 0 : 1);
  const ordered = [...reads].sort((a, b) => rank(a) - rank(b) || a.page.id.localeCompare(b.page.id));
  const twins = new Map<string, string>();
  for (const read of ordered) {
    const data = { ...read.data, ...read.repairs };
    const addresses = hugoAddresses(read.page, read.fields, data, config);
    const language = writtenLanguage(read, config);
    const bundle = read.page.resources.length > 0;
    if (!isDated(read)) {
      // A page keeps Hugo's address as its path (`/about/` → about), so its links and its section hold.
      const previous = previousOf(read)?.startsWith('pages/')
        ? previousOf(read)!
            .replace(/^pages\//, '')
            .replace(/(\/index)?\.md$/, '')
        : undefined;
      const own = pagePathFromAddress(addresses.own.slice(config.basePath.replace(/\/$/, '').length) || '/');
      let pagePath = previous ?? own;
      for (let n = 2; !previous && pagePaths.has(pagePath); n++) pagePath = `${own}-${n}`;
      pagePaths.add(pagePath);
      placed.push({
        read,
        kind: 'page',
        slug: pagePath,
        target: bundle ? `pages/${pagePath}/index.md` : `pages/${pagePath}.md`,
        addresses,
        language,
      });
      continue;
    }
    const previous = previousSlug(read);
    const url = data.url;
    let slug =
      previous ??
      postSlug({
        slug: read.fields.slug && read.data.slug !== undefined ? String(read.data.slug) : undefined,
        url: url === undefined || url === null ? undefined : String(url),
        // The file's name without its language (`x/index.zh-tw.md` is x, as `x.en.md` is): a translation's slug
        // takes its language below, as a word, not as part of the file name.
        file: contentBaseName(read.page.path, read.page.fileLanguage),
        title: read.fields.title || contentBaseName(read.page.path, read.page.fileLanguage),
      });
    if (!previous) {
      // A translation sharing its twin's slug takes its language's (my-post-en, my-post-zh-tw) rather than a number.
      const suffix = toSlug(language ?? read.page.language ?? '');
      if (suffix && taken.has(slug) && taken.get(slug) !== read.page.id && !taken.has(`${slug}-${suffix}`)) slug = `${slug}-${suffix}`;
      const base = slug;
      for (let n = 2; taken.has(slug) && taken.get(slug) !== read.page.id; n++) slug = `${base}-${n}`;
    }
    taken.set(slug, read.page.id);
    const twin = twinKey(read);
    const translationOf = twins.get(twin);
    if (!twins.has(twin)) twins.set(twin, slug);
    placed.push({
      read,
      kind: 'post',
      slug,
      target: bundle ? `posts/${slug}/index.md` : `posts/${slug}.md`,
      addresses,
      language,
      translationOf,
    });
  }
  return placed;
}

/** A page's front-matter changes: its old addresses, slug, title, language, translation, the terms of the site's own taxonomies as tags, and cover paths. */
function frontMatterChanges(placed: Placed, config: HugoConfig): Record<string, unknown> {
  const { read, kind, slug, addresses } = placed;
  const { data, fields, page } = read;
  const known = new Set(fields.aliases);
  const newAliases = [...new Set(addresses.all)].filter((address) => !known.has(address));
  const url = 'url' in read.repairs ? read.repairs.url : data.url;
  const changes: Record<string, unknown> = { ...read.repairs };
  if (newAliases.length > 0)
    changes.aliases = [...termListOf(changes.aliases ?? data.aliases).filter((alias) => normalizeAddress(alias)), ...newAliases];
  if (kind === 'post') {
    const derivedSlug = postSlug({
      slug: data.slug === undefined || data.slug === null ? undefined : String(data.slug),
      url: url === undefined || url === null ? undefined : String(url),
      file: placed.target,
      title: fields.title,
    });
    if (derivedSlug !== slug) changes.slug = slug;
  } else if (data.slug !== undefined) changes.slug = undefined; // a page's path is its file's
  if (!fields.title) changes.title = contentBaseName(page.path, page.fileLanguage);
  if (HTML_FILE.test(page.path) && !isHtmlMarkup(data)) changes.markup = 'html'; // a .md file now, its body still HTML
  const custom = customTerms(read, config).filter((name) => !fields.tags.includes(name));
  if (custom.length > 0) changes.tags = [...fields.tags, ...new Set(custom)];
  if (placed.language && fields.lang.length === 0) changes.lang = placed.language;
  if (placed.translationOf) changes.translation_of = placed.translationOf;
  // A bundle's cover named at the page's old address (`featuredImage: /posts/x/images/a.png`, where Hugo served
  // the bundle's files): the file is beside the article now, so the path becomes relative to it.
  if (page.resources.length > 0) {
    for (const key of ['image', 'thumbnail', 'featuredimage', 'images']) {
      const value = data[key];
      const values = Array.isArray(value) ? value : [value];
      const rewritten = values.map((item) =>
        typeof item === 'string' ? (bundleResourceAt(item, addresses.all, page.resources) ?? item) : item,
      );
      if (rewritten.some((item, index) => item !== values[index])) changes[key] = Array.isArray(value) ? rewritten : rewritten[0];
    }
  }
  return changes;
}

/** The file's new text: as written when nothing changes; else its front matter completed, YAML keeping what it can. */
function newContent(read: Read, changes: Record<string, unknown>, body: string): string {
  if (Object.keys(changes).length === 0 && body === read.body) return read.source;
  const block =
    Object.keys(changes).length === 0 && read.format
      ? originalFrontMatterBlock(read.format, read.frontMatterText)
      : frontMatterBlock(
          read.yamlText !== undefined
            ? setYamlFields(read.yamlText, changes)
            : stringify(Object.fromEntries(Object.entries({ ...read.data, ...changes }).filter(([, value]) => value !== undefined)), {
                lineWidth: 0,
              }),
        );
  return `${block}${body.replace(/\r\n?/g, '\n')}`;
}

/** Our own taxonomies; a site's other taxonomy (`tag`, `topics`) is read as tags. */
const OUR_TAXONOMIES = new Set<string>(['tags', 'categories', 'series'] satisfies TermKind[]);
const termKindOf = (plural: string): TermKind => (OUR_TAXONOMIES.has(plural) ? (plural as TermKind) : 'tags');

/** A page's terms in one of the site's taxonomies (`tags`, or a taxonomy of its own naming, read from its front matter). */
function termsOf(read: Read, plural: string, config: HugoConfig): string[] {
  const ours: Record<string, string[]> = { tags: read.fields.tags, categories: read.fields.categories, series: read.fields.series };
  return ours[plural] ?? (config.taxonomies.includes(plural) ? termListOf(read.data[plural]) : []);
}

/** The terms of a site's own taxonomies (not ours), which come over as tags. */
function customTerms(read: Read, config: HugoConfig): string[] {
  return config.taxonomies.filter((plural) => !OUR_TAXONOMIES.has(plural)).flatMap((plural) => termsOf(read, plural, config));
}

/**
 * The site's lists at Hugo's addresses: each section (`/posts/`, with its pages and feed) leads to the home list,
 * unless it is a page here (a section of pages with its `_index.md`); each language's home and taxonomy lists lead
 * to ours (Hugo publishes every taxonomy's list in every language, with terms or without); and where Hugo's address
 * of a term is not one the store already knows (another language's prefix, a baseURL below the root, a taxonomy of
 * the site's own naming), each term leads to its list, or to its taxonomy's index when only translations have it.
 */
function listRedirects(placed: Placed[], config: HugoConfig): Record<string, string> {
  const redirects: Record<string, string> = {};
  const base = config.basePath.replace(/\/$/, '');
  const add = (address: string, target: string) => {
    const key = normalizeAddress(address);
    if (key && !(key in redirects)) redirects[key] = target;
  };
  const prefixes = new Set<string>();
  // The terms of the listed articles (not translations), which the store gives lists.
  const listed: Record<TermKind, Set<string>> = { tags: new Set(), categories: new Set(), series: new Set() };
  for (const { kind, read, translationOf } of placed)
    if (kind === 'post' && !translationOf)
      for (const plural of new Set([...config.taxonomies, ...OUR_TAXONOMIES]))
        for (const name of termsOf(read, plural, config)) listed[termKindOf(plural)].add(termKey(name));
  // A section Hugo listed that is a page here (docs, from its _index.md) is that page.
  const pageAddresses = new Set(placed.filter((entry) => entry.kind === 'page').map((entry) => entry.addresses.all[0]));
  for (const { kind, read } of placed) {
    const prefix = `${base}${languagePrefix(read.page.language, config)}`;
    prefixes.add(prefix);
    if (prefix) add(`${prefix}/`, '/');
    const section = `${prefix}/${read.page.path.split('/')[0]}/`;
    if (read.page.path.includes('/') && !pageAddresses.has(normalizeAddress(section) ?? '')) add(section, '/');
    if (kind !== 'post') continue;
    for (const plural of new Set([...config.taxonomies, ...(prefix ? OUR_TAXONOMIES : [])])) {
      if (!prefix && OUR_TAXONOMIES.has(plural)) continue; // the store leads Hugo's /tags/x/ to ours
      const kindHere = termKindOf(plural);
      for (const name of termsOf(read, plural, config)) {
        // A term only translations have has no list here (lists show the articles they translate): its index.
        const key = termKey(name);
        add(`${prefix}/${plural}/${urlize(name).toLowerCase()}/`, listed[kindHere].has(key) ? termPath(kindHere, key) : `/${kindHere}`);
      }
    }
  }
  for (const prefix of prefixes)
    for (const plural of config.taxonomies)
      if (prefix || !OUR_TAXONOMIES.has(plural)) add(`${prefix}/${plural}/`, `/${termKindOf(plural)}`);
  return redirects;
}

/**
 * A bundle's files where Hugo published them, beside its page (`/posts/x/images/a.png`), lead to the same files here
 * (`/bundles/posts/x/images/a.png`): images hotlinked from other sites and found by image search keep loading.
 */
function resourceRedirects(placed: Placed[], config: HugoConfig): Record<string, string> {
  const redirects: Record<string, string> = {};
  if (config.uglyURLs) return redirects; // its pages are files (`/posts/x.html`): Hugo has no folder for resources
  for (const { read, target, addresses } of placed) {
    const [own] = addresses.all;
    if (!own) continue;
    for (const resource of read.page.resources) {
      const key = normalizeAddress(`${own}/${resource}`);
      if (key) redirects[key] ??= bundleUrl(`${path.posix.dirname(target)}/${resource}`);
    }
  }
  return redirects;
}

/** Section pages (`_index.md`) of sections that hold pages, not articles: each a page listing the section's pages. */
function sectionPages(
  sections: SourcePage[],
  placed: Placed[],
  siteRoot: string,
  config: HugoConfig,
  report: ImportPlan['report'],
): Placed[] {
  const pagePaths = new Set(placed.filter((entry) => entry.kind === 'page').map((entry) => entry.slug));
  const result: Placed[] = [];
  for (const section of sections) {
    const dir = path.posix.dirname(section.path);
    if (dir === '.') continue; // the home page's text belongs to the theme's home
    const inside = placed.filter((entry) => entry.read.page.path.startsWith(`${dir}/`) && entry.read.page.language === section.language);
    if (inside.length === 0 || inside.some((entry) => entry.kind === 'post')) continue;
    const read = readSourcePage(section, siteRoot, report);
    if (!read) continue;
    const addresses = hugoAddresses({ ...section, path: `${dir}/index.md` }, read.fields, { ...read.data, ...read.repairs }, config);
    const pagePath = pagePathFromAddress(addresses.own.slice(config.basePath.replace(/\/$/, '').length) || '/');
    if (pagePaths.has(pagePath)) continue;
    pagePaths.add(pagePath);
    if (!read.fields.title) read.repairs.title = path.posix.basename(dir);
    result.push({
      read,
      kind: 'page',
      slug: pagePath,
      target: `pages/${pagePath}/index.md`,
      addresses,
      language: writtenLanguage(read, config),
    });
  }
  return result;
}

/** A report with nothing in it yet: the stages add to it as they go. */
export function emptyImportReport(): ImportPlan['report'] {
  return {
    pages: 0,
    imported: 0,
    undated: 0,
    translations: 0,
    bundles: 0,
    addresses: 0,
    skipped: [],
    shortcodes: new Map(),
    staticFiles: 0,
    wordpressCodeBlocks: 0,
    frontMatterRewritten: 0,
    warnings: [],
  };
}

/**
 * Plans the import of a Hugo site: which files to write where, what to declare, what redirects, and what to report.
 * Pure of writes: the CLI (lib/tools/cli/import.ts) writes the plan. Every page keeps every old address (its `url`,
 * its permalink, its aliases) in `aliases`, so the site redirects them to its new page.
 */
export function planHugoImport(siteRoot: string, context: ImportContext, { contentOnly = false } = {}): ImportPlan {
  // A content folder without its site: Hugo's defaults, the folder itself as the content.
  const config = contentOnly ? { ...readHugoConfig(siteRoot), contentDirs: [{ dir: '.' }], staticDirs: [] } : readHugoConfig(siteRoot);
  const report = emptyImportReport();
  const { pages, sections, contentFiles } = findPages(siteRoot, config);
  report.pages = pages.length;
  const staticFiles = new Map<string, string>(contentFiles);
  for (const dir of config.staticDirs)
    for (const file of walk(path.join(siteRoot, dir))) staticFiles.set(`/${file}`, path.join(siteRoot, dir, file));

  // Read every page first: refs need every page's new address.
  const reads = pages.sort((a, b) => a.path.localeCompare(b.path)).flatMap((page) => readSourcePage(page, siteRoot, report) ?? []);
  const { kept, layoutRedirects } = classify(reads, config, report);
  const placedPages = place(kept, config, context);
  const placed = [...placedPages, ...sectionPages(sections, placedPages, siteRoot, config, report)];
  const targetOf = new Map(placed.map((entry) => [entry.read.page, entry.target]));
  const resolveRef = refIndex(
    placed.map((entry) => entry.read.page),
    targetOf,
  );

  const files: PlannedFile[] = [];
  const uses = new Map<string, ShortcodeNode[]>();
  const copied = new Set<string>();
  for (const entry of placed) {
    const { read, target } = entry;
    const { page } = read;
    const warn = (message: string) => report.warnings.push(`${page.path}: ${message}`);
    const { body, wordpressBlocks } = rewriteBody(read.body, (ref) => resolveRef(page, ref), uses, warn, {
      html: HTML_FILE.test(page.path) || isHtmlMarkup(read.data),
    });
    report.wordpressCodeBlocks += wordpressBlocks;
    report.addresses += new Set(entry.addresses.all).size;
    const changes = frontMatterChanges(entry, config);
    if (Object.keys(changes).length > 0) report.frontMatterRewritten++;
    files.push({ target: `content/${target}`, content: newContent(read, changes, body), source: page.id });
    if (page.resources.length > 0) report.bundles++;
    for (const resource of page.resources) {
      files.push({
        target: `content/${path.posix.dirname(target)}/${resource}`,
        content: readFileSync(path.join(path.dirname(page.absolute), resource)),
        source: `${path.posix.dirname(page.id)}/${resource}`,
      });
    }
    for (const reference of rootRelativeReferences(read.source)) {
      const file =
        staticFiles.get(reference) ?? staticFiles.get(reference.replace(new RegExp(`^${config.basePath.replace(/\/$/, '')}`), ''));
      if (!file || copied.has(reference)) continue;
      copied.add(reference);
      files.push({ target: `public${reference}`, content: readFileSync(file), source: path.relative(siteRoot, file) });
      report.staticFiles++;
    }
    report.imported++;
    if (entry.kind === 'page') report.undated++;
    if (entry.translationOf) report.translations++;
  }

  const declarations = declareShortcodes(uses, context.declared, report, { root: siteRoot, themes: config.themes });
  // Media files the theme served from static/ (`audios/a.mp3` through relURL, `/videos/a.mp4`).
  for (const [name, declaration] of declarations) {
    for (const reference of mediaFiles(declaration, uses.get(name) ?? [])) {
      const file = staticFiles.get(reference);
      if (!file || copied.has(reference)) continue;
      copied.add(reference);
      files.push({ target: `public${reference}`, content: readFileSync(file), source: path.relative(siteRoot, file) });
      report.staticFiles++;
    }
  }
  return {
    config,
    files,
    declarations,
    redirects: { ...resourceRedirects(placed, config), ...listRedirects(placed, config), ...layoutRedirects },
    report,
  };
}

/**
 * Shortcodes: the theme's declared (its template read where the site has it), unless the editor already declared
 * them; ours as they are, unless the theme redefines one or a use takes arguments ours does not. One left out is
 * reported by name.
 */
export function declareShortcodes(
  uses: Map<string, ShortcodeNode[]>,
  declared: DeclaredShortcodes,
  report: ImportPlan['report'],
  site: { root: string; themes?: string[] } = { root: '.' },
): Map<string, DeclaredShortcode> {
  const declarations = new Map<string, DeclaredShortcode>();
  for (const [name, list] of [...uses].sort((a, b) => b[1].length - a[1].length)) {
    const existing = declared.get(name);
    if (existing) {
      report.shortcodes.set(name, { count: list.length, handling: `declared in content/shortcodes.yaml (${existing.kind})` });
      continue;
    }
    const declaration = BUILT_IN_SHORTCODES.includes(name) ? builtInOverride(name, list, site) : declarationFor(name, list, site);
    if (!declaration) {
      report.shortcodes.set(name, { count: list.length, handling: 'built in' });
      continue;
    }
    declarations.set(name, declaration);
    report.shortcodes.set(name, { count: list.length, handling: `declared (${declaration.kind})` });
    if (declaration.kind === 'remove')
      report.warnings.push(
        `shortcode "${name}" (${list.length} use${list.length > 1 ? 's' : ''}) is left out: neither its template nor its arguments show anything to read or play; to show it, declare it otherwise in content/shortcodes.yaml`,
      );
  }
  return declarations;
}

/**
 * Front matter whose quoted values run on over lines written at the left margin (`title: "…` / `more"`),
 * which Hugo's YAML reads and ours refuses, with those lines indented; undefined when there are none.
 */
/** Lines of front matter indented with tabs (`categories: [` then a tab and `"Go"`), which go-yaml reads inside [ ] and { }: spaces instead. */
function leadingTabsAsSpaces(yamlText: string): string | undefined {
  const spaced = yamlText.replace(/^[ \t]*\t[ \t]*/gm, (indent) => indent.replace(/\t/g, '  '));
  return spaced === yamlText ? undefined : spaced;
}

const YAML_REPAIRS = [
  { repair: leadingTabsAsSpaces, what: 'lines of the front matter indented with tabs; indented with spaces' },
  { repair: indentQuotedContinuations, what: 'a quoted value of the front matter continued at the left margin; indented' },
];

function indentQuotedContinuations(yamlText: string): string | undefined {
  let open: string | undefined;
  let changed = false;
  const lines = yamlText.split('\n').map((line) => {
    let text = line;
    let from = 0;
    if (open) {
      if (/^\S/.test(line)) {
        text = `  ${line}`;
        changed = true;
      }
    } else {
      const start = /^\s*(?:-\s+)?[^\s#"'-][^:#]*:\s+(["'])|^\s*-\s+(["'])/.exec(line);
      if (!start) return text;
      open = start[1] ?? start[2];
      from = start[0].length;
    }
    for (let index = from; index < line.length; index++) {
      if (open === '"' && line[index] === '\\') index++;
      else if (line[index] === open) {
        if (open === "'" && line[index + 1] === "'") index++;
        else {
          open = undefined;
          break;
        }
      }
    }
    return text;
  });
  return changed ? lines.join('\n') : undefined;
}

/** The bundle file an absolute reference names below one of the page's old addresses, as a path relative to the bundle. */
function bundleResourceAt(reference: string, addresses: string[], resources: string[]): string | undefined {
  const key = normalizeAddress(reference);
  if (!key || /^https?:/i.test(reference)) return undefined;
  for (const address of addresses) {
    if (!key.startsWith(`${address}/`)) continue;
    const rest = key.slice(address.length + 1);
    const resource = resources.find((file) => file.normalize('NFC').toLowerCase() === rest);
    if (resource) return resource;
  }
  return undefined;
}

function termListOf(value: unknown): string[] {
  return (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]).map(String);
}

/** A short fingerprint of written content, kept in the import record to tell an untouched file from an edited one. */
export function contentHash(content: string | Buffer): string {
  return createHash('sha256').update(content).digest('hex').slice(0, 16);
}

export function isDirectory(file: string): boolean {
  return existsSync(file) && statSync(file).isDirectory();
}
