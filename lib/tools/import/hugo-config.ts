import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';

/** What the import needs of a Hugo site's configuration; Hugo reads its keys in any case (`baseurl`, `[Permalinks]`). */
export type HugoConfig = {
  /** The config file(s) read, for the report. */
  files: string[];
  baseURL?: string;
  /** The path part of baseURL (`/blog/` of https://x.github.io/blog/): old addresses were below it. */
  basePath: string;
  languageCode?: string;
  defaultContentLanguage?: string;
  defaultContentLanguageInSubdir: boolean;
  hasCJKLanguage?: boolean;
  summaryLength?: number;
  /** Section (or `page`/`section` kind) to permalink pattern. */
  permalinks: Record<string, string>;
  /** A language's own patterns (`[languages.en.permalinks]`), which win over the site's for its pages. */
  languagePermalinks: Record<string, Record<string, string>>;
  /**
   * The site's language codes, lower-cased (Hugo's default, `en`, when it configures none): only these mark a
   * file as a translation (`x.en.md`); any other dotted suffix is part of the name (`node.js.md`).
   */
  languages: string[];
  /** Content folders to import, relative to the site root, each with the language it holds. */
  contentDirs: { dir: string; language?: string }[];
  staticDirs: string[];
  /** Hugo lower-cases addresses unless told not to. */
  disablePathToLower: boolean;
  uglyURLs: boolean;
  /** `:smile:` codes in posts become emoji. */
  enableEmoji: boolean;
  /** The site's taxonomies by their plural (the address's first segment): tags, categories, series… */
  taxonomies: string[];
  /** The theme(s) the config names, where the site's own shortcodes may be defined (themes/NAME/layouts/shortcodes). */
  themes: string[];
  /** The output formats of regular pages (`[outputs] page = ["HTML", "AMP"]`), lower-cased: each is an address of the page. */
  pageOutputs: string[];
};

const CONFIG_NAMES = ['hugo.toml', 'hugo.yaml', 'hugo.yml', 'hugo.json', 'config.toml', 'config.yaml', 'config.yml', 'config.json'];

/** A config file's settings, keys lower-cased (so that files spelling a key differently merge). */
function parseConfigFile(file: string): Record<string, unknown> {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  if (file.endsWith('.toml')) return lowerKeys(parseToml(text)) as Record<string, unknown>;
  if (file.endsWith('.json')) return lowerKeys(JSON.parse(text)) as Record<string, unknown>;
  return lowerKeys(parseYaml(text) ?? {}) as Record<string, unknown>;
}

/** Keys lower-cased at every level, as Hugo treats them. */
function lowerKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(lowerKeys);
  if (!value || typeof value !== 'object' || value instanceof Date) return value;
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const lower = key.toLowerCase();
    const converted = lowerKeys(item);
    const existing = result[lower];
    result[lower] =
      existing && typeof existing === 'object' && converted && typeof converted === 'object' ? { ...existing, ...converted } : converted;
  }
  return result;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);

/** `over` merged into `base` at every level, as Hugo merges config files and environments (lists are replaced). */
function deepMerge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over))
    result[key] = isPlainObject(result[key]) && isPlainObject(value) ? deepMerge(result[key], value) : value;
  return result;
}

/** Merges `config/_default/*.toml` the way Hugo does: hugo.toml at the top, every other file under its name (`languages.zh-cn.toml` → languages.zh-cn). */
function configDirectory(directory: string): { data: Record<string, unknown>; files: string[] } {
  const data: Record<string, unknown> = {};
  const files: string[] = [];
  for (const name of readdirSync(directory).sort()) {
    const match = /^(.+)\.(toml|ya?ml|json)$/.exec(name);
    if (!match) continue;
    const file = path.join(directory, name);
    files.push(file);
    const content = parseConfigFile(file);
    if (match[1] === 'hugo' || match[1] === 'config') Object.assign(data, deepMerge(data, content));
    else {
      const keys = match[1].split('.');
      let target = data;
      for (const key of keys.slice(0, -1)) target = (target[key] ??= {}) as Record<string, unknown>;
      const last = keys.at(-1)!;
      target[last] = deepMerge(isPlainObject(target[last]) ? target[last] : {}, content);
    }
  }
  return { data, files };
}

export function isHugoSiteRoot(directory: string): boolean {
  return CONFIG_NAMES.some((name) => existsSync(path.join(directory, name))) || existsSync(path.join(directory, 'config/_default'));
}

