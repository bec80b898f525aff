import { describe, expect, test } from 'vitest';
import { parseArticleDate, formatTaipeiDateTime } from '@/lib/core/dates';
import { parseFrontMatter, readFrontMatter, type FrontMatterFormat } from '@/lib/core/front-matter';
import { readPost, type PostContext } from '@/lib/content/post-fields';

/**
 * Generated inputs for the parsers content goes through first (dates, front matter in Hugo's three
 * formats, the post reader): whatever an editor, an import or a broken file hands them, each either
 * reads it or reports problems naming file, field and fix. Never a throw, never an Invalid Date.
 * Seeded, so a failure names the seed and input that reproduce it; FUZZ_SEED and FUZZ_RUNS explore further.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20260207);
const RUNS = Number(process.env.FUZZ_RUNS ?? 1500);

/** mulberry32: small, fast, good enough to pick cases. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)];
  const chance = (p: number) => next() < p;
  return { next, int, pick, chance };
}
type Random = ReturnType<typeof random>;

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** Text that has hurt parsers somewhere: quotes, delimiters, escapes, controls, other scripts, surrogates, long runs. */
const NASTY = [
  '',
  ' ',
  '"',
  "'",
  '\\',
  ':',
  ': ',
  '#',
  '---',
  '+++',
  '...',
  '{',
  '}',
  '[',
  ']',
  '&a',
  '*a',
  '!',
  '!!binary',
  '|',
  '>',
  '%',
  '@',
  '`',
  '\t',
  '\n',
  '\r\n',
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\u2028',
  '\u2029',
  '\ufeff',
  '\ud800',
  '\udfff',
  '😀',
  '開源',
  '开源',
  '𠮷',
  '０１',
  '١٢',
  '<script>',
  '</script>',
  '${x}',
  '{{< x >}}',
  '-{',
  '}-',
  '__proto__',
  'constructor',
  'toString',
  'null',
  '~',
  'true',
  'NaN',
  '.inf',
  '1e999',
  '-0',
  '0x1F',
  '0o17',
  '2026-02-07',
  '2026-02-07T14:00:00+08:00',
  'x'.repeat(300),
];

function nastyText(r: Random, parts = r.int(0, 4)): string {
  return Array.from({ length: parts }, () =>
    r.chance(0.5) ? r.pick(NASTY) : String.fromCodePoint(r.int(0, r.chance(0.8) ? 0x7f : 0x2ffff)),
  ).join('');
}

/** A date as an editor, an importer or a mistake writes one: mostly close to valid, with one thing off. */
function dateText(r: Random): string {
  const year = r.pick([r.int(1900, 2100), r.int(0, 99), r.int(0, 9999), r.int(10000, 300000), 1970, 2026, 0]);
  const month = r.pick([r.int(1, 12), r.int(0, 19), 2]);
  const day = r.pick([r.int(1, 28), r.int(28, 32), 0, 29]);
  let text = `${r.chance(0.9) ? pad(year, 4) : String(year)}-${pad(month, r.chance(0.9) ? 2 : 1)}-${pad(day, r.chance(0.9) ? 2 : 1)}`;
  if (r.chance(0.7)) {
    text += r.pick(['T', ' ', 't', '  ', '_']);
    text += `${pad(r.pick([r.int(0, 23), 24, r.int(25, 99)]), 2)}:${pad(r.pick([r.int(0, 59), 60, 99]), 2)}`;
    if (r.chance(0.6)) text += `:${pad(r.pick([r.int(0, 59), 60, 61]), 2)}`;
    if (r.chance(0.3)) text += `.${'9'.repeat(r.int(0, 12))}`;
  }
  if (r.chance(0.6)) {
    const sign = r.pick(['+', '-', '−', '']);
    const hours = r.pick([r.int(0, 14), r.int(15, 99), 8, 0]);
    text += r.pick([
      'Z',
      'z',
      `${sign}${pad(hours, 2)}:${pad(r.pick([0, 30, 45, 59, 60, 99]), 2)}`,
      `${sign}${pad(hours, 2)}${pad(r.pick([0, 30, 60]), 2)}`,
      `${sign}${pad(hours, 2)}`,
      ` ${sign}${pad(hours, 2)}00`,
      ` ${sign}0800 CST`,
      ' UTC',
      '+8',
      '+08:00:00',
    ]);
  }
  if (r.chance(0.15))
    text = r.pick([
      `  ${text}  `,
      `${text}\n`,
      text.replace(/\d/, (digit) => String.fromCharCode(0xff10 + Number(digit))),
      text.slice(0, r.int(0, text.length)),
      `${text}${nastyText(r, 1)}`,
    ]);
  return text;
}

