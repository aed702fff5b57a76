/**
 * Catalog search: build an index at build time (buildSearchIndex), open it anywhere
 * (createSearcher, or openSearch in the browser), search as the user types.
 * Browser code imports ./client (the searching half alone); Node-only helpers live in ./node/.
 */
export * from './client';
export { buildSearchIndex, type BuildOptions, type SearchableProject } from './build';
export { SEARCH_DEFAULTS, type SearchConfig } from './config';
export { COMMON_TERMS_FILE, CORE_FILE, abstractChunkFile, searchIndexFiles, type SearchIndexFile } from './files';
export { INDEX_FORMAT, type CommonTerms, type SearchCore, type SearchIndexData } from './format';
export { type SearcherSources } from './searcher';
export { highlightSnippet } from './snippet';
