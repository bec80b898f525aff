import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { unified, type Processor } from 'unified';
import { VFile } from 'vfile';
import { parse } from 'yaml';
import { LANG_VALUES, scriptFromLang } from '../chinese/convert';
import { companyFiles, companyIdMessage, unknownCompanyIds, unknownCompanyMessage } from '../companies/registry';
import { CONTENT_DIR, isSlug, listPostFiles, parseFrontMatter, slugOfPostFile, splitFrontMatter } from './files';
import type { ContentProblem } from './problems';
import { DATE_FIX_HINT, parseArticleDate } from '../dates';
import { isLocalImage, langTags } from './front-matter';
import { GLOSSARY_PATH, glossaryProblems } from '../chinese/glossary';
import { configureMarkdown } from './markdown';

const STRING_FIELDS = ['description', 'summary', 'image', 'thumbnail', 'source_name'] as const;
const LIST_FIELDS = ['tags', 'categories', 'related_companies'] as const;

type Report = (problem: Omit<ContentProblem, 'file'>) => void;

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** What every post is checked against, gathered once per run. */
type Context = { contentDir: string; companyIds: Set<string>; markdown: Processor };

/** Front-matter problems of one post, reported through `report`. */
function checkPostFields(data: Record<string, unknown>, lineOf: (field: string) => number | undefined, report: Report, { contentDir, companyIds }: Context) {
  const at = (field: string) => ({ field, line: lineOf(field) });

  if (typeof data.title !== 'string' || data.title.trim() === '') {
    report({ ...at('title'), message: data.title === undefined ? 'is missing' : 'is empty', fix: 'add a line such as title: "開源 AI 的隱憂"' });
  }

  const date = parseArticleDate(data.date);
  if (!date.ok) report({ ...at('date'), message: date.reason, fix: DATE_FIX_HINT });

  for (const field of STRING_FIELDS) {
    if (data[field] !== undefined && data[field] !== null && typeof data[field] !== 'string') {
      report({ ...at(field), message: `must be text, not ${JSON.stringify(data[field])}`, fix: `put the value in quotes: ${field}: "…"` });
    }
  }
  for (const field of LIST_FIELDS) {
    if (data[field] !== undefined && !isStringList(data[field])) {
      report({ ...at(field), message: 'must be a list of text values', fix: `write ${field}: ["一", "二"]` });
    }
  }
  if (data.draft !== undefined && typeof data.draft !== 'boolean') {
    report({ ...at('draft'), message: `must be true or false, not ${JSON.stringify(data.draft)}`, fix: 'write draft: true or draft: false, without quotes' });
  }
  if (data.source_url !== undefined && data.source_url !== '' && !(typeof data.source_url === 'string' && /^https?:\/\/\S+$/.test(data.source_url))) {
    report({ ...at('source_url'), message: `"${String(data.source_url)}" is not a web address`, fix: 'use the full address, starting with https://' });
  }
  for (const tag of langTags(data.lang)) {
    if (!scriptFromLang(tag)) {
      report({ ...at('lang'), message: `"${tag}" is not a language we publish`, fix: `use one of ${LANG_VALUES.join(', ')}, or leave lang out to detect the script` });
    }
  }
  if (isStringList(data.related_companies)) {
    for (const id of unknownCompanyIds(data.related_companies, companyIds)) {
      report({ ...at('related_companies'), ...unknownCompanyMessage(id, path.posix.join(contentDir, 'companies')) });
    }
  }
  const image = typeof data.image === 'string' && data.image ? data.image : undefined;
  if (image?.startsWith('/') && !isLocalImage(image)) {
    report({ ...at('image'), severity: 'warning', message: `"${image}" is not in public/, so the article shows no image`, fix: `add the file as public${image}, or remove the line` });
  }
}

async function checkPost(file: string, context: Context): Promise<ContentProblem[]> {
  const { contentDir } = context;
  const displayPath = path.posix.join(contentDir, file);
  const problems: ContentProblem[] = [];
  const report: Report = (problem) => problems.push({ file: displayPath, ...problem });
  const source = readFileSync(path.join(contentDir, file), 'utf8');

  const slug = slugOfPostFile(file);
  if (!isSlug(slug)) {
    report({ field: 'file name', message: `"${slug}" cannot be a URL slug`, fix: 'name the file in lower-case ASCII words joined by hyphens, directly in content/posts/ (e.g. tsai-open-source-ai-sovereignty.md)' });
  }

  const { yaml } = splitFrontMatter(source);
  if (yaml === undefined) {
    report({ field: 'front matter', line: 1, message: 'is missing', fix: 'start the file with a --- block holding at least title and date (npm run import turns plain text into an article)' });
    return problems;
  }
  const frontMatter = parseFrontMatter(yaml);
  if (!frontMatter.ok) {
    report({ field: 'front matter', line: frontMatter.line, message: `is not valid YAML: ${frontMatter.message}`, fix: 'check quotes and indentation; quote values that contain a colon' });
    return problems;
  }
  checkPostFields(frontMatter.data, frontMatter.lineOf, report, context);

  const vfile = new VFile({ value: source, path: displayPath });
  await context.markdown.run(context.markdown.parse(vfile), vfile);
  problems.push(...(vfile.data.shortcodeProblems ?? []));
  return problems;
}