/** Anything YAML, TOML or JSON can hand the date parser, and some things they cannot. */
function dateValue(r: Random): unknown {
  return r.pick<() => unknown>([
    () => dateText(r),
    () => dateText(r),
    () => dateText(r),
    () => nastyText(r),
    () => r.int(-1e6, 3e9),
    () => r.pick([NaN, Infinity, -Infinity, 0, -0, 1e308]),
    () => r.chance(0.5),
    () => null,
    () => undefined,
    () => new Date(r.pick([0, Date.UTC(2026, 1, 7), 8.64e15, -8.64e15, NaN, r.int(-1e13, 1e13)])),
    () => [dateText(r)],
    () => ({ date: dateText(r) }),
    () => BigInt(r.int(0, 1e6)),
  ])();
}

describe('parseArticleDate', () => {
  test(`${RUNS * 4} generated dates: a valid Date or a reason, never a throw (seed ${SEED})`, () => {
    const r = random(SEED);
    for (let run = 0; run < RUNS * 4; run++) {
      const input = dateValue(r);
      let result: ReturnType<typeof parseArticleDate>;
      const shown = typeof input === 'bigint' ? `${input}n` : JSON.stringify(input);
      try {
        result = parseArticleDate(input);
      } catch (error) {
        throw new Error(`parseArticleDate(${shown}) threw ${(error as Error).message}`);
      }
      if (result.ok) {
        expect(result.date, shown).toBeInstanceOf(Date);
        expect(Number.isNaN(result.date.getTime()), `parseArticleDate(${shown}) gave an Invalid Date`).toBe(false);
        // Everything a page and the store do with it.
        expect(
          () => [
            result.date.toISOString(),
            formatTaipeiDateTime(result.date),
            new Intl.DateTimeFormat('zh-TW', { timeZone: 'Asia/Taipei', dateStyle: 'long' }).format(result.date),
          ],
          shown,
        ).not.toThrow();
      } else {
        expect(result.reason, shown).toMatch(/\S/);
      }
    }
  });

  test('the forms Hugo archives use, and the offsets no zone has', () => {
    expect(parseArticleDate('2026-02-07T14:00:00+25:00').ok).toBe(false);
    expect(parseArticleDate('2026-02-07T14:00:00+14:00').ok).toBe(true);
    expect(parseArticleDate('2026-02-07 14:00:00 +0800 CST').ok).toBe(true);
    expect(parseArticleDate('275760-09-13').ok).toBe(false);
    expect(parseArticleDate(new Date(NaN)).ok).toBe(false);
  });

  test('a value that is not text says what it is, not that the date is missing', () => {
    for (const value of [2026, true, ['2026-02-07'], { year: 2026 }]) {
      const result = parseArticleDate(value);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.reason).not.toBe('is missing');
    }
    expect(parseArticleDate(undefined)).toEqual({ ok: false, reason: 'is missing' });
  });
});

