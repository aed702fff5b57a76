/**
 * Technologies as the modern archive tags organizations ("python", "rust", "web services"): one
 * page each, listing the organizations that use it and their projects. Spellings that make the
 * same slug ("Python", "python") are one technology, named as most pages spell it.
 */
import type { OrganizationYear, Project } from '../content/schema';
import { groupBy } from '../group-by';
import { technologyPath } from '../paths';
import { slugify } from '../slugs';
import { getOrganization, listOrganizationYears, projectsOf, type Organization } from './catalog';

export interface TechnologyUse {
  organization: Organization;
  /** The organization-years tagged with the technology, newest first. */
  organizationYears: OrganizationYear[];
  projectCount: number;
}

export interface Technology {
  slug: string;
  name: string;
  path: string;
  /** Organizations using it, most projects first. */
  uses: TechnologyUse[];
  projectCount: number;
  /** Its projects, newest first. */
  projects: Project[];
}

export function technologySlug(name: string): string {
  return slugify(name);
}

let cached: Map<string, Technology> | undefined;

function technologies(): Map<string, Technology> {
  if (cached) return cached;
  const spellings = new Map<string, Map<string, number>>();
  const organizationYearsBySlug = new Map<string, OrganizationYear[]>();
  for (const organizationYear of listOrganizationYears()) {
    for (const name of new Set(organizationYear.technologies)) {
      const slug = technologySlug(name);
      const counts = spellings.get(slug) ?? new Map<string, number>();
      counts.set(name, (counts.get(name) ?? 0) + 1);
      spellings.set(slug, counts);
      const organizationYears = organizationYearsBySlug.get(slug);
      if (organizationYears) organizationYears.push(organizationYear);
      else organizationYearsBySlug.set(slug, [organizationYear]);
    }
  }
  cached = new Map();
  for (const [slug, organizationYears] of organizationYearsBySlug) {
    const uses = [...groupBy(organizationYears, (organizationYear) => organizationYear.slug)].map(([organizationSlug, used]): TechnologyUse => {
      used.sort((a, b) => b.year - a.year);
      return { organization: getOrganization(organizationSlug)!, organizationYears: used, projectCount: used.reduce((sum, organizationYear) => sum + organizationYear.projectCount, 0) };
    });
    uses.sort((a, b) => b.projectCount - a.projectCount || a.organization.name.localeCompare(b.organization.name));
    const projects = organizationYears.flatMap((organizationYear) => projectsOf(organizationYear)).sort((a, b) => b.year - a.year || a.organization.localeCompare(b.organization) || a.title.localeCompare(b.title));
    const name = [...spellings.get(slug)!].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
    cached.set(slug, { slug, name, path: technologyPath(slug), uses, projectCount: projects.length, projects });
  }
  return cached;
}

/** All technologies, A–Z. */
export function listTechnologies(): Technology[] {
  return [...technologies().values()].sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
}

export function getTechnology(slug: string): Technology | undefined {
  return technologies().get(slug);
}
