/**
 * What the browser loads: open a prebuilt index and search it. The search page and its Web
 * Worker import this, never the `lib/search` barrel: that one also exports the index builder,
 * which reads Markdown with micromark, whose browser build calls `document` at load time and
 * so breaks inside a Worker (and would add ~150 KB the search never uses).
 */
export { openSearch, type OpenSearchOptions } from './remote';
export {
  createSearcher,
  type SearchDocument,
  type SearchHit,
  type SearchOptions,
  type Searcher,
  type SearchFacets,
} from './searcher';
export { markTerms, type Snippet, type SnippetPart } from './snippet';
export type { OrganizationHit } from './organizations';
