/**
 * The content store on disk: the files of lib/outputs/store/build.ts written where pages read them (STORE_DIR),
 * with the files of page bundles beside them. A build writes it once (lib/tools/cli/write-store.ts); `npm run dev`
 * keeps one writer for the life of Contentlayer's watch process and writes after each generation.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readGeneratedContent } from '../../content/generated';
import { BUNDLE_URL_PREFIX } from '../../core/bundles';
import { DOCUMENT_FOLDERS } from '../../core/front-matter';
import { formatProblem } from '../../core/problems';
import { MentionMemo, versionedStoreFiles, type StoreBuild, type StoreFiles } from './build';
import { STORE_DIR } from './contract';

function listFiles(directory: string, relative = ''): string[] {
  if (!existsSync(path.join(directory, relative))) return [];
  return readdirSync(path.join(directory, relative), { withFileTypes: true }).flatMap((entry) => {
    const child = path.posix.join(relative, entry.name);
    return entry.isDirectory() ? listFiles(directory, child) : [child];
  });
}

/**
 * Writes what changed and removes what is gone, so `npm run dev` rewrites one article's files for one edit;
 * `previous` is what this writer last wrote there, compared with instead of reading every file again.
 */
function syncDirectory(directory: string, files: StoreFiles, previous?: StoreFiles): number {
  let written = 0;
  // A `.tmp` file is another writer's (npm run dev's quick preview) on its way in: not ours to remove.
  for (const existing of listFiles(directory))
    if (!files.has(existing) && !existing.endsWith('.tmp')) rmSync(path.join(directory, existing));
  for (const [name, content] of files) {
    const file = path.join(directory, name);
    if (existsSync(file) && (previous?.get(name) ?? readFileSync(file, 'utf8')) === content) continue;
    writeWhole(file, content);
    written++;
  }
  return written;
}

/** Copies the files of page bundles (images, YAML, code beside index.md) where the pages link them. */
function syncBundleFiles(contentDir: string, publicDir: string): void {
  const target = path.join(publicDir, BUNDLE_URL_PREFIX);
  const wanted = new Set(
    DOCUMENT_FOLDERS.flatMap((folder) =>
      listFiles(path.join(contentDir, folder))
        .filter((file) => !/\.md$/i.test(file))
        .map((file) => `${folder}/${file}`),
    ),
  );
  for (const existing of listFiles(target)) if (!wanted.has(existing)) rmSync(path.join(target, existing));
  for (const file of wanted) {
    const from = path.join(contentDir, file);
    const to = path.join(target, file);
    if (existsSync(to) && statSync(to).mtimeMs >= statSync(from).mtimeMs) continue;
    mkdirSync(path.dirname(to), { recursive: true });
    copyFileSync(from, to);
  }
}

function writeWhole(file: string, content: string): void {
  // Renamed into place: a page rendered meanwhile reads the old file or the new one, never half of one.
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(`${file}.${process.pid}.tmp`, content);
  renameSync(`${file}.${process.pid}.tmp`, file);
}

/**
 * Writes the files that differ between two builds of the store, removes those gone: one edit's consequences,
 * whatever else another writer put on disk meanwhile (`npm run dev`'s quick preview, lib/tools/cli/dev-preview.ts).
 */
export function writeStoreChanges(previous: StoreFiles, next: StoreFiles, directory = path.resolve(STORE_DIR)): number {
  let written = 0;
  for (const name of previous.keys()) if (!next.has(name)) rmSync(path.join(directory, name), { force: true });
  for (const [name, content] of next) {
    if (previous.get(name) === content) continue;
    writeWhole(path.join(directory, name), content);
    written++;
  }
  return written;
}

/**
 * Writes the whole store from what Contentlayer generated last, and the bundle files, each time it is asked. It
 * remembers what it wrote and the mention counts it made, so that a watch process's writes cost one edit's work.
 */
export class StoreWriter {
  private readonly memo = new MentionMemo();
  private written: StoreFiles | undefined;

  constructor(
    private readonly contentDir = 'content',
    private readonly publicDir = 'public',
  ) {}

  /** The store's build, written unless it has problems (printed; the caller decides what they stop). */
  write(): StoreBuild {
    const started = performance.now();
    const { posts, ...inputs } = readGeneratedContent();
    const build = versionedStoreFiles(posts, { ...inputs, memo: this.memo });
    for (const warning of build.warnings) console.warn(formatProblem(warning));
    for (const problem of build.problems) console.error(formatProblem(problem));
    if (build.problems.length > 0) return build;
    const written = syncDirectory(path.resolve(STORE_DIR), build.files, this.written);
    this.written = build.files;
    syncBundleFiles(this.contentDir, this.publicDir);
    // Share images were files here before app/og rendered them; a checkout's old copies would shadow the route.
    rmSync(path.join(this.publicDir, 'og'), { recursive: true, force: true });
    console.log(`content store: ${build.files.size} files, ${written} written, in ${Math.round(performance.now() - started)} ms`);
    return build;
  }
}
