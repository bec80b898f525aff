import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { vocabularyProblems } from '../text/chinese/glossary';
import { companyFiles, readCompany } from './companies/registry';
import { parseDeclaredShortcodes, SHORTCODES_FILE } from '../text/hugo/shortcodes/declared';
import { duplicateSlugProblems } from './collection';
import { CONTENT_DIR, listDocumentFiles } from '../core/front-matter';
import { prepareBody } from './markdown';
import { readPost, type PostContext } from './post-fields';
import type { ContentProblem } from '../core/problems';
import { contentSettingsProblems, SITE_SETTINGS_FILE } from './site-config';

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

function checkCompany(file: string, contentDir: string): ContentProblem[] {
  const source = readFileSync(path.join(contentDir, 'companies', file), 'utf8');
  return readCompany(source, file, path.posix.join(contentDir, 'companies', file)).problems;
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
  const posts = listDocumentFiles(contentDir);
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
