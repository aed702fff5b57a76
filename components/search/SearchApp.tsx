'use client';

/**
 * The search page: a query box and filters whose state lives in the URL (so a search is a link),
 * results from the Web Worker as you type, arrow keys to move through them.
 */
import { useEffect, useId, useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import type { SearchFacets, SnippetPart } from '@/lib/search/client';
import type { ResultItem, SearchFilters, SearchRequest, SearchResponse, ShownNotice } from './protocol';

const PAGE_SIZE = 20;

type Status = { kind: 'loading' } | { kind: 'ready'; documentCount: number } | { kind: 'failed'; message: string };

interface SearchState {
  query: string;
  filters: SearchFilters;
}

/**
 * The address is the search's state: read with useSyncExternalStore (empty on the server, the
 * real query once hydrated), written with replaceState, so that a search is always a link.
 */
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

function writeUrl({ query, filters }: SearchState): void {
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

function Marked({ parts }: { parts: SnippetPart[] }) {
  return (
    <>
      {parts.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
    </>
  );
}

/** A free-text filter with the catalog's values as suggestions (they arrive with the index). */
function SuggestFilter(props: {
  label: string;
  listId: string;
  value: string | undefined;
  suggestions: readonly string[] | undefined;
  onChange: (value: string | undefined) => void;
}) {
  return (
    <>
      <label>
        {props.label}
        <input type="search" list={props.listId} placeholder="Any" value={props.value ?? ''} onChange={(event) => props.onChange(event.target.value || undefined)} />
      </label>
      <datalist id={props.listId}>
        {/* Two organizations can share a name; one suggestion is enough. */}
        {[...new Set(props.suggestions)].map((suggestion) => (
          <option key={suggestion} value={suggestion} />
        ))}
      </datalist>
    </>
  );
}

/**
 * `technologyFilter`: whether the catalog has technologies to filter by. The page knows it at
 * build time, so the filter is there from the first paint rather than appearing (and pushing the
 * results down) once the index has loaded.
 */
export function SearchApp({ technologyFilter }: { technologyFilter: boolean }) {
  const search = useSyncExternalStore(subscribeToUrl, () => window.location.search, () => '');
  const state = useMemo(() => parseSearch(search), [search]);
  const [completeness, setCompleteness] = useState(0);
  const [status, setStatus] = useState<Status>({ kind: 'loading' });
  const [facets, setFacets] = useState<SearchFacets | undefined>(undefined);
  const [results, setResults] = useState<ResultItem[] | undefined>(undefined);
  const [hasMore, setHasMore] = useState(false);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const worker = useRef<Worker | undefined>(undefined);
  const requestId = useRef(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const ids = useId();

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
        if (message.type === 'results') {
          setResults((previous) => message.results.map((result) => ({ ...result, snippet: previous?.find((old) => old.path === result.path)?.snippet })));
          setHasMore(message.hasMore);
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

  const hasFilter = Boolean(state.filters.year || state.filters.organization || state.filters.technology);
  const idle = !state.query.trim() && !hasFilter;

  // Every change of the search goes to the worker.
  useEffect(() => {
    if (status.kind !== 'ready' || idle) return;
    const request: SearchRequest = { type: 'search', id: ++requestId.current, query: state.query, filters: state.filters, limit };
    worker.current?.postMessage(request);
  }, [state, status.kind, limit, idle, completeness]);

  const update = (change: { query?: string; filters?: SearchFilters }) => {
    setLimit(PAGE_SIZE);
    writeUrl({ query: change.query ?? state.query, filters: { ...state.filters, ...change.filters } });
  };

  const focusResult = (index: number) => {
    const links = listRef.current?.querySelectorAll<HTMLAnchorElement>('a.search-result__link');
    if (!links || links.length === 0) return;
    if (index < 0) inputRef.current?.focus();
    else links[Math.min(index, links.length - 1)]?.focus();
  };

  const onInputKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      focusResult(0);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      focusResult(0);
      listRef.current?.querySelector<HTMLAnchorElement>('a.search-result__link')?.click();
    }
  };

  const onListKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    const links = [...(listRef.current?.querySelectorAll<HTMLAnchorElement>('a.search-result__link') ?? [])];
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (index === -1) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      focusResult(index + 1);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      focusResult(index - 1);
    } else if (event.key === 'Escape') {
      inputRef.current?.focus();
    }
  };

  const activeFilters = Object.values(state.filters).filter(Boolean).length;
  const shown = idle ? undefined : results;

  return (
    <div className="search-app">
      <form className="search-form search-form--large" role="search" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor={`${ids}-query`} className="visually-hidden">
          Search projects
        </label>
        <input
          ref={inputRef}
          id={`${ids}-query`}
          type="search"
          name="q"
          autoFocus
          autoComplete="off"
          spellCheck={false}
          placeholder="Search projects, e.g. rust compiler"
          value={state.query ?? ''}
          onChange={(event) => update({ query: event.target.value })}
          onKeyDown={onInputKeyDown}
          aria-describedby={`${ids}-status`}
          aria-controls={`${ids}-results`}
        />
      </form>

      <fieldset className="search-filters">
        <legend className="visually-hidden">Filters</legend>
        <label>
          Year
          <select value={state.filters.year ?? ''} onChange={(event) => update({ filters: { year: Number(event.target.value) || undefined } })}>
            <option value="">Any year</option>
            {facets?.years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        </label>
        <SuggestFilter
          label="Organization"
          listId={`${ids}-organizations`}
          value={state.filters.organization}
          suggestions={facets?.organizations.map((organization) => organization.name)}
          onChange={(organization) => update({ filters: { organization } })}
        />
        {technologyFilter && (
          <SuggestFilter
            label="Technology"
            listId={`${ids}-technologies`}
            value={state.filters.technology}
            suggestions={facets?.technologies}
            onChange={(technology) => update({ filters: { technology } })}
          />
        )}
        {activeFilters > 0 && (
          <button type="button" className="button button--quiet" onClick={() => writeUrl({ query: state.query, filters: {} })}>
            Clear filters
          </button>
        )}
      </fieldset>

      <p id={`${ids}-status`} className="search-status" role="status" aria-live="polite">
        {status.kind === 'loading' && (
          <>
            <span className="spinner" aria-hidden="true" /> Loading the search index…
          </>
        )}
        {status.kind === 'failed' && (
          <>
            Search is unavailable: {status.message}. Browse the <a href="/years/">years</a> or the <a href="/orgs/">organizations</a> instead.
          </>
        )}
        {status.kind === 'ready' && !shown && <>Type to search {status.documentCount.toLocaleString('en-US')} projects by title, abstract, organization and technology.</>}
        {status.kind === 'ready' && shown && shown.length > 0 && (
          <>
            {hasMore ? `The ${shown.length} best matches` : `${shown.length} ${shown.length === 1 ? 'match' : 'matches'}`}
            <span className="kbd-hint"> · <kbd>↓</kbd> <kbd>↑</kbd> to move, <kbd>Enter</kbd> to open</span>
          </>
        )}
        {status.kind === 'ready' && shown && shown.length === 0 && <>No projects match.</>}
      </p>

      <div className="search-results" id={`${ids}-results`}>
        {shown && shown.length === 0 && (
          <div className="search-empty">
            <p>
              Nothing matches <strong>{state.query ? `“${state.query}”` : 'these filters'}</strong>
              {activeFilters > 0 && state.query ? ' with these filters' : ''}. Try:
            </p>
            <ul className="compact-list">
              <li>fewer or shorter words, or another spelling;</li>
              {activeFilters > 0 && <li>removing a filter;</li>}
              <li>
                browsing <a href="/years/">the years</a>, <a href="/orgs/">the organizations</a> or <a href="/technologies/">the technologies</a>.
              </li>
            </ul>
          </div>
        )}
        {shown && shown.length > 0 && (
          <ol className="search-result-list" ref={listRef} onKeyDown={onListKeyDown}>
            {shown.map((result) => (
              <li key={result.path} className="search-result">
                <a className="search-result__link" href={result.path}>
                  <Marked parts={result.title} />
                </a>
                <p className="search-result__meta">
                  {result.organization} · {result.year}
                </p>
                <p className="search-result__snippet">
                  {result.snippet ? (
                    <>
                      {result.snippet.truncatedStart && '… '}
                      <Marked parts={result.snippet.parts} />
                      {result.snippet.truncatedEnd && ' …'}
                    </>
                  ) : (
                    <span className="muted">…</span>
                  )}
                </p>
              </li>
            ))}
          </ol>
        )}
        {shown && hasMore && (
          <button type="button" className="button button--quiet search-more" onClick={() => setLimit((current) => current + PAGE_SIZE)}>
            Show more results
          </button>
        )}
      </div>
    </div>
  );
}
