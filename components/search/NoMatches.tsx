/** What to try when a search finds nothing: never a dead end. */
import { ORGANIZATIONS_PATH, TECHNOLOGIES_PATH, YEARS_PATH } from '@/lib/paths';

export function NoMatches({ query, hasFilters }: { query: string; hasFilters: boolean }) {
  return (
    <div className="search-empty">
      <p>
        Nothing matches <strong>{query ? `“${query}”` : 'these filters'}</strong>
        {hasFilters && query ? ' with these filters' : ''}. Try:
      </p>
      <ul className="compact-list">
        <li>fewer or shorter words, or another spelling;</li>
        {hasFilters && <li>removing a filter;</li>}
        <li>
          browsing <a href={YEARS_PATH}>the years</a>, <a href={ORGANIZATIONS_PATH}>the organizations</a> or <a href={TECHNOLOGIES_PATH}>the technologies</a>.
        </li>
      </ul>
    </div>
  );
}
