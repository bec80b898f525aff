/**
 * The site's regional vocabulary: content/vocabulary/*.yaml, one file per domain, applied when an
 * article is converted into the other script. Each entry pairs a Taiwan word with a mainland word:
 *
 *   - { hant: 程式碼, hans: 代码 }                 both ways
 *   - { hant: 影片, hans: 视频, only: toHant }     one way (say why in a comment)
 *   - { hant: 軟體, hk: 軟件, hans: 软件 }         Hong Kong's own form, read in zh-HK articles
 *   - { hk: 上載, hans: 上传 }                     Hong Kong only: read in zh-HK articles, never written
 *
 * protected.yaml holds names and phrases that must come out exactly as given (台積電, not 臺積電),
 * and phrases that shield a shorter entry inside them (方程式 keeps 程式 from becoming 程序).
 *
 * A word that is a regional term only next to certain words gets neighbour fields instead of a global pair:
 *
 *   - { hant: 選單, hans: 菜单, only: toHant, preceded: [点击, 右键, 开始], followed: [栏, 项] }
 *   - { hant: 公尺, hans: 米, only: toHant, preceded: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] }
 *   - { hant: 透過, hans: 通过, only: toHans, notFollowed: [窗, 玻璃] }
 *
 * `preceded`: the entry applies where the word comes right after one of these; `followed`: right before one
 * of these; `sentence`: where one of these is anywhere in the same sentence (between 。！？；, line breaks and
 * their ASCII forms); given several, any one is enough. `notPreceded` / `notFollowed` / `notSentence` veto it.
 * Spaces between the word and a neighbour are skipped (支持 5G). Neighbours are written in either script and
 * matched in the article's; a long list shared by several entries is written once as a YAML anchor
 * (`sentence: &devices [手机, 电脑]`, then `sentence: *devices` in the same file).
 *
 *   - { hant: 檔案, hans: 文件, only: toHant, sentence: [电脑, 文件夹, 下载], notPreceded: [法律, 红头] }
 *
 * A word may have several such entries and one plain entry: a rule whose neighbours are there wins over the
 * plain entry of the same word, and a longer phrase still wins over both. Protected words take no neighbours.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, isMap, isScalar, isSeq, parse, parseDocument } from 'yaml';

type GlossaryDirection = 'toHans' | 'toHant';

/**
 * One vocabulary entry. `hant` is the Taiwan form (absent for a Hong Kong-only entry), `hk` Hong Kong's
 * form where it differs, `hans` the mainland form. `protect` is set for entries of protected.yaml.
 */
export type GlossaryPair = { hant?: string; hans: string; hk?: string; only?: GlossaryDirection; protect?: boolean } & Neighbours;

/** Where an entry applies: next to which words or in a sentence with which (any one is enough), and where never (see the header). */
export type Neighbours = {
  preceded?: string[];
  followed?: string[];
  sentence?: string[];
  notPreceded?: string[];
  notFollowed?: string[];
  notSentence?: string[];
};

const NEIGHBOUR_FIELDS = ['preceded', 'followed', 'sentence', 'notPreceded', 'notFollowed', 'notSentence'] as const;

/** The neighbour fields of a pair, or undefined when it has none (a plain pair). */
export function neighboursOf(pair: GlossaryPair): Neighbours | undefined {
  if (NEIGHBOUR_FIELDS.every((field) => pair[field] === undefined)) return undefined;
  const when: Neighbours = {};
  for (const field of NEIGHBOUR_FIELDS) if (pair[field] !== undefined) when[field] = pair[field];
  return when;
}

/** The vocabulary folder. Every `*.yaml` file in it is read, in name order. */
export const GLOSSARY_PATH = 'content/vocabulary';
const PROTECTED_FILE = 'protected.yaml';

const FIELDS = new Set(['hant', 'hans', 'hk', 'only', ...NEIGHBOUR_FIELDS]);
const EXAMPLE = '{ hant: 軟體, hans: 软件 }';