function duplicateSlugs(files: string[], contentDir: string): ContentProblem[] {
  const bySlug = new Map<string, string[]>();
  for (const file of files) {
    const slug = slugOfPostFile(file).toLowerCase();
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), file]);
  }
  return [...bySlug].flatMap(([slug, same]) =>
    same.length < 2
      ? []
      : same.map((file) => ({
          file: path.posix.join(contentDir, file),
          field: 'file name',
          message: `the slug "${slug}" is also used by ${same.filter((other) => other !== file).join(', ')}`,
          fix: 'rename one of the files: each article needs its own URL',
        })),
  );
}

function checkCompany(file: string, contentDir: string): ContentProblem[] {
  const displayPath = path.posix.join(contentDir, 'companies', file);
  const problems: ContentProblem[] = [];
  const report: Report = (problem) => problems.push({ file: displayPath, ...problem });
  const frontMatter = parseFrontMatter(readFileSync(path.join(contentDir, 'companies', file), 'utf8'), 1);
  if (!frontMatter.ok) {
    report({ field: 'yaml', line: frontMatter.line, message: `is not valid YAML: ${frontMatter.message}`, fix: 'check quotes and indentation' });
    return problems;
  }
  const { data, lineOf } = frontMatter;
  const at = (field: string) => ({ field, line: lineOf(field) });
  if (data.id !== file.replace(/\.yaml$/, '')) report({ ...at('id'), ...companyIdMessage(data.id, file) });
  const name = data.name as Record<string, unknown> | undefined;
  for (const key of ['hant', 'hans', 'en']) {
    if (typeof name?.[key] !== 'string' || name[key] === '') report({ ...at('name'), message: `has no "${key}" name`, fix: 'write name: { hant: 輝達, hans: 英伟达, en: NVIDIA }' });
  }
  if (!isStringList(data.aliases) || data.aliases.length === 0) report({ ...at('aliases'), message: 'must be a non-empty list of names to find mentions by', fix: 'write aliases: [輝達, NVIDIA]' });
  if (typeof data.description !== 'string' || data.description.trim() === '') report({ ...at('description'), message: 'is missing', fix: 'add a one-paragraph description in Traditional Chinese' });
  const listings = data.listings ?? [];
  const isListing = (item: unknown) => typeof (item as Record<string, unknown>)?.exchange === 'string' && typeof (item as Record<string, unknown>)?.symbol === 'string';
  if (!Array.isArray(listings) || !listings.every(isListing)) {
    report({ ...at('listings'), message: 'each listing needs an exchange and a symbol, both text', fix: 'write listings: [{ exchange: HKEX, symbol: "9988" }] (quote numeric symbols)' });
  }
  if (data.founded !== undefined && !Number.isInteger(data.founded)) report({ ...at('founded'), message: 'must be a year', fix: 'write founded: 1999' });
  return problems;
}

function checkGlossary(contentDir: string): ContentProblem[] {
  const file = path.join(contentDir, path.basename(GLOSSARY_PATH));
  const displayPath = path.posix.join(contentDir, path.basename(GLOSSARY_PATH));
  if (!existsSync(file)) return [];
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return [{ file: displayPath, field: 'yaml', message: `is not valid YAML: ${(error as Error).message.split('\n')[0]}`, fix: 'check quotes and indentation' }];
  }
  return glossaryProblems(data).map((message) => ({ file: displayPath, field: 'glossary', message, fix: 'write each entry as { hant: 軟體, hans: 软件 }, optionally with only: toHans or toHant' }));
}

/** Every problem in the content folder (posts, companies, glossary), all at once. */
export async function checkContent(contentDir = CONTENT_DIR): Promise<ContentProblem[]> {
  const posts = listPostFiles(contentDir);
  const companiesDir = path.join(contentDir, 'companies');
  const companies = existsSync(companiesDir) ? companyFiles(companiesDir) : [];
  const markdown = unified();
  configureMarkdown(markdown, { collectProblems: true });
  const companyIds = new Set(companies.map((file) => file.replace(/\.yaml$/, '')));
  const context: Context = { contentDir, companyIds, markdown };
  const postProblems = await Promise.all(posts.map((file) => checkPost(file, context)));
  return [...postProblems.flat(), ...duplicateSlugs(posts, contentDir), ...companies.flatMap((file) => checkCompany(file, contentDir)), ...checkGlossary(contentDir)];
}
