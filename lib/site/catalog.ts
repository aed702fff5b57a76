/**
 * The catalog as the site reads it: loaded once per process from CONTENT_DIR, then indexed by the
 * lookups the pages need. The page registry (lib/site/pages.ts) lists the site's pages through
 * these getters, and the route, the sitemap and the link checker read that one list.
 */
import { loadCatalog, type Catalog } from '../content/load';
import { readSnapshot } from '../content/snapshot';
import { PROGRAMS, type ProgramId } from '../programs';
import type { OrganizationYear, Project } from '../content/schema';
import { organizationPath, organizationYearPath, parseOrganizationPath } from '../paths';
import { CONTENT_DIR } from './publishing';
import { groupBy } from '../group-by';

/** One organization across all its years and programs. */
export interface Organization {
  slug: string;
  /** Its name in its latest year. */
  name: string;
  path: string;
  /** Its organization-years, newest first (Summer of Code before Code-in within a year). */
  organizationYears: OrganizationYear[];
  projectCount: number;
  /** Distinct years it took part in, oldest first. */
  years: number[];
  latest: OrganizationYear;
  aliases: string[];
  /** Its projects in each year it took part, all programs of a year together, oldest first. */
  projectsByYear: { year: number; count: number }[];
  /** Other names its pages gave it, most recent first, with the years of each: "formerly KDE". */
  formerNames: { name: string; years: number[] }[];
}

export interface Year {
  year: number;
  /** Organization-years of that year, A–Z, Summer of Code first then Code-in. */
  organizationYears: OrganizationYear[];
  organizationCount: number;
  projectCount: number;
  programs: ProgramId[];
}

interface SiteCatalog {
  organizations: Organization[];
  organizationsBySlug: Map<string, Organization>;
  organizationYearsByPath: Map<string, OrganizationYear>;
  projectsByOrganizationYearPath: Map<string, Project[]>;
  projectsByPath: Map<string, Project>;
  years: Year[];
  projects: Project[];
}

let cached: SiteCatalog | undefined;

function siteCatalog(): SiteCatalog {
  cached ??= indexCatalog();
  return cached;
}

const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const programOrder = (programId: ProgramId) => PROGRAMS.findIndex((program) => program.id === programId);

/**
 * The records: in `next build`, the snapshot `catalog build-data` saved just before (checked,
 * and parsed once for all of Next's workers); otherwise, or if the content changed since, the
 * content folder itself.
 */
function loadRecords(): Pick<Catalog, 'organizationYears' | 'projects'> {
  const snapshot = process.env.NODE_ENV === 'production' ? readSnapshot(CONTENT_DIR) : undefined;
  if (snapshot) return snapshot;
  const catalog = loadCatalog(CONTENT_DIR);
  if (catalog.stats.errors > 0) {
    // In `next dev` the site shows what loaded, and says what did not.
    console.warn(`${catalog.stats.errors} content errors in ${CONTENT_DIR}; run \`npm run catalog -- check\` to see them`);
  }
  return catalog;
}

function indexCatalog(): SiteCatalog {
  const catalog = loadRecords();

  const organizationYearsByPath = new Map(catalog.organizationYears.map((organizationYear) => [organizationYear.path, organizationYear]));
  const projectsByOrganizationYearPath = groupBy(catalog.projects, (project) => organizationYearPath(project.organizationSlug, project));

  const organizations = organizationsOf(catalog.organizationYears);

  const years: Year[] = [...groupBy(catalog.organizationYears, (organizationYear) => organizationYear.year)]
    .map(([year, organizationYears]) => {
      organizationYears.sort((a, b) => programOrder(a.programId) - programOrder(b.programId) || byName.compare(a.name, b.name));
      return {
        year,
        organizationYears,
        organizationCount: new Set(organizationYears.map((organizationYear) => organizationYear.slug)).size,
        projectCount: sumProjects(organizationYears),
        programs: [...new Set(organizationYears.map((organizationYear) => organizationYear.programId))],
      };
    })
    .sort((a, b) => a.year - b.year);

  return {
    organizations,
    organizationsBySlug: new Map(organizations.map((organization) => [organization.slug, organization])),
    organizationYearsByPath,
    projectsByOrganizationYearPath,
    projectsByPath: new Map(catalog.projects.map((project) => [project.path, project])),
    years,
    projects: catalog.projects,
  };
}


