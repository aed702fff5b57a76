/**
 * The catalog as the site reads it: loaded once per process from CONTENT_DIR, then indexed by the
 * lookups the pages need. Every route, the sitemap and generateStaticParams go through these
 * getters, so a page is in the sitemap exactly when it is built.
 */
import { loadCatalog, type Catalog } from '../content/load';
import { readSnapshot } from '../content/snapshot';
import { editionSegment, PROGRAMS, type ProgramId } from '../content/programs';
import type { OrganizationYear, Project } from '../content/schema';
import { organizationPath, organizationYearPath } from '../slugs';
import { CONTENT_DIR } from './config';

/** One organization across all its years and programs. */
export interface Organization {
  slug: string;
  /** Its name in its latest year. */
  name: string;
  path: string;
  /** Its organization-years, newest first (Summer of Code before Code-in within a year). */
  editions: OrganizationYear[];
  projectCount: number;
  /** Distinct years it took part in, oldest first. */
  years: number[];
  latest: OrganizationYear;
  aliases: string[];
}

export interface Year {
  year: number;
  /** Organization-years of that year, A–Z, Summer of Code first then Code-in. */
  editions: OrganizationYear[];
  organizationCount: number;
  projectCount: number;
  programs: ProgramId[];
}

interface SiteCatalog {
  organizations: Organization[];
  organizationsBySlug: Map<string, Organization>;
  editionsByPath: Map<string, OrganizationYear>;
  projectsByEditionPath: Map<string, Project[]>;
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
function loadRecords(): Pick<Catalog, 'organizations' | 'projects'> {
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

  const editionsByPath = new Map(catalog.organizations.map((edition) => [edition.path, edition]));
  const projectsByEditionPath = new Map<string, Project[]>();
  for (const project of catalog.projects) {
    const editionPath = organizationYearPath(project.organizationSlug, project.programId, project.year);
    const list = projectsByEditionPath.get(editionPath) ?? [];
    list.push(project);
    projectsByEditionPath.set(editionPath, list);
  }

  const editionsBySlug = new Map<string, OrganizationYear[]>();
  for (const edition of catalog.organizations) {
    const list = editionsBySlug.get(edition.slug) ?? [];
    list.push(edition);
    editionsBySlug.set(edition.slug, list);
  }
  const organizations: Organization[] = [...editionsBySlug].map(([slug, editions]) => {
    editions.sort((a, b) => b.year - a.year || programOrder(a.programId) - programOrder(b.programId));
    const latest = editions[0]!;
    return {
      slug,
      name: latest.name,
      path: organizationPath(slug),
      editions,
      projectCount: editions.reduce((sum, edition) => sum + edition.projectCount, 0),
      years: [...new Set(editions.map((edition) => edition.year))].sort((a, b) => a - b),
      latest,
      aliases: [...new Set(editions.flatMap((edition) => edition.aliases))],
    };
  });
  organizations.sort((a, b) => byName.compare(a.name, b.name));

  const editionsByYear = new Map<number, OrganizationYear[]>();
  for (const edition of catalog.organizations) {
    const list = editionsByYear.get(edition.year) ?? [];
    list.push(edition);
    editionsByYear.set(edition.year, list);
  }
  const years: Year[] = [...editionsByYear]
    .map(([year, editions]) => {
      editions.sort((a, b) => programOrder(a.programId) - programOrder(b.programId) || byName.compare(a.name, b.name));
      return {
        year,
        editions,
        organizationCount: new Set(editions.map((edition) => edition.slug)).size,
        projectCount: editions.reduce((sum, edition) => sum + edition.projectCount, 0),
        programs: [...new Set(editions.map((edition) => edition.programId))],
      };
    })
    .sort((a, b) => a.year - b.year);

  return {
    organizations,
    organizationsBySlug: new Map(organizations.map((organization) => [organization.slug, organization])),
    editionsByPath,
    projectsByEditionPath,
    projectsByPath: new Map(catalog.projects.map((project) => [project.path, project])),
    years,
    projects: catalog.projects,
  };
}

/** All organizations, A–Z. */
export function listOrganizations(): Organization[] {
  return siteCatalog().organizations;
}

export function getOrganization(slug: string): Organization | undefined {
  return siteCatalog().organizationsBySlug.get(slug);
}

/** All organization-years, in no particular order. */
export function listOrganizationYears(): OrganizationYear[] {
  return [...siteCatalog().editionsByPath.values()];
}

export function getOrganizationYear(slug: string, edition: string): OrganizationYear | undefined {
  return siteCatalog().editionsByPath.get(`/orgs/${slug}/${edition}/`);
}

/** The projects of an organization-year, in page order. */
export function projectsOf(edition: Pick<OrganizationYear, 'path'>): Project[] {
  return siteCatalog().projectsByEditionPath.get(edition.path) ?? [];
}

export function listProjects(): Project[] {
  return siteCatalog().projects;
}

export function getProject(slug: string, edition: string, projectSlug: string): Project | undefined {
  return siteCatalog().projectsByPath.get(`/orgs/${slug}/${edition}/${projectSlug}/`);
}

/** Years with at least one organization, oldest first. */
export function listYears(): Year[] {
  return siteCatalog().years;
}

export function getYear(year: number): Year | undefined {
  return siteCatalog().years.find((candidate) => candidate.year === year);
}

export function catalogTotals() {
  const { organizations, editionsByPath, projects, years } = siteCatalog();
  return {
    organizations: organizations.length,
    organizationYears: editionsByPath.size,
    projects: projects.length,
    firstYear: years[0]?.year,
    lastYear: years.at(-1)?.year,
  };
}

/** The URL segment of an organization-year: "2014", or "code-in-2014" for Code-in. */
export function editionOf(edition: Pick<OrganizationYear, 'programId' | 'year'>): string {
  return editionSegment(edition.programId, edition.year);
}
