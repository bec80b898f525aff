import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkContent } from '../../content/check';
import { CONTENT_DIR } from '../../core/front-matter';
import { isSlug } from '../../core/slugs';
import { formatProblem } from '../../core/problems';

/** Writes content/posts/<slug>.md unless it exists (or `force`); returns the path written. */
export function writePost(slug: string, markdown: string, force: boolean): string {
  if (!isSlug(slug)) throw new Error(`"${slug}" is not a slug: use lower-case ASCII words joined by hyphens`);
  const file = path.posix.join(CONTENT_DIR, 'posts', `${slug}.md`);
  if (existsSync(file) && !force) throw new Error(`${file} exists; pass --force to overwrite it, or --slug to choose another name`);
  writeFileSync(file, markdown);
  return file;
}

/** Checks the content folder and prints the problems of the files just written; true when they have no errors. */
export async function validateWritten(files: string[]): Promise<boolean> {
  const problems = (await checkContent()).filter((problem) => files.includes(problem.file));
  for (const problem of problems) console.error(formatProblem(problem));
  return problems.every((problem) => problem.severity === 'warning');
}
