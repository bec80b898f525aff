import { newestFirst, readGenerated, type GeneratedPost } from '../../content/generated';
import { describeWrite, SEARCH_DIR, SearchDocMemo, writeSearchIndex } from '../../outputs/search/build-index';

/**
 * `npm run dev`'s search indexer, started by lib/tools/cli/dev.ts: after each of Contentlayer's generations (a
 * 'generated' message) it writes the index of what Contentlayer generated, in a process of its own since it
 * costs ~1 s per 1,000 articles, once per burst of edits (a second after the last). Until then the search
 * page answers from the previous version. It ends with `npm run dev` (the channel closes).
 */
const memo = new SearchDocMemo();
let scheduled: ReturnType<typeof setTimeout> | undefined;

function rebuild() {
  scheduled = undefined;
  try {
    const records = newestFirst(readGenerated<GeneratedPost>('Post').map((post) => post.record));
    console.log(describeWrite(writeSearchIndex(records, SEARCH_DIR, memo)));
  } catch (error) {
    console.error('search index: not written:', error instanceof Error ? error.message : error);
  }
}

process.on('message', () => {
  clearTimeout(scheduled);
  scheduled = setTimeout(rebuild, 1000); // after the open page has reloaded and rendered
});
process.on('disconnect', () => process.exit(0));
