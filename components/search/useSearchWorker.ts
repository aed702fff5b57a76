/**
 * The search page's side of the worker protocol (protocol.ts): starts the Web Worker that holds
 * the index, sends it each search, and keeps its latest answers.
 */
import { useEffect, useRef, useState } from 'react';
import type { OrganizationHit, SearchFacets } from '@/lib/search/client';
import type { ResultItem, SearchRequest, SearchResponse, ShownNotice } from './protocol';
import type { SearchState } from './useSearchAddress';

export type SearchStatus = { kind: 'loading' } | { kind: 'ready'; documentCount: number } | { kind: 'failed'; message: string };

export interface SearchWorkerState {
  status: SearchStatus;
  /** The catalog's years, organizations and technologies, for the filters; with the index. */
  facets: SearchFacets | undefined;
  /** The latest search's results; undefined until the first ones arrive. */
  results: ResultItem[] | undefined;
  /** Whether more than `limit` projects match. */
  hasMore: boolean;
  /** Organizations the latest query names. */
  organizations: OrganizationHit[];
}

/**
 * Searches for `search` (nothing while it is undefined), at most `limit` results, and again
 * whenever the worker has more of the index.
 */
export function useSearchWorker(search: SearchState | undefined, limit: number): SearchWorkerState {
  const [completeness, setCompleteness] = useState(0);
  const [status, setStatus] = useState<SearchStatus>({ kind: 'loading' });
  const [facets, setFacets] = useState<SearchFacets | undefined>(undefined);
  const [results, setResults] = useState<ResultItem[] | undefined>(undefined);
  const [hasMore, setHasMore] = useState(false);
  const [organizations, setOrganizations] = useState<OrganizationHit[]>([]);
  const worker = useRef<Worker | undefined>(undefined);
  const requestId = useRef(0);

  // The worker holds the index for as long as the page is open.
  useEffect(() => {
    const searchWorker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
    worker.current = searchWorker;
    searchWorker.addEventListener('message', (event: MessageEvent<SearchResponse>) => {
      const message = event.data;
      if (message.type === 'ready') {
        setFacets(message.facets);
        setStatus({ kind: 'ready', documentCount: message.documentCount });
      } else if (message.type === 'complete') {
        // More of the index is in: the same search may now find more.
        setCompleteness((count) => count + 1);
      } else if (message.type === 'error') {
        setStatus({ kind: 'failed', message: message.message });
      } else if (message.id === requestId.current) {
        // Replies to an older search are dropped: only the latest one is on screen.
        if (message.type === 'results') {
          // A result still shown keeps its snippet until the new snippets arrive, so it does not blink to "…" as you type.
          setResults((previous) => message.results.map((result) => ({ ...result, snippet: previous?.find((old) => old.path === result.path)?.snippet })));
          setHasMore(message.hasMore);
          setOrganizations(message.organizations);
        } else {
          setResults((current) => current?.map((result) => ({ ...result, snippet: message.snippets[result.path] ?? result.snippet })));
        }
      }
    });
    searchWorker.addEventListener('error', () => setStatus({ kind: 'failed', message: 'the search could not start' }));
    return () => searchWorker.terminate();
  }, []);

  // Once results are on screen, the worker may fetch their snippets and the rest of the index.
  const shownId = useRef(0);
  useEffect(() => {
    if (!results || shownId.current === requestId.current) return;
    shownId.current = requestId.current;
    const notice: ShownNotice = { type: 'shown', id: requestId.current };
    worker.current?.postMessage(notice);
  }, [results]);

  // Every change of the search goes to the worker.
  useEffect(() => {
    if (status.kind !== 'ready' || !search) return;
    const request: SearchRequest = { type: 'search', id: ++requestId.current, query: search.query, filters: search.filters, limit };
    worker.current?.postMessage(request);
  }, [search, status.kind, limit, completeness]);

  return { status, facets, results, hasMore, organizations };
}
