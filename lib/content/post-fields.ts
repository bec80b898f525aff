import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isChineseTag, LANG_VALUES, sourceScriptOfTag } from '../core/languages';
import { articleVocabulary, articleVocabularyProblems, type GlossaryPair } from '../text/chinese/glossary';
import { unknownCompanyMessage } from './companies/registry';
import { DATE_FIX_HINT, parseArticleDate } from '../core/dates';
import { normalizeAddress } from '../core/addresses';
import { listDocumentFiles, readFrontMatter, readFrontMatterShared } from '../core/front-matter';
import { isLocalImage, langTags } from './field-values';
import type { ContentProblem } from '../core/problems';
import { isPageFile, isSlug, pagePath, postSlug } from '../core/slugs';
import { termKey, termList } from '../text/terms';

/**
 * An article's front matter as the site uses it, read the same way by `npm run check:content` and by the
 * Contentlayer build (so the two can never disagree): Hugo's fields in Hugo's shapes (YAML, TOML or JSON;
 * keys in any case; taxonomies as a string or a list, numbers included), checked, each problem naming
 * its field and line. Fields the site does not use (`type`, `layout`, `weight`, theme fields) are ignored.
 */
export type PostFields = {
  /** An article (content/posts/, dated, listed) or a page (content/pages/: about, docs; a date is optional). */
  kind: 'post' | 'page';
  title: string;
  /** An article's address below /posts/; a page's whole path (`about`, `docs/intro`). */
  slug: string;
  /** ISO instants. `publishedAt` is Hugo's `.Date`: date, else publishDate, else lastmod. */
  publishedAt: string;
  updatedAt?: string;
  /** Hugo's publishDate and expiryDate: the article is public between them. */
  publishAt: string;
  expiresAt?: string;
  description?: string;
  summary?: string;
  tags: string[];
  categories: string[];
  authors: string[];
  companyIds: string[];
  image?: string;
  sourceName?: string;
  sourceUrl?: string;
  lang: string[];
  /** The article's language when it is not Chinese (`en`, from `lang`): shown as written on both scripts' pages. */
  language?: string;
  /** The slug of the article this one translates (front-matter `translation_of`): reachable, linked from it, not listed. */
  translationOf?: string;
  /** Hugo's `series` taxonomy: the series this article is a part of. */
  series: string[];
  /** A page's place among its section's pages (Hugo's `weight`: lower first). */
  weight?: number;
  /** Old addresses (`url`, `aliases`), normalized: each redirects to the article. */
  aliases: string[];
  draft: boolean;
  /** This article's own conversion pairs (front-matter `vocabulary`), over the site's. */
  vocabulary: GlossaryPair[];
  /** `keep_quotes`: quotation marks shown as written on both pages, not in each script's forms. */
  keepQuotes: boolean;
};

/** What every article is checked against, gathered once per run. */
export type PostContext = { companyIds: Set<string>; companiesDir: string; publicDir: string };

type Report = (problem: Omit<ContentProblem, 'file'>) => void;

/** A BCP 47 tag's shape (`en`, `en-US`, `ja`, `de-CH`): what an article in a language other than Chinese writes. */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i;

const TEXT_FIELDS = ['description', 'summary', 'source_name', 'source_url', 'slug', 'url', 'translation_of'] as const;
const LIST_FIELDS = ['tags', 'categories', 'series', 'aliases', 'related_companies', 'authors', 'author', 'images', 'lang'] as const;

const isScalar = (value: unknown) => typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint';

/** A single text value; numbers are fine (`slug: 6550187`), empty is absent, and so is a list or a set of fields (reported apart). */
function textOf(value: unknown): string | undefined {
  if (!isScalar(value)) return undefined;
  const text = String(value).trim();
  return text === '' ? undefined : text;
}

/** A taxonomy-like field with only its text values: a stray map in a list (reported apart) cannot reach the readers of text. */
function scalarsOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((item) => item === null || isScalar(item));
  return value === undefined || value === null || isScalar(value) ? value : undefined;
}

