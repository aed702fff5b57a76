/**
 * The organization finder (/orgs/): what each organization offers the filters and sorts (years,
 * programs, category, technologies, topics, projects per year), derived from the catalog getters,
 * and the compact data file the finder's script (components/finder/) reads to filter, count and
 * sort the cards the page already holds. Its format is in lib/site/finder-page.ts.
 *
 * The data file is cut for size: it is loaded with the page (budget: 120 KB gzip for HTML, CSS,
 * JS and data together). Tag names live once, in tables ordered by how many organizations use them
 * (so the common ones get short indices), and a tag's slug is tagSlug(name) on both sides; each
 * organization is a row of small numbers in the same order as the cards (A–Z). Names for the text
 * filter are read from the cards themselves.
 */
import { createHash } from 'node:crypto';
import { excerpt } from '../render';
import { PROGRAMS, type ProgramId } from '../programs';
import { tagSlug } from '../slugs';
import { listOrganizations, listYears, type Organization } from './catalog';
import { FINDER_DATA_VERSION, trendWindow, type EncodedOrganization, type FinderData, type TrendWindow } from './finder-page';

export { TREND_YEARS, trendWindow } from './finder-page';
export type { FinderData, TrendWindow };

/** Characters of description a card shows (one line; CSS ends it with an ellipsis sooner). */
const EXCERPT_LENGTH = 90;

/** One value of a facet (a category, technology or topic) and how many organizations have it. */
export interface FacetValue {
  name: string;
  slug: string;
  organizationCount: number;
}

/** One organization as the finder sees it. */
export interface FinderOrganization {
  organization: Organization;
  /** The category of its latest year that names one. */
  category?: string;
  /** Every category its years gave it, most recent first. */
  categories: string[];
  /** Its technologies over all its years, the most used (years, then recency) first. */
  technologies: string[];
  topics: string[];
  programs: ProgramId[];
  /** Projects per year it took part in (both programs together), oldest first. */
  projectsByYear: { year: number; count: number }[];
  /** The start of its latest description, as plain text. */
  excerpt: string;
  /** Projects in the trend's recent years minus projects in the years before them. */
  trend: number;
}

export interface Finder {
  organizations: FinderOrganization[];
  /** The catalog's years, oldest first: the sparklines' common axis. */
  years: number[];
  programs: ProgramId[];
  categories: FacetValue[];
  technologies: FacetValue[];
  topics: FacetValue[];
  trend: TrendWindow;
}

let cached: Finder | undefined;

/** Tags of one kind over an organization's years, most years first, then most recent first. */
function rankedTags(organization: Organization, tagsOf: (organizationYear: Organization['latest']) => string[]): string[] {
  const seen = new Map<string, { years: number; order: number }>();
  // Newest first: the first sighting is the most recent one.
  organization.organizationYears.forEach((organizationYear, order) => {
    for (const tag of tagsOf(organizationYear)) {
      const entry = seen.get(tag);
      if (entry) entry.years++;
      else seen.set(tag, { years: 1, order });
    }
  });
  return [...seen].sort(([, a], [, b]) => b.years - a.years || a.order - b.order).map(([tag]) => tag);
}

function facetValues(organizations: FinderOrganization[], valuesOf: (organization: FinderOrganization) => string[]): FacetValue[] {
  const counts = new Map<string, number>();
  for (const organization of organizations) for (const value of valuesOf(organization)) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts]
    .map(([name, organizationCount]) => ({ name, slug: tagSlug(name), organizationCount }))
    .sort((a, b) => b.organizationCount - a.organizationCount || a.name.localeCompare(b.name, 'en'));
}

/** Everything the finder needs, computed once per process. */
export function getFinder(): Finder {
  if (cached) return cached;
  const years = listYears().map((year) => year.year);
  const trend = trendWindow(years);
  const organizations = listOrganizations().map((organization): FinderOrganization => {
    const counts = new Map(organization.projectsByYear.map(({ year, count }) => [year, count]));
    const inWindow = (window: number[]) => window.reduce((sum, year) => sum + (counts.get(year) ?? 0), 0);
    const categories = [...new Set(organization.organizationYears.flatMap((organizationYear) => (organizationYear.category ? [organizationYear.category] : [])))];
    const described = organization.organizationYears.find((organizationYear) => organizationYear.description.trim() !== '') ?? organization.latest;
    return {
      organization,
      category: categories[0],
      categories,
      technologies: rankedTags(organization, (organizationYear) => organizationYear.technologies),
      topics: rankedTags(organization, (organizationYear) => organizationYear.topics),
      programs: PROGRAMS.map((program) => program.id).filter((id) => organization.organizationYears.some((organizationYear) => organizationYear.programId === id)),
      projectsByYear: organization.projectsByYear,
      excerpt: excerpt(described.description, described.markup, EXCERPT_LENGTH),
      trend: inWindow(trend.recent) - inWindow(trend.previous),
    };
  });
  cached = {
    organizations,
    years,
    programs: PROGRAMS.map((program) => program.id).filter((id) => organizations.some((organization) => organization.programs.includes(id))),
    categories: facetValues(organizations, (organization) => organization.categories),
    technologies: facetValues(organizations, (organization) => organization.technologies),
    topics: facetValues(organizations, (organization) => organization.topics),
    trend,
  };
  return cached;
}

/** The finder as its data file. */
export function finderData(finder: Finder = getFinder()): FinderData {
  const indexOf = (values: FacetValue[]) => new Map(values.map((value, index) => [value.name, index]));
  const categories = indexOf(finder.categories);
  const technologies = indexOf(finder.technologies);
  const topics = indexOf(finder.topics);
  // A year is a bit of a 32-bit integer in the browser: the archive has 13 years, the programs ~20.
  if (finder.years.length > 31) throw new Error(`The finder's year mask holds 31 years; the catalog has ${finder.years.length}: encode years as a list`);
  const yearBits = new Map(finder.years.map((year, index) => [year, index]));
  const programBits = new Map(finder.programs.map((program, index) => [program, index]));
  const organizations = finder.organizations.map((organization): EncodedOrganization => [
    organization.projectsByYear.reduce((mask, { year }) => mask | (1 << yearBits.get(year)!), 0),
    organization.programs.reduce((mask, program) => mask | (1 << programBits.get(program)!), 0),
    organization.projectsByYear.map(({ count }) => count),
    organization.categories.map((name) => categories.get(name)!),
    organization.technologies.map((name) => technologies.get(name)!),
    organization.topics.map((name) => topics.get(name)!),
  ]);
  const names = (values: FacetValue[]) => values.map((value) => value.name);
  return {
    v: FINDER_DATA_VERSION,
    years: finder.years,
    programs: finder.programs,
    categories: names(finder.categories),
    technologies: names(finder.technologies),
    topics: names(finder.topics),
    trend: finder.trend,
    ends: [finder.organizations[0]?.organization.slug ?? '', finder.organizations.at(-1)?.organization.slug ?? ''],
    organizations,
  };
}

/** The data file's text, and a hash of it for its URL (so a browser never pairs new cards with old data). */
export function finderDataFile(): { text: string; version: string } {
  const text = JSON.stringify(finderData());
  return { text, version: createHash('sha256').update(text).digest('hex').slice(0, 10) };
}
