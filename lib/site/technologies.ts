/**
 * Technologies as the modern archive tags organization-years ("python", "rust", "web services"):
 * one page per canonical technology (lib/content/tags.ts), listing the organizations that use it
 * and their projects, those that name it themselves first. In the archive a technology belongs to
 * the organization-year, not to each project: the pages say so, and count organizations.
 */
import { tagVocabularies } from '../content/catalog';
import type { OrganizationYear, Project } from '../content/schema';
import { splitTagList } from '../content/tags';
import { groupBy } from '../group-by';
import { technologyPath } from '../paths';
import { technologySlug } from '../slugs';
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
  organizationYearCount: number;
  /** Projects of the organization-years that use it. */
  projectCount: number;
  /** How many of those name it in their own title or abstract. */
  ownProjectCount: number;
  /** Its projects: those that name it themselves first, then the rest; newest first within each. */
  projects: Project[];
  /** Other spellings pages gave it, whose slugs redirect here. */
  spellings: string[];
}

export { technologySlug };

let cached: Map<string, Technology> | undefined;

function technologies(): Map<string, Technology> {
  if (cached) return cached;
  const organizationYearsByName = new Map<string, OrganizationYear[]>();
  for (const organizationYear of listOrganizationYears()) {
    for (const name of organizationYear.technologies) {
      const list = organizationYearsByName.get(name) ?? [];
      list.push(organizationYear);
      organizationYearsByName.set(name, list);
    }
  }
  // Each canonical technology with the spellings pages gave it: their slugs redirect to its page.
  const spellingsByName = new Map(tagVocabularies(listOrganizationYears()).technology.list().map((tag) => [tag.name, tag.spellings]));
  cached = new Map();
  for (const [name, organizationYears] of organizationYearsByName) {
    const uses = [...groupBy(organizationYears, (organizationYear) => organizationYear.slug)].map(([organizationSlug, used]): TechnologyUse => {
      used.sort((a, b) => b.year - a.year);
      return { organization: getOrganization(organizationSlug)!, organizationYears: used, projectCount: used.reduce((sum, organizationYear) => sum + organizationYear.projectCount, 0) };
    });
    uses.sort((a, b) => b.projectCount - a.projectCount || a.organization.name.localeCompare(b.organization.name));
    const newestFirst = (a: Project, b: Project) => b.year - a.year || a.organization.localeCompare(b.organization) || a.title.localeCompare(b.title);
    const all = organizationYears.flatMap((organizationYear) => projectsOf(organizationYear));
    const own = all.filter((project) => project.technologies.includes(name)).sort(newestFirst);
    const others = all.filter((project) => !project.technologies.includes(name)).sort(newestFirst);
    const slug = technologySlug(name);
    cached.set(slug, {
      slug,
      name,
      path: technologyPath(slug),
      uses,
      organizationYearCount: organizationYears.length,
      projectCount: all.length,
      ownProjectCount: own.length,
      projects: [...own, ...others],
      spellings: (spellingsByName.get(name) ?? []).filter((spelling) => spelling !== name && splitTagList(spelling).length === 1),
    });
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