/** A value as the editor wrote it, for a message: never a throw (a value may refer to itself, or be a BigInt). */
function shown(value: unknown): string {
  try {
    return JSON.stringify(value, (_, item) => (typeof item === 'bigint' ? String(item) : item)) ?? String(value);
  } catch {
    return Array.isArray(value) ? 'a list' : 'a set of fields';
  }
}

/** true/false, and YAML 1.1's yes/no/on/off, which Hugo's YAML reads as booleans (`draft: yes` is a draft). */
function boolOf(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  const text = typeof value === 'string' ? value.trim().toLowerCase() : '';
  if (/^(true|yes|on)$/.test(text)) return true;
  if (/^(false|no|off)$/.test(text)) return false;
  return undefined;
}

/** The cover image: `image`, the scraped `thumbnail`, a theme's `cover.image` or `featuredimage`, else Hugo's `images[0]`. */
function imageOf(data: Record<string, unknown>): string | undefined {
  const cover = data.cover;
  const candidates = [data.image, data.thumbnail, data.featuredimage, cover && typeof cover === 'object' ? (cover as Record<string, unknown>).image : cover, termList(scalarsOf(data.images))[0]];
  for (const candidate of candidates) if (typeof candidate === 'string' && candidate.trim()) return candidate.trim();
  return undefined;
}

