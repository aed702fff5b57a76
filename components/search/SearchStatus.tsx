/** The line under the filters that says what the search is doing; a live region, so screen readers hear it. */
import { ORGANIZATIONS_PATH, YEARS_PATH } from '@/lib/paths';
import type { ResultItem } from './protocol';
import type { SearchStatus as Status } from './useSearchWorker';

export function SearchStatus(props: {
  id: string;
  status: Status;
  /** The results on screen; undefined when there is nothing to search for. */
  shown: ResultItem[] | undefined;
  hasMore: boolean;
}) {
  const { status, shown, hasMore } = props;
  return (
    <p id={props.id} className="search-status" role="status" aria-live="polite">
      {status.kind === 'loading' && (
        <>
          <span className="spinner" aria-hidden="true" /> Loading the search index…
        </>
      )}
      {status.kind === 'failed' && (
        <>
          Search is unavailable: {status.message}. Browse the <a href={YEARS_PATH}>years</a> or the <a href={ORGANIZATIONS_PATH}>organizations</a> instead.
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
  );
}
