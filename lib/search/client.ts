/**
 * What the browser loads: open a prebuilt index and search it. The search page's script imports
 * this, never the `lib/search` barrel: that one also exports the index builder, which reads
 * Markdown with micromark (~150 KB the search never uses, and whose browser build touches
 * `document` at load time).
 */
export { firstIndexUrls, openSearch, type OpenSearchOptions } from './remote';
export {
  createSearcher,
  type SearchDocument,
  type SearchHit,
  type SearchOptions,
  type Searcher,
  type SearchFacets,
} from './searcher';
export { NotLoadedError } from './tables';
export { markNameParts, markTerms, type Snippet, type SnippetPart } from './snippet';
export type { OrganizationHit } from './organizations';
