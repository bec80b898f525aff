import { describeWrite, SEARCH_DIR, writeSearchIndex } from '../../outputs/search/build-index';
import { StoreWriter } from '../../outputs/store/writer';

/**
 * `npm run build`'s step after Contentlayer's: the content store and the search index from what it generated.
 * A problem only the whole collection shows (two articles at one address) stops the build, as a file's does.
 */
const build = new StoreWriter().write();
if (build.problems.length > 0) process.exit(1);
console.log(describeWrite(writeSearchIndex(build.records, SEARCH_DIR)));
