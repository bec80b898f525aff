import { stringify } from 'yaml';
import { parseFrontMatter, splitFrontMatter } from '../../core/front-matter';
import { parseArticleDate } from '../../core/dates';

type ArticleShape = 'hugo' | 'scraped' | 'plain';

export type ImportedArticle = { shape: ArticleShape; title: string; date: string; markdown: string };

/** Fields a scraper's theme writes and Hugo or our pages never use. */
const SCRAPED_MARKERS = ['summary', 'thumbnail', 'translations', 'widgets', 'authorbox', 'lead'];

/** The fields we publish, in the order we write them. */
const PUBLISHED_FIELDS = [
  'title',
  'date',
  'description',
  'tags',
  'categories',
  'image',
  'source_url',
  'source_name',
  'related_companies',
  'lang',
  'draft',
];

/** Source names as scrapers spell them, and as readers know them. */
const KNOWN_SOURCES: Record<string, string> = { '36ke': '36Kr', '36kr': '36Kr' };

const PLAIN_SOURCE_LINE = /^(.+?)\s*[·・•]\s*(\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?)\s*$/;

export class ImportError extends Error {}

/** Front matter as we write it: every text value quoted, so YAML never reinterprets a date or a number. */
export function frontMatterBlock(fields: Record<string, unknown>): string {
  return `---\n${stringify(fields, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 })}---\n`;
}

function fromScraped(data: Record<string, unknown>, body: string): ImportedArticle {
  const renamed: Record<string, unknown> = {
    ...data,
    description: data.description || data.summary,
    image: data.image || data.thumbnail,
  };
  const fields = Object.fromEntries(
    PUBLISHED_FIELDS.filter((field) => renamed[field] !== undefined && renamed[field] !== '').map((field) => [field, renamed[field]]),
  );
  return { shape: 'scraped', title: String(data.title), date: String(data.date), markdown: `${frontMatterBlock(fields)}${body}` };
}

function fromPlainText(raw: string): ImportedArticle {
  const [titleLine = '', sourceLine = '', ...rest] = raw.replace(/^\uFEFF/, '').split(/\r?\n/);
  const title = titleLine.trim();
  const match = PLAIN_SOURCE_LINE.exec(sourceLine.trim());
  if (!title || !match) {
    throw new ImportError('plain text needs a title on line 1 and "source·YYYY-MM-DD HH:mm" on line 2 (a Taipei time)');
  }
  const rawSource = match[1].trim();
  const source = KNOWN_SOURCES[rawSource.replace(/\s+/g, '').toLowerCase()] ?? rawSource;
  const date = match[2].replace('T', ' ');
  const fields = { title, date, source_name: source };
  const body = rest.join('\n').replace(/^\s*\n/, '');
  return { shape: 'plain', title, date, markdown: `${frontMatterBlock(fields)}\n${body.trimEnd()}\n` };
}

/**
 * Turns a raw article into our Markdown: Hugo front matter is kept byte for byte; a scraper's
 * front matter is mapped (summary → description, thumbnail → image) and its theme fields dropped;
 * plain text gets front matter from its first two lines. The body is kept whole in every case.
 */
export function importArticle(raw: string): ImportedArticle {
  const { frontMatter: block, body } = splitFrontMatter(raw);
  if (block === undefined) return fromPlainText(raw);
  const frontMatter = parseFrontMatter(block.text, block.firstLine, block.format);
  if (!frontMatter.ok) throw new ImportError(`the front matter is not valid YAML (line ${frontMatter.line}): ${frontMatter.message}`);
  const { data } = frontMatter;
  if (!parseArticleDate(data.date).ok) throw new ImportError(`the front matter has no usable date: ${JSON.stringify(data.date)}`);
  if (SCRAPED_MARKERS.some((field) => field in data)) return fromScraped(data, body);
  return { shape: 'hugo', title: String(data.title), date: String(data.date), markdown: raw };
}