/** Reads one article's front matter, reporting each problem; the fields are usable when no problem is an error. */
export function readPostFields(
  data: Record<string, unknown>,
  file: string,
  lineOf: (field: string) => number | undefined,
  report: Report,
  context: PostContext,
): PostFields {
  const at = (field: string) => ({ field, line: lineOf(field) });
  const kind = isPageFile(file) ? 'page' : 'post';

  const title = textOf(data.title);
  if (title === undefined) {
    const message = data.title === undefined || data.title === null ? 'is missing' : isScalar(data.title) ? 'is empty' : `must be text, not ${shown(data.title)}`;
    report({ ...at('title'), message, fix: 'add a line such as title: "開源 AI 的隱憂"' });
  }

  const dateOf = (field: string) => {
    const raw = data[field];
    if (raw === undefined || raw === null || raw === '') return undefined;
    const parsed = parseArticleDate(raw);
    if (!parsed.ok) report({ ...at(field), message: parsed.reason, fix: DATE_FIX_HINT });
    return parsed.ok ? parsed.date.toISOString() : undefined;
  };
  const date = dateOf('date');
  const lastmod = dateOf('lastmod');
  const publishDate = dateOf('publishdate');
  const expiryDate = dateOf('expirydate');
  const publishedAt = date ?? publishDate ?? lastmod;
  // A page (about, docs) needs no date; an article does.
  if (kind === 'post' && publishedAt === undefined && ['date', 'publishdate', 'lastmod'].every((field) => data[field] === undefined || data[field] === null || data[field] === '')) {
    report({ ...at('date'), message: 'is missing', fix: DATE_FIX_HINT });
  }

  for (const field of TEXT_FIELDS) {
    if (data[field] !== undefined && data[field] !== null && !isScalar(data[field])) {
      report({ ...at(field), message: `must be text, not ${shown(data[field])}`, fix: `put the value in quotes: ${field}: "…"` });
    }
  }
  for (const field of LIST_FIELDS) {
    const value = data[field];
    if (value === undefined || value === null || isScalar(value)) continue;
    if (!Array.isArray(value) || !value.every((item) => item === null || isScalar(item))) {
      report({ ...at(field), message: 'must be a list of text values', fix: `write ${field}: ["一", "二"]` });
    }
  }
  // A term's address is its key (lib/text/terms.ts): a term of separators only (`/`, `?`, `-`) has none.
  for (const field of ['tags', 'categories'] as const) {
    for (const term of termList(scalarsOf(data[field]))) {
      if (/[\p{L}\p{N}]/u.test(term) || !/^\.*$/.test(termKey(term))) continue;
      report({ ...at(field), message: `"${term}" has no letter or digit to make its address from`, fix: `write the ${field === 'tags' ? 'tag' : 'category'} in words, or remove it` });
    }
  }
  const draft = data.draft === undefined || data.draft === null ? false : boolOf(data.draft);
  if (draft === undefined) {
    report({ ...at('draft'), message: `must be true or false, not ${shown(data.draft)}`, fix: 'write draft: true or draft: false' });
  }

  const keepQuotes = data.keep_quotes === undefined || data.keep_quotes === null ? false : boolOf(data.keep_quotes);
  if (keepQuotes === undefined) {
    report({ ...at('keep_quotes'), message: `must be true or false, not ${shown(data.keep_quotes)}`, fix: 'write keep_quotes: true to show the quotation marks as written in both scripts, or leave the line out' });
  }

  const sourceUrl = textOf(data.source_url);
  if (sourceUrl !== undefined && !/^https?:\/\/[^\s"'<>]+$/i.test(sourceUrl)) {
    report({ ...at('source_url'), message: `"${sourceUrl}" is not a web address`, fix: 'use the full address, starting with https://' });
  }
  const lang = langTags(scalarsOf(data.lang));
  for (const tag of lang) {
    // Chinese names a script or a region we know (plain `zh` is detected from the text); any other language is
    // written as a language tag, and its article is shown as written.
    const known = isChineseTag(tag) ? sourceScriptOfTag(tag) !== undefined || /^zh$/i.test(tag.trim()) : LANGUAGE_TAG.test(tag);
    if (!known) {
      report({
        ...at('lang'),
        message: isChineseTag(tag) ? `"${tag}" is not a language we publish` : `"${tag}" is not a language tag`,
        fix: `use one of ${LANG_VALUES.join(', ')} for Chinese, en or another language's tag for an article in it, or leave lang out to detect the script`,
      });
    }
  }
  // The first tag says what the article is written in; a language other than Chinese is shown as written.
  const language = lang[0] && !isChineseTag(lang[0]) && LANGUAGE_TAG.test(lang[0]) ? lang[0] : undefined;
  const translationOf = textOf(data.translation_of);
  if (translationOf !== undefined && !isSlug(translationOf)) {
    report({ ...at('translation_of'), message: `"${translationOf}" is not an article's slug`, fix: 'write the slug of the article this one translates, such as translation_of: my-post' });
  }
  // Only a number or a numeric text is a weight: Number() of a map could throw (a map whose toString is not a function).
  const weight = data.weight === undefined || data.weight === null || data.weight === '' ? undefined : isScalar(data.weight) ? Number(data.weight) : NaN;
  if (weight !== undefined && !Number.isFinite(weight)) {
    report({ ...at('weight'), message: `must be a number, not ${shown(data.weight)}`, fix: 'write weight: 10 (lower comes first)' });
  }
  const companyIds = termList(scalarsOf(data.related_companies));
  for (const id of companyIds) {
    if (!context.companyIds.has(id)) report({ ...at('related_companies'), ...unknownCompanyMessage(id, context.companiesDir) });
  }

  const image = imageOf(data);
  if (image && !/^https?:\/\//i.test(image)) {
    if (!image.startsWith('/')) {
      // Relative to a page bundle: the Markdown pipeline resolves those; here only site paths are checked.
    } else if (!isLocalImage(image, context.publicDir)) {
      report({ ...at('image'), severity: 'warning', message: `"${image}" is not a file under public/, so the article shows no image`, fix: `add the file as public${image}, or remove the line` });
    }
  }

  let vocabulary: GlossaryPair[] = [];
  try {
    for (const problem of articleVocabularyProblems(data.vocabulary)) report({ ...at('vocabulary'), message: problem.message, fix: problem.fix });
    vocabulary = articleVocabulary(data.vocabulary);
  } catch {
    // A value the glossary reader cannot turn into text (a map whose own toString is not a function).
    report({ ...at('vocabulary'), message: `cannot be read: ${shown(data.vocabulary)}`, fix: 'write vocabulary: [{ hant: 軟體, hans: 软件 }]' });
  }

  const url = textOf(data.url);
  const aliases: string[] = [];
  for (const [field, values] of [['url', url ? [url] : []], ['aliases', termList(scalarsOf(data.aliases))]] as const) {
    for (const value of values) {
      const address = normalizeAddress(value);
      if (address) aliases.push(address);
      else report({ ...at(field), message: `"${value}" is not an address on this site`, fix: 'write the old path, such as /2015/03/my-post/' });
    }
  }

  return {
    kind,
    title: title ?? '',
    slug: kind === 'page' ? pagePath(file, textOf(data.slug)) : postSlug({ slug: textOf(data.slug), url, file, title: title ?? '' }),
    publishedAt: publishedAt ?? new Date(0).toISOString(),
    updatedAt: lastmod,
    publishAt: publishDate ?? publishedAt ?? new Date(0).toISOString(),
    expiresAt: expiryDate,
    description: typeof data.description === 'string' ? textOf(data.description) : undefined,
    summary: typeof data.summary === 'string' ? textOf(data.summary) : undefined,
    tags: termList(scalarsOf(data.tags)),
    categories: termList(scalarsOf(data.categories)),
    authors: termList(scalarsOf(data.authors ?? data.author)),
    companyIds,
    image,
    sourceName: textOf(data.source_name),
    sourceUrl,
    lang,
    language,
    translationOf: translationOf !== undefined && isSlug(translationOf) ? translationOf : undefined,
    series: termList(scalarsOf(data.series)),
    weight: weight !== undefined && Number.isFinite(weight) ? weight : undefined,
    aliases: [...new Set(aliases)],
    draft: draft ?? false,
    vocabulary,
    keepQuotes: keepQuotes ?? false,
  };
}

/** Whether an article is public at `now`: not a draft, its publishDate reached, its expiryDate not. */
export function isPublic(fields: Pick<PostFields, 'draft' | 'publishAt' | 'expiresAt'>, now: Date): boolean {
  return !fields.draft && new Date(fields.publishAt) <= now && (!fields.expiresAt || new Date(fields.expiresAt) > now);
}

export type ReadPost = { fields?: PostFields; problems: ContentProblem[] };

/**
 * Reads a post file's front matter: the one entry point for the checker and the build. `file` is the
 * path below the content folder (`posts/x.md`); problems name `content/posts/x.md`.
 */
export function readPost(source: string, file: string, context: PostContext, contentDir = 'content'): ReadPost {
  const displayPath = path.posix.join(contentDir, file);
  const problems: ContentProblem[] = [];
  const report: Report = (problem) => problems.push({ file: displayPath, ...problem });
  const { split, frontMatter } = readFrontMatterShared(source);
  if (!frontMatter) {
    report({ field: 'front matter', line: 1, message: 'is missing', fix: 'start the file with a --- block holding at least title and date (npm run import turns plain text into an article)' });
    return { problems };
  }
  if (!frontMatter.ok) {
    report({ field: 'front matter', line: frontMatter.line, message: `is not valid ${split.frontMatter!.format.toUpperCase()}: ${frontMatter.message}`, fix: 'check quotes and indentation; quote values that contain a colon' });
    return { problems };
  }
  const fields = readPostFields(frontMatter.data, file, frontMatter.lineOf, report, context);
  return { fields, problems };
}

/**
 * Post files a production build leaves out of Contentlayer altogether (drafts, publishDate still to come,
 * expiryDate passed), relative to the content folder, so no trace of them reaches the build output.
 * A file whose front matter cannot be read is left in, for the build to report.
 */
export function unpublishedPostFiles(contentDir: string, now: Date): string[] {
  const context: PostContext = { companyIds: new Set(), companiesDir: '', publicDir: '' };
  return listDocumentFiles(contentDir).filter((file) => {
    const { frontMatter } = readFrontMatter(readFileSync(path.join(contentDir, file), 'utf8'));
    if (!frontMatter?.ok) return false;
    const fields = readPostFields(frontMatter.data, file, frontMatter.lineOf, () => {}, context);
    return !isPublic(fields, now);
  });
}
