'use client';

/**
 * The search page: a query box and filters whose state lives in the URL (so a search is a link),
 * results from the Web Worker as you type, arrow keys to move through them.
 */
import { useId, useState } from 'react';
import { FilterControls } from './FilterControls';
import { NoMatches } from './NoMatches';
import { OrganizationResults } from './OrganizationResults';
import type { SearchFilters } from './protocol';
import { QueryBox } from './QueryBox';
import { ResultList } from './ResultList';
import { SearchStatus } from './SearchStatus';
import { useResultKeyboard } from './useResultKeyboard';
import { useSearchAddress, writeSearchToAddress } from './useSearchAddress';
import { useSearchWorker } from './useSearchWorker';

const PAGE_SIZE = 20;

/**
 * `technologyFilter`: whether the catalog has technologies to filter by. The page knows it at
 * build time, so the filter is there from the first paint rather than appearing (and pushing the
 * results down) once the index has loaded.
 */
export function SearchApp({ technologyFilter }: { technologyFilter: boolean }) {
  const search = useSearchAddress();
  const { query, filters } = search;
  const hasFilters = Boolean(filters.year || filters.organization || filters.technology);
  const idle = !query.trim() && !hasFilters;
  const [limit, setLimit] = useState(PAGE_SIZE);
  const { status, facets, results, hasMore, organizations } = useSearchWorker(idle ? undefined : search, limit);
  const { inputRef, listRef, onInputKeyDown, onListKeyDown } = useResultKeyboard();
  const ids = useId();

  // An edited search starts again from its first page of results.
  const update = (change: { query?: string; filters?: SearchFilters }) => {
    setLimit(PAGE_SIZE);
    writeSearchToAddress({ query: change.query ?? query, filters: { ...filters, ...change.filters } });
  };

  const shown = idle ? undefined : results;

  return (
    <div className="search-app">
      <QueryBox
        ref={inputRef}
        id={`${ids}-query`}
        statusId={`${ids}-status`}
        resultsId={`${ids}-results`}
        value={query}
        onChange={(query) => update({ query })}
        onKeyDown={onInputKeyDown}
      />
      <FilterControls
        filters={filters}
        facets={facets}
        technologyFilter={technologyFilter}
        listIds={{ organizations: `${ids}-organizations`, technologies: `${ids}-technologies` }}
        onChange={(change) => update({ filters: change })}
        onClear={() => writeSearchToAddress({ query, filters: {} })}
      />
      <SearchStatus id={`${ids}-status`} status={status} shown={shown} hasMore={hasMore} />
      <div className="search-results" id={`${ids}-results`}>
        {shown && organizations.length > 0 && <OrganizationResults organizations={organizations} />}
        {shown && shown.length === 0 && <NoMatches query={query} hasFilters={hasFilters} />}
        {shown && shown.length > 0 && <ResultList ref={listRef} results={shown} onKeyDown={onListKeyDown} />}
        {shown && hasMore && (
          <button type="button" className="button button--quiet search-more" onClick={() => setLimit((current) => current + PAGE_SIZE)}>
            Show more results
          </button>
        )}
      </div>
    </div>
  );
}