/** Problems of one entry, without saying where it is. */
function entryProblems(entry: unknown): string[] {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return [`must be a pair such as ${EXAMPLE}`];
  const fields = entry as Record<string, unknown>;
  const problems: string[] = [];
  const { hant, hans, hk, only } = fields;
  for (const field of Object.keys(fields)) {
    if (!FIELDS.has(field))
      problems.push(
        `field "${field}" is not known; use hant, hans, hk, only, preceded, followed, sentence, notPreceded, notFollowed and notSentence`,
      );
  }
  for (const field of NEIGHBOUR_FIELDS) {
    const value = fields[field];
    if (value === undefined) continue;
    if (!Array.isArray(value) || value.length === 0) {
      problems.push(`field "${field}" must be a list of neighbouring words, such as ${field}: [点击, 右键]`);
    } else if (value.some((word) => (typeof word !== 'string' && typeof word !== 'number') || String(word).trim() === '')) {
      problems.push(`field "${field}" must list non-empty words; quote one that YAML reads otherwise`);
    } else if (value.some((word) => /-\{|\}-/.test(String(word)))) {
      problems.push(`field "${field}" contains an inline rule marker (-{ or }-)`);
    }
  }
  const phrase = (value: unknown) => typeof value === 'string' && value.trim() !== '';
  if (!phrase(hans)) problems.push('field "hans" must be a non-empty phrase');
  if (hant === undefined && hk === undefined) problems.push('field "hant" must be a non-empty phrase');
  for (const [field, value] of [
    ['hant', hant],
    ['hk', hk],
  ] as const) {
    if (value !== undefined && !phrase(value)) problems.push(`field "${field}" must be a non-empty phrase`);
  }
  for (const [field, value] of [
    ['hant', hant],
    ['hans', hans],
    ['hk', hk],
  ] as const) {
    if (typeof value === 'string' && /-\{|\}-/.test(value)) problems.push(`field "${field}" contains an inline rule marker (-{ or }-)`);
  }
  if (only !== undefined && only !== 'toHans' && only !== 'toHant') {
    problems.push(`field "only" is "${String(only)}"; use toHans or toHant, or leave it out for both directions`);
  } else if (only === 'toHant' && hant === undefined) {
    problems.push('a Hong Kong-only entry (no "hant") cannot be "only: toHant": it is never written');
  }
  return problems;
}

/** Problems of a parsed glossary, each naming the entry and the fix; empty when it is valid. */
export function glossaryProblems(data: unknown): string[] {
  if (!Array.isArray(data)) return ['the glossary must be a YAML list of { hant, hans } pairs'];
  return data.flatMap((entry, index) => entryProblems(entry).map((problem) => `entry ${index + 1}: ${problem}`));
}

export function parseGlossary(source: string, file = GLOSSARY_PATH): GlossaryPair[] {
  const data: unknown = parse(source);
  const problems = glossaryProblems(data ?? []);
  if (problems.length > 0) throw new Error(`${file}: ${problems.join('; ')}`);
  return ((data ?? []) as GlossaryPair[]).map(normalised);
}

/** A valid entry as a pair: neighbours that YAML read as numbers (preceded: [0, 1]) become strings. */
function normalised(entry: unknown): GlossaryPair {
  const pair = { ...(entry as GlossaryPair) };
  for (const field of NEIGHBOUR_FIELDS) if (pair[field]) pair[field] = pair[field].map(String);
  return pair;
}

const PROTECTED_NEIGHBOURS = 'a protected word applies everywhere: neighbour fields belong to ordinary entries';

