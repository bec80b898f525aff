import { setPriority } from 'node:os';
import { newestFirst, readGenerated, type GeneratedPost } from '../content/generated';
import { describeWrite, SEARCH_DIR, writeSearchIndexNow } from '../search/build-index';

/**
 * `contentlayer2 dev`'s search indexer, forked by lib/search/build-index.ts: on each 'rebuild' message it
 * writes the index of what Contentlayer last generated. Messages that arrive during a rebuild make one
 * more, not one each. It ends with Contentlayer (the channel closes).
 */
const outDir = process.argv[2] ?? SEARCH_DIR;
// The index can wait a moment; the page an editor is looking at cannot.
setPriority(10);
let scheduled: ReturnType<typeof setTimeout> | undefined;

function rebuild() {
  scheduled = undefined;
  try {
    console.log(describeWrite(writeSearchIndexNow(newestFirst(readGenerated<GeneratedPost>('Post').map((post) => post.record)), outDir)));
  } catch (error) {
    console.error('search index: not written:', error instanceof Error ? error.message : error);
  }
}

process.on('message', () => {
  clearTimeout(scheduled);
  scheduled = setTimeout(rebuild, 1000); // after the open page has reloaded and rendered
});
process.on('disconnect', () => process.exit(0));
