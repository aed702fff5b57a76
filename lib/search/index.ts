/**
 * Catalog search: build an index at build time (buildSearchIndex), open it anywhere
 * (createSearcher, or openSearch in the browser), search as the user types.
 * Node-only helpers live in ./node/ and are not exported here.
 */
export { buildSearchIndex, type BuildOptions, type SearchableProject } from './build';
export { SEARCH_DEFAULTS, type SearchConfig } from './config';
export { COMMON_TERMS_FILE, CORE_FILE, abstractChunkFile, searchIndexFiles, type SearchIndexFile } from './files';
export { INDEX_FORMAT, type CommonTerms, type SearchCore, type SearchIndexData } from './format';
export { openSearch, type OpenSearchOptions } from './remote';
export {
  createSearcher,
  type SearchDocument,
  type SearchHit,
  type SearchOptions,
  type Searcher,
  type SearchFacets,
  type SearcherSources,
} from './searcher';
export { highlightSnippet, markTerms, type Snippet, type SnippetPart } from './snippet';
