/**
 * What the archive says about an organization's taking part, beyond its pages: its first and
 * latest year, how many of the archive's years since its first it took part in, its longest run,
 * its best year; and, for a year, which of its organizations are new to the archive. The pure
 * functions take the records they need, so that tests can hand-make them; the site's wrappers
 * read the catalog.
 *
 * "Years" are calendar years, of any program: an organization in Code-in 2013 and Summer of Code
 * 2014 took part in two consecutive years. The archive does not hold every year the programs ran
 * (it lacks Summer of Code 2012–2015, say), so counts are "of the years in the archive", and a run
 * is of calendar years: 2011 then 2016 is not a run, even where the archive holds nothing between.
 */
import type { OrganizationYear } from '../content/schema';
import { getOrganization, listYears, projectsPerYear, type Organization, type Year } from './catalog';

/** Consecutive calendar years. */
export interface YearRun {
  from: number;
  to: number;
  length: number;
}

/** The longest run of consecutive years among `years` (any order, repeats allowed); the latest of equal runs. */
export function longestRun(years: readonly number[]): YearRun | undefined {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  let best: YearRun | undefined;
  let from = sorted[0];
  sorted.forEach((year, index) => {
    if (index > 0 && year !== sorted[index - 1]! + 1) from = year;
    const length = year - from! + 1;
    if (!best || length >= best.length) best = { from: from!, to: year, length };
  });
  return best;
}

/** Of the archive's years, those from `first` on: what an organization that began then could have taken part in. */
export function yearsSince(first: number, archiveYears: readonly number[]): number[] {
  return [...new Set(archiveYears)].filter((year) => year >= first).sort((a, b) => a - b);
}

/** The year with the most projects (all programs of the year together); the latest of equal years. */
export function bestYear(organizationYears: readonly Pick<OrganizationYear, 'year' | 'projectCount'>[]): { year: number; projectCount: number } | undefined {
  let best: { year: number; projectCount: number } | undefined;
  for (const { year, count: projectCount } of projectsPerYear(organizationYears)) {
    if (!best || projectCount > best.projectCount || (projectCount === best.projectCount && year > best.year)) best = { year, projectCount };
  }
  return best;
}

export interface TakingPart {
  firstYear: number;
  latestYear: number;
  /** Distinct years it took part in. */
  yearCount: number;
  /** The archive's years from its first on. */
  archiveYearCount: number;
  longestRun: YearRun;
  projectCount: number;
  /** Undefined when it has no project at all. */
  bestYear?: { year: number; projectCount: number };
}

/** The facts of an organization, against the years the archive holds. */
export function takingPart(organization: Pick<Organization, 'years' | 'organizationYears' | 'projectCount'>, archiveYears: readonly number[]): TakingPart {
  const firstYear = Math.min(...organization.years);
  const best = bestYear(organization.organizationYears);
  return {
    firstYear,
    latestYear: Math.max(...organization.years),
    yearCount: new Set(organization.years).size,
    archiveYearCount: yearsSince(firstYear, [...archiveYears, ...organization.years]).length,
    longestRun: longestRun(organization.years)!,
    projectCount: organization.projectCount,
    ...(best && best.projectCount > 0 && { bestYear: best }),
  };
}

/** How an organization took part, against the catalog's years. */
export function takingPartOf(organization: Organization): TakingPart {
  return takingPart(
    organization,
    listYears().map((year) => year.year),
  );
}

/** Which organizations of a year are new to the archive, and how many returned. */
export interface Newcomers {
  /** Slugs of the organizations whose first year in the archive this is. */
  newSlugs: Set<string>;
  returningCount: number;
  /** False in the archive's first year, where there is no earlier year to compare with. */
  comparable: boolean;
}

/** The newcomers of `year` among the given organizations (those of that year), given the archive's first year. */
export function newcomers(year: number, organizations: readonly Pick<Organization, 'slug' | 'years'>[], firstArchiveYear: number): Newcomers {
  const newSlugs = new Set(organizations.filter((organization) => Math.min(...organization.years) === year).map((organization) => organization.slug));
  return { newSlugs, returningCount: organizations.length - newSlugs.size, comparable: year > firstArchiveYear };
}

/** The newcomers of one of the catalog's years. */
export function newcomersOf(year: Year): Newcomers {
  const organizations = [...new Set(year.organizationYears.map((organizationYear) => organizationYear.slug))].map((slug) => getOrganization(slug)!);
  return newcomers(year.year, organizations, listYears()[0]!.year);
}
