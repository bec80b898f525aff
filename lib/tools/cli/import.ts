import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import path from 'node:path';
import { checkContent } from '../../content/check';
import { CONTENT_DIR, listDocumentFiles, readFrontMatter } from '../../core/front-matter';
import { formatProblem } from '../../core/problems';
import { postSlug, slugFromTitle } from '../../core/slugs';
import { SITE_SETTINGS_FILE } from '../../content/site-config';
import { isHugoSiteRoot } from '../import/hugo-config';
import { contentHash, isDirectory, planHugoImport, type ImportPlan } from '../import/hugo-site';
import { declaredShortcodes, SHORTCODES_FILE } from '../../text/hugo/shortcodes/declared';
import { declarationYaml, describeDeclaration } from '../import/theme-shortcodes';
import { importArticle } from '../import/article';
import { contentCommandArgs } from './args';
import { validateWritten, writePost } from './write-post';

/**
 * `npm run import -- PATH`: a Hugo site (its root, or its content folder) into this one, every article,
 * bundle, image and old address; or `npm run import -- [--slug NAME] [--force] FILE...` for single raw
 * articles (Hugo, scraped or plain text). Safe to run again: what it wrote before and nobody edited since
 * is brought up to date, anything edited is left alone unless --force.
 */
const { slug, force, positionals: inputs } = contentCommandArgs(process.argv.slice(2));
if (inputs.length === 0 || (slug && inputs.length > 1)) {
  console.error(
    'usage: npm run import -- HUGO_SITE_OR_CONTENT_FOLDER [--force]\n       npm run import -- [--slug NAME] [--force] FILE...   (--slug with one file only)',
  );
  process.exit(2);
}

const RECORD_FILE = path.join(CONTENT_DIR, '.hugo-import.json');
type ImportRecord = Record<string, { target: string; hash: string }>;

function readRecord(): ImportRecord {
  return existsSync(RECORD_FILE) ? (JSON.parse(readFileSync(RECORD_FILE, 'utf8')) as ImportRecord) : {};
}

/** Slugs of the site's articles that this import did not write, which it must not take. */
function takenSlugs(record: ImportRecord): Map<string, string> {
  const ours = new Set(Object.values(record).map((entry) => entry.target));
  const taken = new Map<string, string>();
  for (const file of listDocumentFiles(CONTENT_DIR, ['posts'])) {
    if (ours.has(`${CONTENT_DIR}/${file}`)) continue;
    const { frontMatter } = readFrontMatter(readFileSync(path.join(CONTENT_DIR, file), 'utf8'));
    const data = frontMatter?.ok ? frontMatter.data : {};
    const text = (value: unknown) => (value === undefined || value === null ? undefined : String(value));
    taken.set(postSlug({ slug: text(data.slug), url: text(data.url), file, title: text(data.title) ?? '' }), file);
  }
  return taken;
}

function writePlan(plan: ImportPlan, record: ImportRecord): { written: string[]; unchanged: number; kept: string[] } {
  const written: string[] = [];
  const kept: string[] = [];
  let unchanged = 0;
  for (const file of plan.files) {
    const hash = contentHash(file.content);
    const recordKey = file.source;
    if (existsSync(file.target)) {
      const current = readFileSync(file.target);
      if (contentHash(current) === hash) {
        unchanged++;
        record[recordKey] = { target: file.target, hash };
        continue;
      }
      // Ours and untouched since: bring it up to date. Edited, or someone else's: leave it.
      const untouched = record[recordKey]?.target === file.target && record[recordKey].hash === contentHash(current);
      if (!untouched && !force) {
        kept.push(file.target);
        continue;
      }
    }
    mkdirSync(path.dirname(file.target), { recursive: true });
    writeFileSync(file.target, file.content);
    record[recordKey] = { target: file.target, hash };
    written.push(file.target);
  }
  return { written, unchanged, kept };
}

/** Adds the theme's shortcodes to content/shortcodes.yaml, below what is there. */
function writeDeclarations(plan: ImportPlan): void {
  if (plan.declarations.size === 0) return;
  const file = path.join(CONTENT_DIR, SHORTCODES_FILE);
  const existing = existsSync(file)
    ? readFileSync(file, 'utf8')
    : "# 網站自己的短碼 / The site's own (theme) shortcodes: how each is shown. See content/EDITING.md.\n";
  const lines = [...plan.declarations].map(([name, declaration]) => declarationYaml(name, declaration));
  writeFileSync(
    file,
    `${existing.replace(/\n?$/, '\n')}# Declared by npm run import; change any of them as you like.\n${lines.join('\n')}\n`,
  );
}

