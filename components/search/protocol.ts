/** Messages between the search page and its Web Worker, which holds the index off the main thread. */
import type { OrganizationHit, SearchFacets, SnippetPart } from '@/lib/search/client';

export interface SearchFilters {
  year?: number;
  organization?: string;
  technology?: string;
}

export interface SearchRequest {
  type: 'search';
  /** Increases with every request; replies to an older one are dropped. */
  id: number;
  query: string;
  filters: SearchFilters;
  limit: number;
}

/** The page has shown the results of search `id`: now their snippets, and the rest of the index. */
export interface ShownNotice {
  type: 'shown';
  id: number;
}

export interface ResultItem {
  path: string;
  /** The title, its matched words marked. */
  title: SnippetPart[];
  organization: string;
  organizationSlug: string;
  year: number;
  /** Arrives in a second message: the abstract is fetched in chunks. */
  snippet?: { parts: SnippetPart[]; truncatedStart: boolean; truncatedEnd: boolean };
}

export type SearchResponse =
  | { type: 'ready'; facets: SearchFacets; documentCount: number }
  /** The common terms have arrived: results can now be more complete, so search again. */
  | { type: 'complete' }
  /** `organizations`: those the query names, shown above the projects (none under an organization filter). */
  | { type: 'results'; id: number; results: ResultItem[]; hasMore: boolean; organizations: OrganizationHit[] }
  | { type: 'snippets'; id: number; snippets: Record<string, ResultItem['snippet']> }
  | { type: 'error'; message: string };
