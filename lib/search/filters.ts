/**
 * Filters and facets. Every filter (year, organization, technology) is a property of the
 * organization-year, so a filter is one flag per run, checked once per candidate document.
 */
import { tagSlug } from '../slugs';
import { foldText } from './text';
import type { OrganizationYearRun, SearchTables } from './tables';

export interface SearchOptions {
  limit?: number;
  year?: number;
  /** An organization's slug ("xen-project") or name, any case. */
  organization?: string;
  /** One of the organization-year's technologies, any case ("python"). */
  technology?: string;
}

/** What the filters can choose from. */
export interface SearchFacets {
  years: number[];
  organizations: { slug: string; name: string }[];
  technologies: string[];
}

/** A technology filter matches a technology by its name (any case) or its slug ("machine-learning", "c-sharp"), as the site's links give it. */
function technologyMatcher(technology: string): (name: string) => boolean {
  const folded = foldText(technology.trim());
  return (name) => foldText(name) === folded || slugOf(name) === folded;
}

// A filter looks at every run's technologies: their slugs are made once, not per query.
const slugs = new Map<string, string>();
function slugOf(name: string): string {
  let slug = slugs.get(name);
  if (slug === undefined) slugs.set(name, (slug = tagSlug(name)));
  return slug;
}

/** One flag per run (1: the filters allow it), or undefined when no filter is set. */
export function allowedRuns(runs: readonly OrganizationYearRun[], { year, organization, technology }: SearchOptions): Uint8Array | undefined {
  if (year === undefined && !organization && !technology) return undefined;
  const wantedOrganization = organization ? foldText(organization.trim()) : undefined;
  const isWantedTechnology = technology ? technologyMatcher(technology) : undefined;
  return Uint8Array.from(runs, (run) => {
    if (year !== undefined && run.year !== year) return 0;
    if (wantedOrganization && run.organizationSlug !== wantedOrganization && foldText(run.name) !== wantedOrganization) return 0;
    if (isWantedTechnology && !run.technologies.some(isWantedTechnology)) return 0;
    return 1;
  });
}

/**
 * A test of whether a document names the filtered technology itself (not only its organization
 * uses it), or undefined without a technology filter.
 */
export function ownsTechnology(tables: Pick<SearchTables, 'runs' | 'runOf' | 'ownTechnologies'>, technology: string | undefined): ((id: number) => boolean) | undefined {
  if (!technology) return undefined;
  const own = tables.ownTechnologies;
  const isWanted = technologyMatcher(technology);
  const bitOfRun = tables.runs.map((run) => run.technologies.findIndex(isWanted));
  return (id) => {
    const bit = bitOfRun[tables.runOf[id]!]!;
    return bit >= 0 && bit < 31 && (own[id]! & (1 << bit)) !== 0;
  };
}

/**
 * The first `limit` documents of the allowed runs: newest year first, organizations A–Z; with a
 * technology filter, the projects that name the technology themselves before the others.
 */
export function browseDocuments(runs: readonly OrganizationYearRun[], allowed: Uint8Array, limit: number, owns?: (id: number) => boolean): number[] {
  const ordered = runs
    .filter((_, run) => allowed[run] === 1)
    .sort((a, b) => b.year - a.year || a.name.localeCompare(b.name));
  const ids: number[] = [];
  for (const pass of owns ? [true, false] : [undefined]) {
    for (const { start, end } of ordered) {
      for (let id = start; id < end && ids.length < limit; id++) if (pass === undefined || owns!(id) === pass) ids.push(id);
      if (ids.length >= limit) return ids;
    }
  }
  return ids;
}

/** Years newest first; organizations (by their most recent name) and technologies A–Z. */
export function facetsOf(runs: readonly OrganizationYearRun[]): SearchFacets {
  const organizations = new Map<string, { slug: string; name: string; year: number }>();
  const technologies = new Map<string, string>();
  for (const run of runs) {
    const known = organizations.get(run.organizationSlug);
    if (!known || run.year > known.year) organizations.set(run.organizationSlug, { slug: run.organizationSlug, name: run.name, year: run.year });
    for (const technology of run.technologies) if (!technologies.has(foldText(technology))) technologies.set(foldText(technology), technology);
  }
  // One collator for every comparison: localeCompare with options builds one per call (~55 ms for the archive's facets).
  const byName = new Intl.Collator('en', { sensitivity: 'base' }).compare;
  return {
    years: [...new Set(runs.map((run) => run.year))].sort((a, b) => b - a),
    organizations: [...organizations.values()].map(({ slug, name }) => ({ slug, name })).sort((a, b) => byName(a.name, b.name)),
    technologies: [...technologies.values()].sort(byName),
  };
}
