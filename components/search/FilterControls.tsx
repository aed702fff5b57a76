/** The filters under the query box: year, organization and (when the catalog has them) technology. */
import type { SearchFacets } from '@/lib/search/client';
import type { SearchFilters } from './protocol';

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

export function FilterControls(props: {
  filters: SearchFilters;
  /** Undefined until the index has loaded: the year list is empty, the suggestions too. */
  facets: SearchFacets | undefined;
  /** Whether to offer a technology filter: known at build time (see SearchApp). */
  technologyFilter: boolean;
  /** The ids of the organization and technology suggestion lists. */
  listIds: { organizations: string; technologies: string };
  onChange: (change: SearchFilters) => void;
  onClear: () => void;
}) {
  const { filters, facets, onChange } = props;
  const hasFilters = Object.values(filters).some(Boolean);
  return (
    <fieldset className="search-filters">
      <legend className="visually-hidden">Filters</legend>
      <label>
        Year
        <select value={filters.year ?? ''} onChange={(event) => onChange({ year: Number(event.target.value) || undefined })}>
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
        listId={props.listIds.organizations}
        value={filters.organization}
        suggestions={facets?.organizations.map((organization) => organization.name)}
        onChange={(organization) => onChange({ organization })}
      />
      {props.technologyFilter && (
        <SuggestFilter
          label="Technology"
          listId={props.listIds.technologies}
          value={filters.technology}
          suggestions={facets?.technologies}
          onChange={(technology) => onChange({ technology })}
        />
      )}
      {hasFilters && (
        <button type="button" className="button button--quiet" onClick={props.onClear}>
          Clear filters
        </button>
      )}
    </fieldset>
  );
}
