/**
 * The search page's state is its address: `?q=…&year=…&organization=…&technology=…`, so that a
 * search is always a link, and back and forward move between searches.
 */
import { searchPath } from '@/lib/paths';

/** A search as the address holds it. */
export interface SearchState {
  query: string;
  year?: number;
  organization?: string;
  technology?: string;
}

/** Reads a search from `location.search` ("?q=xen&year=2014"); what is malformed is left out. */
export function parseSearch(search: string): SearchState {
  const params = new URLSearchParams(search);
  const year = Number(params.get('year'));
  return {
    query: params.get('q') ?? '',
    year: Number.isInteger(year) && year > 0 ? year : undefined,
    organization: params.get('organization') || undefined,
    technology: params.get('technology') || undefined,
  };
}

/** "?q=xen&year=2014" for a search (empty values left out), "" for none. */
export function searchOf(state: SearchState): string {
  const path = searchPath({ q: state.query, year: state.year, organization: state.organization, technology: state.technology });
  const at = path.indexOf('?');
  return at === -1 ? '' : path.slice(at);
}

export function hasFilters(state: SearchState): boolean {
  return Boolean(state.year || state.organization || state.technology);
}