const asString = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/** Reads a Hugo site's configuration: a config file at the root, or a config/_default folder (production overrides applied). */
export function readHugoConfig(siteRoot: string): HugoConfig {
  let raw: Record<string, unknown> = {};
  const files: string[] = [];
  const single = CONFIG_NAMES.map((name) => path.join(siteRoot, name)).find((file) => existsSync(file));
  if (single) {
    raw = parseConfigFile(single);
    files.push(single);
  }
  for (const environment of ['_default', 'production']) {
    const directory = path.join(siteRoot, 'config', environment);
    if (existsSync(directory) && statSync(directory).isDirectory()) {
      const merged = configDirectory(directory);
      raw = deepMerge(raw, merged.data);
      files.push(...merged.files);
    }
  }
  const config = lowerKeys(raw) as Record<string, unknown>;
  const baseURL = asString(config.baseurl);
  let basePath = '/';
  try {
    if (baseURL) basePath = new URL(baseURL).pathname.replace(/\/?$/, '/');
  } catch {
    basePath = '/';
  }

  const permalinks = permalinkPatterns(config.permalinks);

  const defaultLanguage = asString(config.defaultcontentlanguage)?.toLowerCase();
  const languages = (config.languages as Record<string, Record<string, unknown>>) ?? {};
  // A language's own patterns ([languages.en.permalinks]) over the site's.
  const languagePermalinks = Object.fromEntries(
    Object.entries(languages)
      .filter(([, settings]) => isPlainObject(settings?.permalinks))
      .map(([language, settings]) => [language.toLowerCase(), permalinkPatterns(settings.permalinks)]),
  );
  // A list, or (as Hugo's cast reads it) one string of codes separated by spaces.
  const disabledList = config.disablelanguages;
  const disabled = new Set(
    (Array.isArray(disabledList) ? disabledList : typeof disabledList === 'string' ? disabledList.split(/\s+/) : []).map((language) =>
      String(language).toLowerCase(),
    ),
  );
  const rootContentDir = asString(config.contentdir) ?? 'content';
  const languageDirs = Object.entries(languages)
    .filter(([language]) => !disabled.has(language.toLowerCase()))
    .map(([language, settings]) => ({ dir: asString(settings?.contentdir) ?? rootContentDir, language: language.toLowerCase() }));
  // One language (none configured, or one left enabled): its code (Hugo's default is "en") says nothing of the
  // text, which is whatever the site is written in; only a multilingual site says which folder holds what.
  const monolingual = languageDirs.length <= 1;
  const contentDirs = languageDirs.some((entry) => entry.dir !== rootContentDir)
    ? languageDirs
    : [{ dir: rootContentDir, language: monolingual ? undefined : defaultLanguage }];

  const staticDir = config.staticdir;
  const staticDirs = Array.isArray(staticDir) ? staticDir.map(String) : [asString(staticDir) ?? 'static'];
  const languageCodes = [...new Set([defaultLanguage ?? 'en', ...Object.keys(languages).map((language) => language.toLowerCase())])];
  return {
    files: files.map((file) => path.relative(siteRoot, file)),
    languages: languageCodes,
    baseURL,
    basePath,
    languageCode: asString(config.languagecode),
    defaultContentLanguage: defaultLanguage,
    defaultContentLanguageInSubdir: config.defaultcontentlanguageinsubdir === true,
    hasCJKLanguage: typeof config.hascjklanguage === 'boolean' ? config.hascjklanguage : undefined,
    summaryLength: Number.isInteger(config.summarylength) ? (config.summarylength as number) : undefined,
    permalinks,
    languagePermalinks,
    contentDirs,
    staticDirs,
    disablePathToLower: config.disablepathtolower === true,
    uglyURLs: config.uglyurls === true,
    enableEmoji: config.enableemoji === true,
    // Hugo's default taxonomies when the site names none.
    taxonomies: isPlainObject(config.taxonomies)
      ? Object.values(config.taxonomies).map((plural) => String(plural).toLowerCase())
      : ['tags', 'categories'],
    themes: (Array.isArray(config.theme) ? config.theme : config.theme ? [config.theme] : []).map(String),
    pageOutputs: outputFormats(isPlainObject(config.outputs) ? config.outputs.page : undefined) ?? ['html'],
  };
}

/** Output formats as Hugo reads them (`"html"`, `["HTML", "AMP"]`), lower-cased; undefined when none are named. */
export function outputFormats(value: unknown): string[] | undefined {
  const formats = (Array.isArray(value) ? value : typeof value === 'string' ? [value] : []).map((format) => String(format).toLowerCase());
  return formats.length > 0 ? formats : undefined;
}

/** Section to pattern, as Hugo reads `[permalinks]`: `posts = "…"`, or since 0.120 `[permalinks.page] posts = "…"`. */
function permalinkPatterns(value: unknown): Record<string, string> {
  const patterns: Record<string, string> = {};
  for (const [key, pattern] of Object.entries(isPlainObject(value) ? value : {})) {
    if (typeof pattern === 'string') patterns[key] = pattern;
    // Section, term and taxonomy kinds are not articles: only the page kind's patterns.
    else if (key === 'page' && isPlainObject(pattern))
      for (const [section, sectionPattern] of Object.entries(pattern))
        if (typeof sectionPattern === 'string') patterns[section] = sectionPattern;
  }
  return patterns;
}