/**
 * The organizations of some organization-years, A–Z: each slug's organization-years grouped, newest
 * first. The site's getters and the open data files (open-data.ts) both build them here.
 */
export function organizationsOf(allOrganizationYears: readonly OrganizationYear[]): Organization[] {
  const organizations: Organization[] = [...groupBy(allOrganizationYears, (organizationYear) => organizationYear.slug)].map(([slug, organizationYears]) => {
    organizationYears.sort((a, b) => b.year - a.year || programOrder(a.programId) - programOrder(b.programId));
    const latest = organizationYears[0]!;
    return {
      slug,
      name: latest.name,
      path: organizationPath(slug),
      organizationYears,
      projectCount: sumProjects(organizationYears),
      years: [...new Set(organizationYears.map((organizationYear) => organizationYear.year))].sort((a, b) => a - b),
      latest,
      aliases: [...new Set(organizationYears.flatMap((organizationYear) => organizationYear.aliases))],
      projectsByYear: projectsPerYear(organizationYears),
      formerNames: [...groupBy(organizationYears, (organizationYear) => organizationYear.name)]
        .filter(([name]) => name !== latest.name)
        .map(([name, named]) => ({ name, years: [...new Set(named.map((organizationYear) => organizationYear.year))].sort((a, b) => a - b) })),
    };
  });
  organizations.sort((a, b) => byName.compare(a.name, b.name));
  return organizations;
}

/** Projects per year of some organization-years, all programs of a year together, oldest first. */
export function projectsPerYear(organizationYears: readonly Pick<OrganizationYear, 'year' | 'projectCount'>[]): { year: number; count: number }[] {
  const counts = new Map<number, number>();
  for (const { year, projectCount } of organizationYears) counts.set(year, (counts.get(year) ?? 0) + projectCount);
  return [...counts].map(([year, count]) => ({ year, count })).sort((a, b) => a.year - b.year);
}

function sumProjects(organizationYears: OrganizationYear[]): number {
  return organizationYears.reduce((sum, organizationYear) => sum + organizationYear.projectCount, 0);
}

/** All organizations, A–Z. */
export function listOrganizations(): Organization[] {
  return siteCatalog().organizations;
}

export function getOrganization(slug: string): Organization | undefined {
  return siteCatalog().organizationsBySlug.get(slug);
}

/** The organization at a path (lib/paths.ts), like "/orgs/xen-project/". */
export function getOrganizationAt(path: string): Organization | undefined {
  const parts = parseOrganizationPath(path);
  return parts && !parts.edition ? getOrganization(parts.organizationSlug) : undefined;
}

/** All organization-years, in no particular order. */
export function listOrganizationYears(): OrganizationYear[] {
  return [...siteCatalog().organizationYearsByPath.values()];
}

/** The organization-year at a path (lib/paths.ts), like "/orgs/xen-project/2014/". */
export function getOrganizationYear(path: string): OrganizationYear | undefined {
  return siteCatalog().organizationYearsByPath.get(path);
}

/** The projects of an organization-year, in page order. */
export function projectsOf(organizationYear: Pick<OrganizationYear, 'path'>): Project[] {
  return siteCatalog().projectsByOrganizationYearPath.get(organizationYear.path) ?? [];
}

export function listProjects(): Project[] {
  return siteCatalog().projects;
}

/** The project at a permalink, like "/orgs/xen-project/2014/lazy-restore/". */
export function getProject(path: string): Project | undefined {
  return siteCatalog().projectsByPath.get(path);
}

/** Years with at least one organization, oldest first. */
export function listYears(): Year[] {
  return siteCatalog().years;
}

export function getYear(year: number): Year | undefined {
  return siteCatalog().years.find((candidate) => candidate.year === year);
}

export function catalogTotals() {
  const { organizations, organizationYearsByPath, projects, years } = siteCatalog();
  return {
    organizations: organizations.length,
    organizationYears: organizationYearsByPath.size,
    projects: projects.length,
    firstYear: years[0]?.year,
    lastYear: years.at(-1)?.year,
  };
}
