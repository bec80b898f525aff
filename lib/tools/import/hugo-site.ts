import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, parseDocument, stringify } from 'yaml';
import { normalizeAddress } from '../../core/addresses';
import { readFrontMatter, type FrontMatterFormat } from '../../core/front-matter';
import { readPostFields, type PostFields } from '../../content/post-fields';
import { postSlug } from '../../core/slugs';
import { EMBED_PROVIDERS, embedFromUrl } from '../../text/embeds';
import { readHugoConfig, type HugoConfig } from './hugo-config';
import { contentBaseName, defaultPermalink, expandPermalink } from './permalinks';
import { BUILT_IN_SHORTCODES } from '../../text/hugo/shortcodes/expand';
import type { DeclaredShortcode, DeclaredShortcodes } from '../../text/hugo/shortcodes/declared';
import { parseShortcodes, type Node, type ShortcodeNode } from '../../text/hugo/shortcodes/parse';
import { codeRanges, wordpressCodeToFences } from '../../text/hugo/source';
import { builtInOverride, declarationFor, mediaFiles } from './theme-shortcodes';

/** A page of the Hugo site, as found. */
type SourcePage = {
  /** Below its content folder: `posts/2015/x.md`. */
  path: string;
  absolute: string;
  language?: string;
  /** The site language the file name carries (`x.zh-tw.md`), not part of its name. */
  fileLanguage?: string;
  /** Files beside a bundle's index.md (its images), below the bundle folder. */
  resources: string[];
};

export type PlannedFile = { target: string; content: string | Buffer; source: string };

type ShortcodeUse = { count: number; handling: string };