/** The vocabulary files of a folder, in name order (none when the folder does not exist). */
export function vocabularyFiles(dir = GLOSSARY_PATH): string[] {
  if (!existsSync(/*turbopackIgnore: true*/ dir)) return [];
  return readdirSync(/*turbopackIgnore: true*/ dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort();
}

/** Every entry of a vocabulary folder; entries of protected.yaml are marked `protect`. Throws on a broken file. */
export function loadVocabulary(dir = GLOSSARY_PATH): GlossaryPair[] {
  return vocabularyFiles(dir).flatMap((name) => {
    // Not traced from here (the folder is a parameter): next.config.ts includes content/vocabulary in functions.
    const file = path.posix.join(dir, name);
    const pairs = parseGlossary(readFileSync(path.join(/*turbopackIgnore: true*/ dir, name), 'utf8'), file);
    if (name !== PROTECTED_FILE) return pairs;
    const ruled = pairs.findIndex((pair) => neighboursOf(pair));
    if (ruled >= 0) throw new Error(`${file}: entry ${ruled + 1}: ${PROTECTED_NEIGHBOURS}`);
    return pairs.map((pair) => ({ ...pair, protect: true }));
  });
}

let cached: GlossaryPair[] | undefined;

/** The site vocabulary (every file of content/vocabulary, protected words included), read once per process. */
export function siteGlossary(): GlossaryPair[] {
  cached ??= loadVocabulary(path.join(process.cwd(), GLOSSARY_PATH));
  return cached;
}

/** One problem of a vocabulary file, with the line of the entry when there is one. */
export type VocabularyProblem = { file: string; line?: number; message: string; fix: string };

const FIX = `write each entry as ${EXAMPLE}, optionally with hk: (Hong Kong's form), only: toHans or toHant, and neighbours (preceded: [点击])`;

/** The 1-based line of each item of a YAML list, counted from `firstLine` (the line the YAML starts on). */
function itemLines(yamlText: string, listPath: string[], firstLine: number): number[] {
  const lineCounter = new LineCounter();
  return itemLinesOf(parseDocument(yamlText, { lineCounter }), lineCounter, listPath, firstLine);
}

/** `itemLines` of a document already parsed with `lineCounter`. */
function itemLinesOf(
  document: ReturnType<typeof parseDocument>,
  lineCounter: LineCounter,
  listPath: string[],
  firstLine: number,
): number[] {
  let node: unknown = document.contents;
  for (const key of listPath) {
    if (!isMap(node)) return [];
    node = node.items.find((item) => isScalar(item.key) && item.key.value === key)?.value;
  }
  if (!isSeq(node)) return [];
  return node.items.map((item) => {
    const start = (item as { range?: [number, number, number] }).range?.[0];
    return start === undefined ? firstLine : lineCounter.linePos(start).line + firstLine - 1;
  });
}

/**
 * Every problem of a vocabulary folder, with file and line: broken YAML, malformed entries, and the same
 * word paired twice in one direction (the second entry would silently win or lose).
 */
export function vocabularyProblems(dir = GLOSSARY_PATH): VocabularyProblem[] {
  const problems: VocabularyProblem[] = [];
  const seen = new Map<string, { file: string; line?: number; target: string }>();
  for (const name of vocabularyFiles(dir)) {
    const file = path.posix.join(dir, name);
    const text = readFileSync(path.join(/*turbopackIgnore: true*/ dir, name), 'utf8');
    // Parsed once (a large file takes about a second): errors, entries and their lines all come from it.
    const lineCounter = new LineCounter();
    const document = parseDocument(text, { prettyErrors: true, lineCounter });
    const [error] = document.errors;
    if (error) {
      problems.push({
        file,
        line: error.linePos?.[0].line,
        message: `is not valid YAML: ${error.message.split('\n')[0]}`,
        fix: 'check quotes and indentation',
      });
      continue;
    }
    const data: unknown = document.toJS() ?? [];
    if (!Array.isArray(data)) {
      problems.push({ file, line: 1, message: 'must be a YAML list of { hant, hans } pairs', fix: FIX });
      continue;
    }
    const lines = itemLinesOf(document, lineCounter, [], 1);
    data.forEach((entry, index) => {
      const line = lines[index];
      const entryIssues = entryProblems(entry);
      for (const message of entryIssues) problems.push({ file, line, message: `entry ${index + 1}: ${message}`, fix: FIX });
      if (entryIssues.length > 0) return;
      const pair = normalised(entry);
      const when = neighboursOf(pair);
      if (when && name === PROTECTED_FILE) {
        problems.push({
          file,
          line,
          message: `entry ${index + 1}: ${PROTECTED_NEIGHBOURS}`,
          fix: "move the entry to its domain's file, or drop the neighbour fields",
        });
        return;
      }
      const keys: [string, string | undefined, string][] = [
        ['toHans', pair.hant, pair.hans],
        ['toHans', pair.hk, pair.hans],
        ['toHant', pair.hant === undefined ? undefined : pair.hans, pair.hant ?? ''],
      ];
      for (const [direction, key, target] of keys) {
        if (key === undefined || (pair.only && pair.only !== direction)) continue;
        // Entries of one word with different neighbours are different rules; the same neighbours twice are one.
        const id = `${direction}:${key}${when ? `:${JSON.stringify(when)}` : ''}`;
        const earlier = seen.get(id);
        if (earlier && earlier.target !== target) {
          problems.push({
            file,
            line,
            message: `entry ${index + 1}: "${key}" is already paired with "${earlier.target}" (${earlier.file}${earlier.line ? `:${earlier.line}` : ''})`,
            fix: 'keep one entry per word and direction; add only: toHans or toHant to the one that is right one way',
          });
        } else if (!earlier) seen.set(id, { file, line, target });
      }
    });
  }
  return problems;
}

/** A problem of an article's `vocabulary` front-matter field: `entry` is the 0-based index of the entry, when one is at fault. */
export type ArticleVocabularyProblem = { entry?: number; message: string; fix: string };

const ARTICLE_FIX =
  'write vocabulary: as a list of pairs, e.g. vocabulary: [{ hant: 資料, hans: 资料 }], optionally with only: toHans or toHant';

/** Problems of an article's `vocabulary` field (pairs that add to or override the site's); empty when it is valid or absent. */
export function articleVocabularyProblems(value: unknown): ArticleVocabularyProblem[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return [{ message: 'must be a list of { hant, hans } pairs', fix: ARTICLE_FIX }];
  return value.flatMap((entry, index) =>
    entryProblems(entry).map((message) => ({ entry: index, message: `entry ${index + 1}: ${message}`, fix: ARTICLE_FIX })),
  );
}

/** The valid pairs of an article's `vocabulary` field (invalid entries are left out: check them with `articleVocabularyProblems`). */
export function articleVocabulary(value: unknown): GlossaryPair[] {
  if (!Array.isArray(value)) return [];
  return value.filter((entry) => entryProblems(entry).length === 0).map(normalised);
}

/**
 * The file line of each entry of the front-matter `vocabulary` list, for error messages.
 * `firstLine` is the file line the YAML starts on: 2 in a Markdown file (after the opening `---`).
 */
export function articleVocabularyLines(frontMatterYaml: string, firstLine = 2): number[] {
  return itemLines(frontMatterYaml, ['vocabulary'], firstLine);
}
