/**
 * The search page's state is its address: the query and filters live in `?q=…&year=…
 * &organization=…&technology=…`, so that a search is always a link, and back and forward move
 * between searches as they would between pages.
 */
import { useMemo, useSyncExternalStore } from 'react';
import type { SearchFilters } from './protocol';

/** A search as the address holds it. */
export interface SearchState {
  query: string;
  filters: SearchFilters;
}

// history.replaceState fires no event: writeSearchToAddress announces its own changes with this one.
const URL_CHANGE = 'catalog:urlchange';

function subscribeToUrl(onChange: () => void): () => void {
  window.addEventListener(URL_CHANGE, onChange);
  window.addEventListener('popstate', onChange);
  return () => {
    window.removeEventListener(URL_CHANGE, onChange);
    window.removeEventListener('popstate', onChange);
  };
}

function parseSearch(search: string): SearchState {
  const params = new URLSearchParams(search);
  const year = Number(params.get('year'));
  return {
    query: params.get('q') ?? '',
    filters: {
      year: Number.isInteger(year) && year > 0 ? year : undefined,
      organization: params.get('organization') || undefined,
      technology: params.get('technology') || undefined,
    },
  };
}

/** Puts a search in the address (empty values left out), and tells useSearchAddress. */
export function writeSearchToAddress({ query, filters }: SearchState): void {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  if (filters.year) params.set('year', String(filters.year));
  if (filters.organization) params.set('organization', filters.organization);
  if (filters.technology) params.set('technology', filters.technology);
  const search = params.toString();
  // replaceState: every keystroke is not a step back in history, but the address is always the search.
  window.history.replaceState(null, '', `${window.location.pathname}${search ? `?${search}` : ''}`);
  window.dispatchEvent(new Event(URL_CHANGE));
}

/**
 * The search in the address, read with useSyncExternalStore (empty on the server, the real query
 * once hydrated). The same object until the address changes, so effects can depend on it.
 */
export function useSearchAddress(): SearchState {
  const search = useSyncExternalStore(subscribeToUrl, () => window.location.search, () => '');
  return useMemo(() => parseSearch(search), [search]);
}
