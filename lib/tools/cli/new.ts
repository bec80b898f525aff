import { formatTaipeiDateTime } from '../../core/dates';
import { slugFromTitle } from '../../core/slugs';
import { frontMatterBlock } from '../import/article';
import { contentCommandArgs } from './args';
import { validateWritten, writePost } from './write-post';

/** `npm run new -- "標題" [--slug NAME]`: a draft dated now (Taipei time), front matter filled in. */
const { slug, force, positionals } = contentCommandArgs(process.argv.slice(2));
const title = positionals.join(' ').trim();
if (!title) {
  console.error('usage: npm run new -- "標題" [--slug NAME] [--force]');
  process.exit(2);
}

const date = formatTaipeiDateTime(new Date());
const frontMatter = frontMatterBlock({
  title,
  date,
  description: '',
  tags: [],
  categories: [],
  source_name: '',
  source_url: '',
  related_companies: [],
  draft: true,
});
try {
  const file = writePost(slug ?? slugFromTitle(date, title), `${frontMatter}\n在這裡寫正文。\n`, force);
  console.log(file);
  process.exitCode = (await validateWritten([file])) ? 0 : 1;
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
