/**
 * Catalog search: build an index at build time (buildSearchIndex), open it anywhere
 * (createSearcher, or openSearch in the browser), search as the user types.
 * Browser code imports ./client (the searching half alone); Node-only helpers live in ./node/.
 */
export * from './client';
export { buildSearchIndex, type BuildOptions, type SearchableProject } from './build';
export { SEARCH_DEFAULTS, type SearchConfig } from './config';
export { META_FILE, abstractChunkFile, documentChunkFile, postingShardFile, searchIndexFiles, termShardFile, type SearchIndexFile } from './files';
export { INDEX_FORMAT, type DocumentChunk, type SearchIndexData, type SearchMeta, type TermShard } from './format';
export { type SearcherSources } from './searcher';
export { highlightSnippet } from './snippet';