/** A front-matter value of the kinds each format can write, nested a little. */
function yamlValue(r: Random, depth = 0): string {
  const scalar = () =>
    r.pick([
      () => JSON.stringify(nastyText(r)),
      () => `'${nastyText(r).replace(/'/g, "''")}'`,
      () => nastyText(r),
      () => dateText(r),
      () => String(r.int(-1e9, 1e12)),
      () => r.pick(['true', 'false', 'yes', 'no', 'null', '~', '.nan', '-.inf', '0x1F', '1e999', '12345678901234567890123']),
      () => r.pick(['!!binary aGVsbG8=', '!!timestamp 2026-02-07', '!!str 2026', '!!int x', '!!map {}', '!custom x', '!!js/function "f"']),
      () => r.pick(['&anchor x', '*anchor', '*missing']),
      () => `|\n  ${nastyText(r)}\n  ${nastyText(r)}`,
    ])();
  if (depth > 2 || r.chance(0.6)) return scalar();
  return r.pick([
    () => `[${Array.from({ length: r.int(0, 4) }, () => yamlValue(r, depth + 1)).join(', ')}]`,
    () => `{ ${Array.from({ length: r.int(0, 3) }, () => `${r.pick(FIELDS)}: ${yamlValue(r, depth + 1)}`).join(', ')} }`,
    () => `\n${Array.from({ length: r.int(1, 3) }, () => `${'  '.repeat(depth + 1)}- ${yamlValue(r, depth + 1)}`).join('\n')}`,
    () =>
      `\n${Array.from({ length: r.int(1, 3) }, () => `${'  '.repeat(depth + 1)}${r.pick(FIELDS)}: ${yamlValue(r, depth + 1)}`).join('\n')}`,
  ])();
}

const FIELDS = [
  'title',
  'date',
  'lastmod',
  'publishDate',
  'expiryDate',
  'draft',
  'tags',
  'categories',
  'slug',
  'url',
  'aliases',
  'description',
  'summary',
  'image',
  'images',
  'cover',
  'thumbnail',
  'source_name',
  'source_url',
  'lang',
  'related_companies',
  'authors',
  'author',
  'vocabulary',
  'params',
  'weight',
  'Title',
  'DATE',
  '__proto__',
  'constructor',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '<<',
  '? complex',
  '"quoted key"',
  '',
];

const VALID = { title: '"開源 AI"', date: '2026-02-07 14:00' };

function yamlFrontMatter(r: Random): string {
  const lines: string[] = [];
  if (r.chance(0.7)) lines.push(`title: ${VALID.title}`, `date: ${VALID.date}`);
  for (let i = r.int(0, 6); i > 0; i--) lines.push(`${r.pick(FIELDS)}: ${yamlValue(r)}`);
  if (r.chance(0.1)) lines.push('a: &a [*a, *a]', `${r.pick(FIELDS)}: *a`);
  if (r.chance(0.1))
    lines.push(
      ...Array.from(
        { length: 10 },
        (_, i) =>
          `l${i}: &l${i} [${Array(10)
            .fill(i ? `*l${i - 1}` : '"lol"')
            .join(', ')}]`,
      ),
      `${r.pick(FIELDS)}: *l9`,
    );
  if (r.chance(0.1)) lines.push(`${r.pick(FIELDS)}: ${'['.repeat(r.int(50, 1000))}`);
  if (r.chance(0.05)) lines.push(`${r.pick(FIELDS)}: ${'{a: '.repeat(200)}1${'}'.repeat(200)}`);
  if (r.chance(0.1)) lines.splice(r.int(0, lines.length), 0, nastyText(r));
  return lines.join(r.chance(0.1) ? '\r\n' : '\n');
}

function tomlFrontMatter(r: Random): string {
  const value = () =>
    r.pick([
      () => JSON.stringify(nastyText(r)),
      () => `'${nastyText(r).replace(/'/g, '')}'`,
      () => dateText(r),
      () => String(r.int(-1e9, 1e12)),
      () =>
        r.pick([
          'true',
          'false',
          'inf',
          'nan',
          '99999999999999999999',
          '0x7FFFFFFFFFFFFFFF',
          '1979-05-27T07:32:00Z',
          '07:32:00',
          '1979-05-27T00:32:00.999999-07:00',
        ]),
      () => `[${Array.from({ length: r.int(0, 3) }, () => JSON.stringify(nastyText(r))).join(', ')}]`,
      () => `{ toString = 1, valueOf = ${r.int(0, 9)} }`,
      () => nastyText(r),
    ])();
  const lines = r.chance(0.7) ? ['title = "開源 AI"', 'date = 2026-02-07T14:00:00+08:00'] : [];
  for (let i = r.int(0, 6); i > 0; i--) lines.push(`${r.pick(FIELDS.filter(Boolean))} = ${value()}`);
  if (r.chance(0.2)) lines.push(`[${r.pick(['params', 'cover', 'title', '__proto__'])}]`, `${r.pick(FIELDS.filter(Boolean))} = ${value()}`);
  return lines.join('\n');
}

