import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { vocabularyProblems } from '../text/chinese/glossary';
import { companyFiles, companyIdMessage } from './companies/registry';
import { parseDeclaredShortcodes, SHORTCODES_FILE } from '../text/hugo/shortcodes/declared';
import { duplicateSlugProblems } from './collection';
import { CONTENT_DIR, listPostFiles, parseFrontMatter } from '../core/front-matter';
import { prepareBody } from './markdown';
import { readPost, type PostContext } from './post-fields';
import type { ContentProblem } from '../core/problems';
import { contentSettingsProblems, SITE_SETTINGS_FILE } from './site-config';

type Report = (problem: Omit<ContentProblem, 'file'>) => void;

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/**
 * One post: its front matter through the reader the build uses (lib/content/post-fields.ts), then its body
 * through the build's own first step (prepareBody), which finds every problem the build would stop on.
 */
function checkPost(file: string, contentDir: string, context: PostContext): { problems: ContentProblem[]; slug?: string } {
  const source = readFileSync(path.join(contentDir, file), 'utf8');
  const { fields, problems } = readPost(source, file, context, contentDir);
  if (!fields) return { problems };
  return { problems: [...problems, ...prepareBody(source, file, contentDir).problems], slug: fields.slug };
}

/** A company's website is shown as a link: it must be a web address. */
function isWebAddress(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
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
  if (data.website !== undefined && !isWebAddress(data.website)) {
    report({ ...at('website'), message: `${JSON.stringify(data.website)} is not a web address`, fix: 'write the full address, such as https://www.nvidia.com' });
  }
  const listings = data.listings ?? [];
  const isListing = (item: unknown) => typeof (item as Record<string, unknown>)?.exchange === 'string' && typeof (item as Record<string, unknown>)?.symbol === 'string';
  if (!Array.isArray(listings) || !listings.every(isListing)) {
    report({ ...at('listings'), message: 'each listing needs an exchange and a symbol, both text', fix: 'write listings: [{ exchange: HKEX, symbol: "9988" }] (quote numeric symbols)' });
  }
  if (data.founded !== undefined && !Number.isInteger(data.founded)) report({ ...at('founded'), message: 'must be a year', fix: 'write founded: 1999' });
  return problems;
}

/** A YAML settings file of the content folder, checked by `problemsOf`. */
function checkYamlFile(contentDir: string, name: string, problemsOf: (data: unknown) => string[], fix: string): ContentProblem[] {
  const file = path.join(contentDir, name);
  const displayPath = path.posix.join(contentDir, name);
  if (!existsSync(file)) return [];
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return [{ file: displayPath, field: 'yaml', message: `is not valid YAML: ${(error as Error).message.split('\n')[0]}`, fix: 'check quotes and indentation' }];
  }
  return problemsOf(data).map((message) => ({ file: displayPath, field: path.basename(name, '.yaml'), message, fix }));
}

function checkDeclaredShortcodes(contentDir: string): ContentProblem[] {
  const file = path.join(contentDir, SHORTCODES_FILE);
  if (!existsSync(file)) return [];
  return parseDeclaredShortcodes(readFileSync(file, 'utf8')).problems.map((problem) => ({ file: path.posix.join(contentDir, SHORTCODES_FILE), ...problem }));
}

/** Every problem in the content folder (posts, companies, declared shortcodes, glossary, settings), all at once. */
export async function checkContent(contentDir = CONTENT_DIR): Promise<ContentProblem[]> {
  const posts = listPostFiles(contentDir);
  const companiesDir = path.join(contentDir, 'companies');
  const companies = existsSync(companiesDir) ? companyFiles(companiesDir) : [];
  const context: PostContext = { companyIds: new Set(companies.map((file) => file.replace(/\.yaml$/, ''))), companiesDir: path.posix.join(contentDir, 'companies'), publicDir: 'public' };
  const checked = posts.map((file) => checkPost(file, contentDir, context));
  const slugs = checked.flatMap(({ slug }, index) => (slug ? [{ slug, file: posts[index] }] : []));
  return [
    ...checked.flatMap(({ problems }) => problems),
    ...duplicateSlugProblems(slugs, contentDir),
    ...companies.flatMap((file) => checkCompany(file, contentDir)),
    ...checkDeclaredShortcodes(contentDir),
    ...vocabularyProblems(path.join(contentDir, 'vocabulary')).map((problem) => ({ field: 'vocabulary', ...problem })),
    ...checkYamlFile(contentDir, SITE_SETTINGS_FILE, contentSettingsProblems, 'see content/EDITING.md for the settings and their values'),
  ];
}
