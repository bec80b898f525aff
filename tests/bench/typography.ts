/**
 * What typesetting (lib/text/chinese/typography.ts) costs a page: the seed articles' bodies as the store
 * keeps them (the Markdown pipeline's HTML, in their own script), each repeated 20 times, rendered for both
 * scripts as getArticle did before (a converted page converts its text, an article's own page takes the HTML
 * as it is) and as it does now (both typeset). Medians of 9. Also the bytes the typeset HTML adds. Prints;
 * asserts nothing. `npx tsx tests/bench/typography.ts` runs it alone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { unified } from 'unified';
import { configureMarkdown } from '../../lib/content/markdown';
import { buildPostRecord } from '../../lib/content/record';
import type { Locale } from '../../lib/core/i18n/routing';
import { converterFrom, convertHtml } from '../../lib/text/chinese/convert';
import type { SourceScript } from '../../lib/core/languages';
import { hasInlineRules, inlineRenderer } from '../../lib/text/chinese/inline-rules';
import { median } from './measure';

type Body = { html: string; source: SourceScript };

async function seedBodies(contentDir = 'content'): Promise<Body[]> {
  const processor = unified();
  configureMarkdown(processor, { contentDir });
  const files = readdirSync(path.join(contentDir, 'posts')).filter((file) => file.endsWith('.md'));
  return Promise.all(
    files.map(async (file) => {
      const filePath = path.join(contentDir, 'posts', file);
      const html = String(await processor.process({ path: filePath, value: readFileSync(filePath, 'utf8') }));
      return { html, source: buildPostRecord(`posts/${file}`, html, contentDir).source };
    }),
  );
}

/** A body on a page in `locale`: as the page rendered it before typesetting, or now. */
function render({ html, source }: Body, locale: Locale, typeset: boolean): string {
  const converted = source.script !== locale;
  const convert = converted ? converterFrom(source) : inlineRenderer(source.script);
  if (typeset) return convertHtml(html, convert, { typeset: { script: locale } });
  return converted || hasInlineRules(html) ? convertHtml(html, convert) : html;
}

/** Medians of 9 runs of each, taken in turns so that both see the same noise of a shared machine. */
function timeInTurns(before: () => void, after: () => void, repeats = 9): [number, number] {
  const times: [number[], number[]] = [[], []];
  for (let round = 0; round < repeats; round++) {
    [before, after].forEach((run, which) => {
      const start = performance.now();
      run();
      times[which].push(performance.now() - start);
    });
  }
  return [median(times[0]), median(times[1])];
}

export async function benchTypography(row: (what: string, figure: string) => void): Promise<void> {
  const bodies = (await seedBodies()).map((body) => ({ ...body, html: body.html.repeat(20) }));
  const pages = bodies.flatMap((body) => (['zh-Hant', 'zh-Hans'] as const).map((locale) => ({ body, locale })));
  const converted = pages.filter(({ body, locale }) => body.source.script !== locale);
  const own = pages.filter(({ body, locale }) => body.source.script === locale);
  const renderAll = (set: typeof pages, typeset: boolean) => () => set.forEach(({ body, locale }) => render(body, locale, typeset));
  for (const { body, locale } of pages) render(body, locale, true); // converters built, code warmed
  const [convertedBefore, convertedAfter] = timeInTurns(renderAll(converted, false), renderAll(converted, true));
  const [ownBefore, ownAfter] = timeInTurns(renderAll(own, false), renderAll(own, true));
  row(
    'converted pages: conversion + typesetting against conversion alone',
    `${convertedAfter.toFixed(1)} ms vs ${convertedBefore.toFixed(1)} ms (${(convertedAfter / convertedBefore).toFixed(2)}×)`,
  );
  row('own-script pages: typesetting (before: the stored HTML as it is)', `${ownAfter.toFixed(1)} ms vs ${ownBefore.toFixed(1)} ms`);
  row(
    'both scripts together',
    `${(convertedAfter + ownAfter).toFixed(1)} ms vs ${(convertedBefore + ownBefore).toFixed(1)} ms (${((convertedAfter + ownAfter) / (convertedBefore + ownBefore)).toFixed(2)}×), ${((convertedAfter + ownAfter) / pages.length / 20).toFixed(2)} ms per article page`,
  );
  const bytes = (typeset: boolean) =>
    pages.reduce(
      (sum, { body, locale }) =>
        sum + Buffer.byteLength(render({ ...body, html: body.html.slice(0, body.html.length / 20) }, locale, typeset)),
      0,
    );
  const [plain, typeset] = [bytes(false), bytes(true)];
  row(
    'article body HTML, typeset against not (fallback spans, lang)',
    `+${((typeset - plain) / pages.length / 1024).toFixed(1)} KB per page (+${(((typeset - plain) / plain) * 100).toFixed(1)}%)`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log('typesetting (seed bodies ×20, median of 9):');
  await benchTypography((what, figure) => console.log(`  ${what}: ${figure}`));
}