export type ImportPlan = {
  config: HugoConfig;
  files: PlannedFile[];
  /** Declarations to add to content/shortcodes.yaml for the theme's shortcodes. */
  declarations: Map<string, DeclaredShortcode>;
  report: {
    pages: number;
    imported: number;
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

const MARKDOWN = /\.(md|markdown)$/i;
const SECTION_PAGE = /^_index(\.[\w-]+)?\.(md|markdown)$/i;
const LANGUAGE_SUFFIX = /\.([a-z]{2}(?:-[a-z0-9]{2,8})?)\.(md|markdown)$/i;

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

/** Every article candidate of the site's Chinese content folders, bundles with their resources. */
function findPages(siteRoot: string, config: HugoConfig, skipped: ImportPlan['report']['skipped']) {
  const pages: SourcePage[] = [];
  const contentFiles = new Map<string, string>(); // non-Markdown files Hugo publishes at their path
  for (const { dir, language } of config.contentDirs) {
    const root = path.join(siteRoot, dir);
    if (!isChinese(language)) {
      if (existsSync(root)) skipped.push({ file: dir, reason: `language "${language}": this site publishes Chinese` });
      continue;
    }
    const files = walk(root);
    const bundleDirs = new Set(files.filter((file) => /(^|\/)index\.(md|markdown)$/i.test(file)).map((file) => path.posix.dirname(file)));
    const bundleOf = (file: string) =>
      [...bundleDirs].filter((dir) => dir !== '.' && file.startsWith(`${dir}/`)).sort((a, b) => b.length - a.length)[0];
    for (const file of files) {
      const name = path.posix.basename(file);
      if (!MARKDOWN.test(file)) {
        if (!bundleOf(file)) contentFiles.set(`/${file}`, path.join(root, file));
        continue;
      }
      if (SECTION_PAGE.test(name)) continue;
      // Only the site's languages mark a translation (x.en.md): node.js.md is an article named node.js.
      const suffix = LANGUAGE_SUFFIX.exec(name)?.[1]?.toLowerCase();
      const fileLanguage = suffix && config.languages.includes(suffix) ? suffix : undefined;
      if (fileLanguage && !isChinese(fileLanguage)) {
        skipped.push({ file: path.posix.join(dir, file), reason: `language "${fileLanguage}": this site publishes Chinese` });
        continue;
      }
      const isBundle = /(^|\/)index\.(md|markdown)$/i.test(file) && path.posix.dirname(file) !== '.';
      const bundle = path.posix.dirname(file);
      pages.push({
        path: file,
        absolute: path.join(root, file),
        language: fileLanguage ?? language,
        fileLanguage,
        resources: isBundle
          ? files
              .filter((other) => other.startsWith(`${bundle}/`) && !MARKDOWN.test(other) && bundleOf(other) === bundle)
              .map((other) => other.slice(bundle.length + 1))
          : [],
      });
    }
  }
  return { pages, contentFiles };
}

/** Every address Hugo gave the page: `url` (else the permalink pattern of its section, else Hugo's default) and its aliases, below baseURL's path. */
function oldAddresses(page: SourcePage, fields: PostFields, data: Record<string, unknown>, config: HugoConfig): string[] {
  const section = page.path.split('/')[0];
  const url = typeof data.url === 'string' || typeof data.url === 'number' ? String(data.url) : undefined;
  const slug = data.slug === undefined || data.slug === null ? undefined : String(data.slug);
  // Hugo's .Date: date, else publishDate, pubDate, published, lastmod, modified (as written, for its digits).
  const date = ['date', 'publishdate', 'pubdate', 'published', 'lastmod', 'modified']
    .map((key) => data[key])
    .find((value): value is string => typeof value === 'string' && value.trim() !== '');
  const permalinkPage = { path: page.path, title: fields.title, slug, date, language: page.fileLanguage };
  let own = url ? `/${url.replace(/^\/+/, '')}` : undefined;
  if (!own) {
    const pattern = page.path.includes('/') ? config.permalinks[section] : undefined;
    own = (pattern && expandPermalink(pattern, permalinkPage)) || defaultPermalink(permalinkPage);
    if (config.uglyURLs) own = own.replace(/\/$/, '.html');
  }
  const languagePrefix =
    page.language &&
    (page.language !== config.defaultContentLanguage || config.defaultContentLanguageInSubdir) &&
    config.contentDirs.length > 1
      ? `/${page.language}`
      : '';
  // Hugo puts a relative alias beside the page ("." is the page's own level): /posts/x/ with `old` → /posts/old.
  const pageDirectory = path.posix.dirname(own.replace(/\/$/, ''));
  // Those that cannot be an address of the site (another scheme, another host) were reported and left out.
  const aliases = (Array.isArray(data.aliases) ? data.aliases : data.aliases ? [data.aliases] : [])
    .map(String)
    .filter((alias) => normalizeAddress(alias));
  // With uglyURLs Hugo writes each alias as a .html page too.
  const ugly = (alias: string) =>
    config.uglyURLs && !/^https?:/.test(alias) && !/\.html$/i.test(alias) ? `${alias.replace(/\/+$/, '')}.html` : alias;
  const addresses = [
    languagePrefix + own,
    ...aliases.map((alias) => ugly(alias.startsWith('/') || /^https?:/.test(alias) ? alias : path.posix.join(pageDirectory, alias))),
  ];
  const base = config.basePath.replace(/\/$/, '');
  return addresses.flatMap((address) => {
    const absolute = /^https?:/.test(address) ? address : `${base}${address}`;
    const key = normalizeAddress(absolute);
    return key ? [key] : [];
  });
}

/** Content paths of the site, as Hugo's ref resolves them: by path (with or without extension), by unique base name, any case. */
function refIndex(pages: SourcePage[], targetOf: Map<SourcePage, string>) {
  const byPath = new Map<string, string>();
  const byName = new Map<string, string[]>();
  for (const page of pages) {
    const target = targetOf.get(page);
    if (!target) continue;
    const key = page.path
      .replace(MARKDOWN, '')
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
      .replace(MARKDOWN, '')
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
function rewriteBody(
  body: string,
  resolve: (target: string) => string | undefined,
  uses: Map<string, ShortcodeNode[]>,
  warn: (message: string) => void,
): { body: string; wordpressBlocks: number } {
  const fenced = wordpressCodeToFences(body);
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
  const document = parseDocument(yamlText);
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

/**
 * Plans the import of a Hugo site: which files to write where, what to declare, and what to report.
 * Pure of writes: the CLI (lib/tools/cli/import.ts) writes the plan. Every article keeps every old address
 * (its `url`, its permalink, its aliases) in `aliases`, so the site redirects them to its new page.
 */
export function planHugoImport(siteRoot: string, context: ImportContext, { contentOnly = false } = {}): ImportPlan {
  // A content folder without its site: Hugo's defaults, the folder itself as the content.
  const config = contentOnly ? { ...readHugoConfig(siteRoot), contentDirs: [{ dir: '.' }], staticDirs: [] } : readHugoConfig(siteRoot);
  const report: ImportPlan['report'] = {
    pages: 0,
    imported: 0,
    bundles: 0,
    addresses: 0,
    skipped: [],
    shortcodes: new Map(),
    staticFiles: 0,
    wordpressCodeBlocks: 0,
    frontMatterRewritten: 0,
    warnings: [],
  };
  const { pages, contentFiles } = findPages(siteRoot, config, report.skipped);
  report.pages = pages.length;
  const staticFiles = new Map<string, string>(contentFiles);
  for (const dir of config.staticDirs)
    for (const file of walk(path.join(siteRoot, dir))) staticFiles.set(`/${file}`, path.join(siteRoot, dir, file));

  // Read every page first: refs need every page's new address.
  type Read = {
    page: SourcePage;
    source: string;
    data: Record<string, unknown>;
    fields: PostFields;
    format: FrontMatterFormat;
    frontMatterText: string;
    yamlText?: string;
    body: string;
    repairs: Record<string, unknown>;
  };
  const reads: Read[] = [];
  const lenient = { companyIds: new Set<string>(), companiesDir: '', publicDir: '' };
  for (const page of pages.sort((a, b) => a.path.localeCompare(b.path))) {
    const display = path.posix.join(
      path.relative(siteRoot, path.dirname(page.absolute)).split(path.sep).join('/'),
      path.basename(page.absolute),
    );
    let source = readFileSync(page.absolute, 'utf8');
    let { split, frontMatter } = readFrontMatter(source);
    if (frontMatter && !frontMatter.ok && split.frontMatter?.format === 'yaml') {
      // Hugo's YAML reads a quoted value continued at the left margin (`title: "…` then `more"`); ours wants it indented.
      const repaired = indentQuotedContinuations(split.frontMatter.text);
      const retry = repaired === undefined ? undefined : readFrontMatter(`---\n${repaired}\n---\n${split.body}`);
      if (retry?.frontMatter?.ok) {
        source = `---\n${repaired}\n---\n${split.body}`;
        ({ split, frontMatter } = retry);
        report.warnings.push(
          `${display}: a quoted value of the front matter continued at the left margin; indented so that it reads as Hugo read it`,
        );
      }
    }
    if (!frontMatter || !split.frontMatter) {
      report.skipped.push({ file: display, reason: 'no front matter: a page, not an article' });
      continue;
    }
    if (!frontMatter.ok) {
      report.skipped.push({
        file: display,
        reason: `front matter that Hugo could not read either (line ${frontMatter.line ?? '?'}: ${frontMatter.message})`,
      });
      continue;
    }
    const problems: string[] = [];
    const brokenFields = new Set<string>();
    const fields = readPostFields(
      frontMatter.data,
      `posts/${page.path}`,
      frontMatter.lineOf,
      (problem) => {
        if (problem.severity === 'warning') return;
        problems.push(`${problem.field}: ${problem.message}`);
        brokenFields.add(problem.field);
      },
      lenient,
    );
    const dated = ['date', 'publishdate', 'lastmod'].some(
      (key) => frontMatter.data[key] !== undefined && frontMatter.data[key] !== null && frontMatter.data[key] !== '',
    );
    if (!dated) {
      report.skipped.push({
        file: display,
        reason: `no date (layout: ${String(frontMatter.data.layout ?? frontMatter.data.type ?? 'page')}): a page, not an article`,
      });
      continue;
    }
    const blocking = problems.filter((problem) => /^(date|publishdate|lastmod|expirydate):/.test(problem));
    if (blocking.length > 0) {
      report.skipped.push({ file: display, reason: blocking.join('; ') });
      continue;
    }
    // Fields Hugo tolerated and our reader does not: a bad alias is dropped, any other field left out, each reported.
    const repairs: Record<string, unknown> = {};
    for (const field of brokenFields) {
      if (field === 'title') continue;
      if (field === 'aliases' || field === 'url') {
        const valid = termListOf(frontMatter.data[field]).filter((value) => normalizeAddress(value));
        repairs[field] = field === 'aliases' ? valid : valid[0];
      } else repairs[field] = undefined;
      report.warnings.push(
        `${display}: ${problems.filter((problem) => problem.startsWith(`${field}:`)).join('; ')} — ${field === 'aliases' || field === 'url' ? 'the bad address is left out' : 'the field is left out'}`,
      );
    }
    reads.push({
      page,
      source,
      data: frontMatter.data,
      fields,
      format: split.frontMatter.format,
      frontMatterText: split.frontMatter.text,
      yamlText: split.frontMatter.format === 'yaml' ? split.frontMatter.text : undefined,
      body: split.body,
      repairs,
    });
  }

  // New files: a slug each, unique in the target site, stable from one import to the next.
  const targetOf = new Map<SourcePage, string>();
  const slugOf = new Map<SourcePage, string>();
  const taken = new Map(context.takenSlugs);
  const previousSlug = (read: Read) => {
    const previous = context.previousTargets.get(read.page.path);
    return previous && path.posix.basename(previous.replace(/\/index\.md$/, '').replace(/\.md$/, ''));
  };
  // Earlier runs' slugs first: a page new in this run must not take one of them, whatever its place in the order.
  for (const read of reads) {
    const slug = previousSlug(read);
    if (slug) taken.set(slug, read.page.path);
  }
  for (const read of reads) {
    const previous = previousSlug(read);
    const url = 'url' in read.repairs ? read.repairs.url : read.data.url;
    let slug =
      previous ??
      postSlug({
        slug: read.fields.slug && read.data.slug !== undefined ? String(read.data.slug) : undefined,
        url: url === undefined || url === null ? undefined : String(url),
        file: read.page.path,
        title: read.fields.title || contentBaseName(read.page.path, read.page.fileLanguage),
      });
    if (!previous) {
      const base = slug;
      for (let n = 2; taken.has(slug) && taken.get(slug) !== read.page.path; n++) slug = `${base}-${n}`;
    }
    taken.set(slug, read.page.path);
    slugOf.set(read.page, slug);
    targetOf.set(read.page, read.page.resources.length > 0 ? `posts/${slug}/index.md` : `posts/${slug}.md`);
  }
  const resolveRef = refIndex(
    reads.map((read) => read.page),
    targetOf,
  );

  const files: PlannedFile[] = [];
  const uses = new Map<string, ShortcodeNode[]>();
  const copied = new Set<string>();
  for (const read of reads) {
    const { page, data, fields } = read;
    const target = targetOf.get(page)!;
    const slug = slugOf.get(page)!;
    const warn = (message: string) => report.warnings.push(`${page.path}: ${message}`);
    const { body, wordpressBlocks } = rewriteBody(read.body, (ref) => resolveRef(page, ref), uses, warn);
    report.wordpressCodeBlocks += wordpressBlocks;

    // Addresses the build would not find on its own (it reads url and aliases as written, from the site root).
    const addresses = oldAddresses(page, fields, { ...data, ...read.repairs }, config);
    report.addresses += new Set(addresses).size;
    const known = new Set(fields.aliases);
    const newAliases = [...new Set(addresses)].filter((address) => !known.has(address));
    const url = 'url' in read.repairs ? read.repairs.url : data.url;
    const derivedSlug = postSlug({
      slug: data.slug === undefined || data.slug === null ? undefined : String(data.slug),
      url: url === undefined || url === null ? undefined : String(url),
      file: target,
      title: fields.title,
    });
    const changes: Record<string, unknown> = { ...read.repairs };
    if (newAliases.length > 0)
      changes.aliases = [...termListOf(changes.aliases ?? data.aliases).filter((alias) => normalizeAddress(alias)), ...newAliases];
    if (derivedSlug !== slug) changes.slug = slug;
    if (!fields.title) changes.title = contentBaseName(page.path, page.fileLanguage);
    // A bundle's cover named at the page's old address (`featuredImage: /posts/x/images/a.png`, where Hugo served
    // the bundle's files): the file is beside the article now, so the path becomes relative to it.
    if (page.resources.length > 0) {
      for (const key of ['image', 'thumbnail', 'featuredimage', 'images']) {
        const value = data[key];
        const values = Array.isArray(value) ? value : [value];
        const rewritten = values.map((item) =>
          typeof item === 'string' ? (bundleResourceAt(item, addresses, page.resources) ?? item) : item,
        );
        if (rewritten.some((item, index) => item !== values[index])) changes[key] = Array.isArray(value) ? rewritten : rewritten[0];
      }
    }
    const bodyChanged = body !== read.body;

    let content: string;
    if (Object.keys(changes).length === 0 && !bodyChanged) content = read.source;
    else {
      report.frontMatterRewritten += Object.keys(changes).length > 0 ? 1 : 0;
      // The front matter as written when no field changes (TOML stays TOML); else YAML, keeping what it can.
      const block =
        Object.keys(changes).length === 0
          ? originalFrontMatterBlock(read.format, read.frontMatterText)
          : frontMatterBlock(
              read.yamlText !== undefined
                ? setYamlFields(read.yamlText, changes)
                : stringify(Object.fromEntries(Object.entries({ ...data, ...changes }).filter(([, value]) => value !== undefined)), {
                    lineWidth: 0,
                  }),
            );
      content = `${block}${body.replace(/\r\n?/g, '\n')}`;
    }
    files.push({ target: `content/${target}`, content, source: page.path });
    if (page.resources.length > 0) report.bundles++;
    for (const resource of page.resources) {
      files.push({
        target: `content/posts/${slug}/${resource}`,
        content: readFileSync(path.join(path.dirname(page.absolute), resource)),
        source: `${path.posix.dirname(page.path)}/${resource}`,
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
  }

  // Shortcodes: the theme's declared (its template read where the site has it), unless the editor already declared
  // them; ours as they are, unless the theme redefines one or a use takes arguments ours does not.
  const declarations = new Map<string, DeclaredShortcode>();
  const site = { root: siteRoot };
  for (const [name, list] of [...uses].sort((a, b) => b[1].length - a[1].length)) {
    const declared = context.declared.get(name);
    if (declared) {
      report.shortcodes.set(name, { count: list.length, handling: `declared in content/shortcodes.yaml (${declared.kind})` });
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
    // Media files the theme served from static/ (`audios/a.mp3` through relURL, `/videos/a.mp4`).
    for (const reference of mediaFiles(declaration, list)) {
      const file = staticFiles.get(reference);
      if (!file || copied.has(reference)) continue;
      copied.add(reference);
      files.push({ target: `public${reference}`, content: readFileSync(file), source: path.relative(siteRoot, file) });
      report.staticFiles++;
    }
  }
  return { config, files, declarations, report };
}

/**
 * Front matter whose quoted values run on over lines written at the left margin (`title: "…` / `more"`),
 * which Hugo's YAML reads and ours refuses, with those lines indented; undefined when there are none.
 */
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