function jsonFrontMatter(r: Random): string {
  const value = (depth = 0): unknown =>
    r.pick<() => unknown>([
      () => nastyText(r),
      () => dateText(r),
      () => r.int(-1e9, 1e12),
      () => r.chance(0.5),
      () => null,
      () => (depth > 2 ? 1 : Array.from({ length: r.int(0, 3) }, () => value(depth + 1))),
      () => (depth > 2 ? 'x' : Object.fromEntries(Array.from({ length: r.int(0, 3) }, () => [r.pick(FIELDS), value(depth + 1)]))),
      () => ({ toString: 1, valueOf: 2 }),
    ])();
  const data: Record<string, unknown> = r.chance(0.7) ? { title: '開源 AI', date: '2026-02-07 14:00' } : {};
  for (let i = r.int(0, 6); i > 0; i--) data[r.pick(FIELDS)] = value();
  let text = JSON.stringify(data, null, 2).replace(/"__proto__"/g, '"__proto__"');
  if (r.chance(0.2)) text = text.replace(/\n}$/, ',\n}'); // a trailing comma: not JSON
  if (r.chance(0.1)) text = `{\n  "__proto__": { "title": "polluted", "draft": true },\n${text.slice(2)}`;
  return text;
}

/** A whole file: front matter in one of Hugo's formats (or a broken delimiter), then a body. */
function postFile(r: Random): { source: string; format: FrontMatterFormat } {
  const format = r.pick<FrontMatterFormat>(['yaml', 'yaml', 'yaml', 'toml', 'json']);
  const body = `\n${nastyText(r)}\n正文。\n`;
  const before = r.pick(['', '', '\ufeff', '\n\n', ' \n']);
  if (format === 'toml') return { format, source: `${before}+++\n${tomlFrontMatter(r)}\n${r.chance(0.95) ? '+++' : ''}\n${body}` };
  if (format === 'json') {
    const json = jsonFrontMatter(r);
    return { format, source: `${before}${json.startsWith('{\n') ? json : `{\n${json.slice(1)}`}\n${body}` };
  }
  return { format, source: `${before}---\n${yamlFrontMatter(r)}\n${r.pick(['---', '---', '...', '--- ', '----', ''])}\n${body}` };
}

const CONTEXT: PostContext = { companyIds: new Set(['nvidia', 'alibaba']), companiesDir: 'content/companies', publicDir: 'public' };

describe('front matter', () => {
  test(`${RUNS} generated front matters in YAML, TOML and JSON: data or a message with a line, never a throw (seed ${SEED})`, () => {
    const r = random(SEED + 1);
    for (let run = 0; run < RUNS; run++) {
      const format = r.pick<FrontMatterFormat>(['yaml', 'toml', 'json']);
      const text = format === 'yaml' ? yamlFrontMatter(r) : format === 'toml' ? tomlFrontMatter(r) : jsonFrontMatter(r);
      let result: ReturnType<typeof parseFrontMatter>;
      try {
        result = parseFrontMatter(text, 2, format);
      } catch (error) {
        throw new Error(`parseFrontMatter threw ${(error as Error).message} on ${format}:\n${text}`);
      }
      if (result.ok) {
        expect(result.data !== null && typeof result.data === 'object' && !Array.isArray(result.data), text).toBe(true);
        // A key written `__proto__` is a field like any other, never the object's prototype.
        expect(Object.getPrototypeOf(result.data), text).toBe(Object.prototype);
        for (const field of FIELDS) expect(() => result.ok && result.lineOf(field.toLowerCase()), text).not.toThrow();
      } else {
        expect(result.message, text).toMatch(/\S/);
        if (result.line !== undefined)
          expect(Number.isInteger(result.line) && result.line >= 1, `line ${result.line} for:\n${text}`).toBe(true);
      }
    }
  }, 60_000);

  test(`${RUNS} generated post files through readPost: fields, or problems with file, field and fix (seed ${SEED})`, () => {
    const r = random(SEED + 2);
    let readable = 0;
    for (let run = 0; run < RUNS; run++) {
      const { source } = postFile(r);
      let read: ReturnType<typeof readPost>;
      try {
        read = readPost(source, 'posts/fuzz.md', CONTEXT);
      } catch (error) {
        throw new Error(`readPost threw ${(error as Error).stack}\non:\n${source}`);
      }
      for (const problem of read.problems) {
        expect(problem.file, source).toBe('content/posts/fuzz.md');
        expect(problem.field, source).toMatch(/\S/);
        expect(problem.message, source).toMatch(/\S/);
        expect(problem.fix, source).toMatch(/\S/);
        if (problem.line !== undefined)
          expect(Number.isInteger(problem.line) && problem.line >= 1, `line ${problem.line}:\n${source}`).toBe(true);
      }
      const errors = read.problems.filter((problem) => problem.severity !== 'warning');
      if (read.fields && errors.length === 0) {
        readable++;
        const { fields } = read;
        expect(fields.title, source).toMatch(/\S/);
        for (const instant of [fields.publishedAt, fields.publishAt, fields.updatedAt, fields.expiresAt]) {
          if (instant !== undefined) expect(Number.isNaN(new Date(instant).getTime()), `${instant}:\n${source}`).toBe(false);
        }
        expect(fields.slug, source).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        for (const list of [fields.tags, fields.categories, fields.authors, fields.aliases, fields.lang]) {
          expect(
            list.every((item) => typeof item === 'string' && item !== ''),
            source,
          ).toBe(true);
        }
      }
    }
    // The generator is not all noise: a fair share of its files are readable articles.
    expect(readable).toBeGreaterThan(RUNS / 10);
  }, 60_000);

  test('readFrontMatter on generated files: never a throw, and a file without front matter reads as a body', () => {
    const r = random(SEED + 3);
    for (let run = 0; run < RUNS; run++) {
      const source = r.chance(0.5) ? postFile(r).source : nastyText(r, r.int(0, 20));
      expect(() => readFrontMatter(source), source).not.toThrow();
    }
  }, 60_000);

  test('cases the generator found, kept by name', () => {
    const read = (source: string) => readPost(source, 'posts/x.md', CONTEXT);
    const messages = (source: string) => read(source).problems.map((problem) => `${problem.field}: ${problem.message}`);
    // An alias bomb: the YAML library refuses to expand it; that is a problem of the file, not a crash.
    const bomb = [
      '---',
      'title: x',
      'date: 2026-02-07',
      ...Array.from(
        { length: 10 },
        (_, i) =>
          `l${i}: &l${i} [${Array(10)
            .fill(i ? `*l${i - 1}` : '"lol"')
            .join(', ')}]`,
      ),
      'tags: *l9',
      '---',
      '',
    ].join('\n');
    expect(messages(bomb)).toEqual([expect.stringMatching(/^front matter: is not valid YAML/)]);
    // A value that cannot become text (its own toString is not a function), in each place text is read.
    for (const field of ['title', 'tags', 'slug', 'lang', 'aliases', 'source_url']) {
      expect(messages(`---\ntitle: x\ndate: 2026-02-07\n${field}: { toString: 1 }\n---\n`).length, field).toBeGreaterThan(0);
      expect(messages(`---\ntitle: x\ndate: 2026-02-07\n${field}: [{ toString: 1 }]\n---\n`).length, field).toBeGreaterThan(0);
    }
    // A value that refers to itself.
    expect(messages('---\ntitle: x\ndate: 2026-02-07\ndescription: &d [*d]\ndraft: &e [*e]\n---\n')).toEqual([
      expect.stringMatching(/^description: must be text/),
      expect.stringMatching(/^draft: must be true or false/),
    ]);
    // `__proto__` is a field, not the object's prototype: no title comes from it.
    expect(messages('{\n"__proto__": { "title": "from the prototype" },\n"date": "2026-02-07"\n}\n')).toContain('title: is missing');
    expect(messages('---\n__proto__: { title: from the prototype }\ndate: 2026-02-07\n---\n')).toContain('title: is missing');
    // TOML integers beyond 2^53 and dates as values of text fields.
    expect(() => read('+++\ntitle = 99999999999999999999\ndate = 2026-02-07\n+++\n')).not.toThrow();
    expect(messages('+++\ntitle = "x"\ndate = 2026-02-07\nslug = 1979-05-27T07:32:00Z\n+++\n')).toEqual([]);
  });
});
