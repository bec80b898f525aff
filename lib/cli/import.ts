import { readFileSync } from 'node:fs';
import { importArticle, slugFromTitle } from '../import/article';
import { contentCommandArgs } from './args';
import { validateWritten, writePost } from './write-post';

/** `npm run import -- [--slug NAME] [--force] FILE...`: raw articles into content/posts/. */
const { slug, force, positionals: inputs } = contentCommandArgs(process.argv.slice(2));
if (inputs.length === 0 || (slug && inputs.length > 1)) {
  console.error('usage: npm run import -- [--slug NAME] [--force] FILE...   (--slug with one file only)');
  process.exit(2);
}

const written: string[] = [];
let failed = false;
for (const input of inputs) {
  try {
    const article = importArticle(readFileSync(input, 'utf8'));
    const file = writePost(slug ?? slugFromTitle(article.date, article.title), article.markdown, force);
    console.log(file);
    written.push(file);
  } catch (error) {
    console.error(`${input}: ${(error as Error).message}`);
    failed = true;
  }
}
if (!(await validateWritten(written))) failed = true;
process.exitCode = failed ? 1 : 0;
