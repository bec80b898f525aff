import { readFileSync } from 'node:fs';
import path from 'node:path';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { readGeneratedContent, type GeneratedPost } from '../../content/generated';
import { configureMarkdown } from '../../content/markdown';
import { buildPostRecord } from '../../content/record';
import { STORE_DIR } from '../../outputs/store/contract';
import { MentionMemo, versionedStoreFiles, type StoreFiles, type StoreInputs } from '../../outputs/store/build';
import { writeStoreChanges } from '../../outputs/store/writer';

/**
 * `npm run dev`'s quick preview. Contentlayer regenerates after each save, but at 1,000 articles it rewrites
 * its whole cache and index (0.6–0.8 s) before the store is written. The preview generates the saved article
 * the way Contentlayer does, in a process of its own, applies it to what Contentlayer last generated and
 * writes what that changes in the store: the open page reloads about a second sooner. Contentlayer's own store
 * write follows from the same documents, so it finds nothing more to change and the page reloads once.
 * New, removed and broken files are left to Contentlayer, which reports the problems.
 */

/** One article as Contentlayer generates it (contentlayer.config.ts): the whole file through the same Markdown pipeline, then the computed field. */
export async function generatePost(sourceFilePath: string, contentDir = 'content'): Promise<GeneratedPost> {
  const processor = unified();
  configureMarkdown(processor, { contentDir });
  const source = readFileSync(path.join(contentDir, sourceFilePath), 'utf8');
  const html = String(await processor.process(new VFile({ value: source, data: { rawDocumentData: { sourceFilePath } } })));
  return { _raw: { sourceFilePath }, body: { html }, record: buildPostRecord(sourceFilePath, html, contentDir) };
}

const sameDocument = (a: GeneratedPost, b: GeneratedPost) =>
  a.body.html === b.body.html && JSON.stringify(a.record) === JSON.stringify(b.record);

export class QuickPreview {
  private posts = new Map<string, GeneratedPost>();
  /** Everything else the store is built from (pages, companies, redirects), as Contentlayer last generated it. */
  private inputs: Omit<StoreInputs, 'memo'> = {};
  private readonly memo = new MentionMemo();
  private files: StoreFiles | undefined;

  constructor(
    private readonly root = '.',
    private readonly storeDir = path.resolve(root, STORE_DIR),
  ) {}

  get articleCount(): number {
    return this.posts.size;
  }

  /** Takes what Contentlayer generated last as the documents the next edits apply to. */
  reload(): void {
    const { posts, ...inputs } = readGeneratedContent(this.root);
    this.posts = new Map(posts.map((post) => [post._raw.sourceFilePath, post]));
    this.inputs = inputs;
    const build = versionedStoreFiles(posts, { ...inputs, memo: this.memo });
    this.files = build.problems.length === 0 ? build.files : undefined;
  }

  /** The first article through the pipeline costs ~0.35 s (Shiki, the vocabulary): paid after a generation, not on a save. */
  async warmUp(): Promise<void> {
    const first = this.posts.keys().next().value;
    if (first) await generatePost(first, path.join(this.root, 'content')).catch(() => undefined);
  }

  /** A saved article (`posts/….md`, as Contentlayer names it): the store files it changes written, their number returned; undefined when it is Contentlayer's to handle. */
  async update(sourceFilePath: string): Promise<number | undefined> {
    const current = this.posts.get(sourceFilePath);
    if (!current || !this.files) return undefined;
    let post: GeneratedPost;
    try {
      post = await generatePost(sourceFilePath, path.join(this.root, 'content'));
    } catch {
      return undefined;
    }
    if (sameDocument(post, current)) return 0;
    const posts = new Map(this.posts).set(sourceFilePath, post);
    const build = versionedStoreFiles([...posts.values()], { ...this.inputs, memo: this.memo });
    if (build.problems.length > 0) return undefined;
    const written = writeStoreChanges(this.files, build.files, this.storeDir);
    this.posts = posts;
    this.files = build.files;
    return written;
  }
}
