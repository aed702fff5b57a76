/** Hand-made records for the site's pure functions: only what a test names, sensible defaults for the rest. */
import type { OrganizationYear, Project } from '../../lib/content/schema';
import { organizationPath, organizationYearPath, projectPath } from '../../lib/paths';
import { projectsPerYear, type Organization } from '../../lib/site/catalog';
import { slugify } from '../../lib/slugs';

/** One organization-year of Summer of Code (unless `programId` says Code-in). */
export function organizationYear(slug: string, year: number, fields: Partial<OrganizationYear> = {}): OrganizationYear {
  const programId = fields.programId ?? 'gsoc';
  return {
    program: programId === 'gsoc' ? 'Google Summer of Code' : 'Google Code-in',
    programId,
    year,
    name: slug,
    slug,
    aliases: [],
    path: organizationYearPath(slug, { programId, year }),
    description: '',
    markup: 'text',
    links: [],
    topics: [],
    technologies: [],
    topicsAsWritten: [],
    technologiesAsWritten: [],
    projectCount: 0,
    source: { file: `${year}/${slug}.md`, line: 1 },
    ...fields,
  };
}

/** An organization of the given organization-years (newest first, as the catalog keeps them). */
export function organization(organizationYears: OrganizationYear[]): Organization {
  const sorted = [...organizationYears].sort((a, b) => b.year - a.year);
  const latest = sorted[0]!;
  return {
    slug: latest.slug,
    name: latest.name,
    path: organizationPath(latest.slug),
    organizationYears: sorted,
    projectCount: sorted.reduce((sum, each) => sum + each.projectCount, 0),
    years: [...new Set(sorted.map((each) => each.year))].sort((a, b) => a - b),
    latest,
    aliases: [],
    projectsByYear: projectsPerYear(sorted),
    formerNames: [],
  };
}

/** A project of an organization-year. */
export function project(of: OrganizationYear, title: string): Project {
  const slug = slugify(title);
  return {
    title,
    abstract: '',
    markup: 'text',
    organization: of.name,
    organizationSlug: of.slug,
    program: of.program,
    programId: of.programId,
    year: of.year,
    technologies: [],
    organizationTechnologies: of.technologies,
    slug,
    path: projectPath(of.slug, of, slug),
    source: of.source,
  };
}
