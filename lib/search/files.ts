/**
 * How a built index is served by a static site: the file names the build writes (into
 * public/search-data/, lib/site/config.ts SEARCH_DATA_DIR) and the browser fetches. Names carry no
 * hash; the site's build folder versions them.
 */
import type { SearchIndexData } from './format';

/** The core: fetched before the first result. */
export const CORE_FILE = 'index.json';
/** The common-terms postings: fetched right after the core, in the background. */
export const COMMON_TERMS_FILE = 'common.json';

/** The file of abstract chunk `n`, fetched when a result from it wants a snippet. */
export function abstractChunkFile(chunk: number): string {
  return `abstracts/${chunk}.json`;
}

export interface SearchIndexFile {
  /** Path relative to the folder the index is served from, like "abstracts/3.json". */
  name: string;
  contents: string;
}

/** The files to write for `data`, as compact JSON, the core first. */
export function searchIndexFiles(data: SearchIndexData): SearchIndexFile[] {
  return [
    { name: CORE_FILE, contents: JSON.stringify(data.core) },
    { name: COMMON_TERMS_FILE, contents: JSON.stringify(data.common) },
    ...data.abstracts.map((chunk, index) => ({ name: abstractChunkFile(index), contents: JSON.stringify(chunk) })),
  ];
}