/**
 * What the site's config says of the content (summaryLength, enableEmoji) and the old addresses of its lists, into
 * content/site.yaml: settings an editor already wrote stay as written; redirects are added below theirs.
 */
function writeSettings(plan: ImportPlan): void {
  const file = path.join(CONTENT_DIR, SITE_SETTINGS_FILE);
  const existing = existsSync(file) ? readFileSync(file, 'utf8') : '# Settings of the content (see content/EDITING.md).\n';
  const document = parseDocument(existing);
  const settings: Record<string, unknown> = { summaryLength: plan.config.summaryLength, enableEmoji: plan.config.enableEmoji || undefined };
  for (const [key, value] of Object.entries(settings)) if (value !== undefined && !document.has(key)) document.set(key, value);
  const redirects = {
    ...plan.redirects,
    ...((document.get('redirects') as { toJSON?: () => unknown } | undefined)?.toJSON?.() as Record<string, string> | undefined),
  };
  if (Object.keys(redirects).length > 0) document.set('redirects', redirects);
  writeFileSync(file, document.toString({ lineWidth: 0 }));
}

function printReport(plan: ImportPlan, result: { written: string[]; unchanged: number; kept: string[] }) {
  const { report, config } = plan;
  console.log(
    `Hugo site: ${config.files.length > 0 ? config.files.join(', ') : 'no config file (Hugo defaults)'}; permalinks ${JSON.stringify(config.permalinks)}${config.baseURL ? `; baseURL ${config.baseURL}` : ''}`,
  );
  console.log(
    `articles: ${report.imported} imported of ${report.pages} pages (${report.undated} pages without a date, ${report.translations} translations, ${report.bundles} bundles), ${report.skipped.length} skipped`,
  );
  console.log(`lists and feeds redirected: ${Object.keys(plan.redirects).length} addresses (content/site.yaml)`);
  console.log(
    `files: ${result.written.length} written, ${result.unchanged} unchanged, ${result.kept.length} kept as edited${result.kept.length ? ' (--force replaces them)' : ''}`,
  );
  console.log(`old addresses kept: ${report.addresses} (each redirects to its article)`);
  console.log(
    `images from static/: ${report.staticFiles}; WordPress code blocks fenced: ${report.wordpressCodeBlocks}; front matter completed: ${report.frontMatterRewritten}`,
  );
  if (report.shortcodes.size > 0) {
    console.log('shortcodes:');
    for (const [name, use] of report.shortcodes) {
      const declaration = plan.declarations.get(name);
      console.log(
        `  ${name} ×${use.count}: ${declaration ? `${describeDeclaration(declaration)} (declared in content/shortcodes.yaml)` : use.handling}`,
      );
    }
  }
  for (const skipped of report.skipped.slice(0, 30)) console.log(`skipped ${skipped.file}: ${skipped.reason}`);
  if (report.skipped.length > 30) console.log(`… and ${report.skipped.length - 30} more skipped`);
  for (const warning of report.warnings.slice(0, 50)) console.warn(`warning ${warning}`);
  if (report.warnings.length > 50) console.warn(`… and ${report.warnings.length - 50} more warnings`);
  for (const file of result.kept.slice(0, 20)) console.warn(`kept ${file}: it differs from what the import would write (edited?)`);
}

async function importSite(input: string) {
  const contentOnly = !isHugoSiteRoot(input);
  const record = readRecord();
  const plan = planHugoImport(
    input,
    {
      takenSlugs: takenSlugs(record),
      previousTargets: new Map(Object.entries(record).map(([source, entry]) => [source, entry.target.replace(/^content\//, '')])),
      declared: declaredShortcodes(CONTENT_DIR),
      now: new Date(),
    },
    { contentOnly },
  );
  const result = writePlan(plan, record);
  writeDeclarations(plan);
  writeSettings(plan);
  writeFileSync(RECORD_FILE, `${JSON.stringify(record, null, 1)}\n`);
  printReport(plan, result);
  const problems = (await checkContent()).filter((problem) => problem.severity !== 'warning');
  for (const problem of problems.slice(0, 50)) console.error(formatProblem(problem));
  console.log(problems.length === 0 ? 'check: the content builds' : `check: ${problems.length} problems to fix (above)`);
  return problems.length === 0;
}

async function importFiles() {
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
  return (await validateWritten(written)) && !failed;
}

const ok = inputs.length === 1 && isDirectory(inputs[0]) ? await importSite(inputs[0]) : await importFiles();
process.exitCode = ok ? 0 : 1;
