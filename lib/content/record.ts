import { readFileSync } from 'node:fs';
import path from 'node:path';
import { converterFrom } from '../text/chinese/convert';
import type { SourceScript } from '../core/languages';
import { renderInlineRules } from '../text/chinese/inline-rules';
import { regionalQuotes } from '../text/chinese/quotes';
import { companyRegistryIds } from './companies/registry';
import { analyzeBody, type Heading } from './analysis';
import { coverImageOf, plainText, sourceScriptOf } from './field-values';
import { readPost, type PostFields } from './post-fields';
import { ContentError } from '../core/problems';
import { readContentSettings } from './site-config';

/** Text in both scripts: the article's own, and its conversion. */
export type Bilingual = { hant: string; hans: string };

/**
 * Everything the site knows of one article, worked out once per build by Contentlayer's computed field:
 * its checked front matter, its script, its texts in both scripts where they are short (title, excerpt,
 * terms), and the analysis of its body. The body's HTML (Contentlayer's `body.html`) stays in its own
 * script; pages convert it.
 */
export type PostRecord = Omit<PostFields, 'title' | 'description' | 'summary' | 'image'> & {
  file: string;
  source: SourceScript;
  title: Bilingual;
  /** The card and meta text: `description`, else Hugo's summary (front matter, `<!--more-->`, or the first words). */
  excerpt: Bilingual;
  tagNames: { hant: string[]; hans: string[] };
  categoryNames: { hant: string[]; hans: string[] };
  coverImage?: string;
  headings: Heading[];
  readingMinutes: number;
  hasSummaryMarker: boolean;
  text: string;
};

type Conversion = Pick<PostFields, 'vocabulary' | 'keepQuotes'>;

/**
 * A short text in its own script (inline rules rendered) and converted (the article's pairs applied), each
 * with the quotation marks of its script unless the article keeps them as written.
 */
function both(source: SourceScript, { vocabulary, keepQuotes }: Conversion, text: string): Bilingual {
  const own = renderInlineRules(text, source.script);
  const converted = converterFrom(source, vocabulary)(text);
  const [hant, hans] = source.script === 'zh-Hant' ? [own, converted] : [converted, own];
  return keepQuotes ? { hant, hans } : { hant: regionalQuotes(hant, 'zh-Hant'), hans: regionalQuotes(hans, 'zh-Hans') };
}

function bothLists(source: SourceScript, conversion: Conversion, items: string[]): { hant: string[]; hans: string[] } {
  const texts = items.map((item) => both(source, conversion, item));
  return { hant: texts.map((text) => text.hant), hans: texts.map((text) => text.hans) };
}

/**
 * The record of one Contentlayer document. Reads the file itself, through the same reader as
 * `npm run check:content`, so the build accepts and refuses exactly what the checker does.
 */
export function buildPostRecord(sourceFilePath: string, html: string, contentDir = 'content'): PostRecord {
  const source = readFileSync(path.join(contentDir, sourceFilePath), 'utf8');
  const companiesDir = path.posix.join(contentDir, 'companies');
  const context = { companyIds: companyRegistryIds(companiesDir), companiesDir, publicDir: 'public' };
  const { fields, problems } = readPost(source, sourceFilePath, context, contentDir);
  const errors = problems.filter((problem) => problem.severity !== 'warning');
  if (!fields || errors.length > 0) throw new ContentError(errors);

  const analysis = analyzeBody(html, readContentSettings(contentDir).summaryLength);
  const script = sourceScriptOf(fields.lang, `${fields.title}\n${analysis.text}`);
  const excerpt = plainText(fields.description ?? fields.summary ?? analysis.summary);
  const { title: _title, description: _description, summary: _summary, image, ...rest } = fields;
  return {
    ...rest,
    file: sourceFilePath,
    source: script,
    title: both(script, fields, fields.title),
    excerpt: both(script, fields, excerpt),
    tagNames: bothLists(script, fields, fields.tags),
    categoryNames: bothLists(script, fields, fields.categories),
    coverImage: coverImageOf(image, sourceFilePath),
    headings: analysis.headings,
    readingMinutes: analysis.readingMinutes,
    hasSummaryMarker: analysis.hasSummaryMarker,
    text: analysis.text,
  };
}
