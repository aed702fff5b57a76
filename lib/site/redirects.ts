/**
 * Redirect pages for earlier slugs: when organizations merge or a curator renames one, every
 * link ever shared to its old pages still lands on the new ones (each organization-year redirects
 * the slugs it had; the organization page redirects them all); and a technology's other
 * spellings ("golang", "nodejs") lead to its one page.
 */
import { ORGANIZATIONS_PATH, organizationPath, organizationRouteParams, organizationYearPath, projectPath, TECHNOLOGIES_PATH, technologyPath } from '../paths';
import { listOrganizations, projectsOf } from './catalog';
import { getTechnology, listTechnologies, technologySlug } from './technologies';

export interface Redirect {
  /** The old path, like /orgs/xen-org/2010/. */
  from: string;
  /** Where it lives now, like /orgs/xen-project/2010/. */
  to: string;
}

let cached: Map<string, Redirect> | undefined;

function redirects(): Map<string, Redirect> {
  if (cached) return cached;
  cached = new Map();
  const add = (from: string, to: string) => {
    if (!cached!.has(from)) cached!.set(from, { from, to });
  };
  for (const organization of listOrganizations()) {
    for (const alias of organization.aliases) add(organizationPath(alias), organization.path);
    for (const organizationYear of organization.organizationYears) {
      for (const alias of organizationYear.aliases) {
        add(organizationYearPath(alias, organizationYear), organizationYear.path);
        for (const project of projectsOf(organizationYear)) add(projectPath(alias, organizationYear, project.slug), project.path);
      }
    }
  }
  for (const technology of listTechnologies()) {
    for (const spelling of technology.spellings) {
      const slug = technologySlug(spelling);
      // A spelling that is another technology's slug keeps its own page.
      if (slug !== technology.slug && !getTechnology(slug)) add(technologyPath(slug), technology.path);
    }
  }
  return cached;
}

/** Every redirect, in no particular order. */
export function listRedirects(): Redirect[] {
  return [...redirects().values()];
}

/** The redirect from an old path, if it is one. */
export function getRedirect(path: string): Redirect | undefined {
  return redirects().get(path);
}

/** The old paths with 1 (organization), 2 (organization-year) or 3 (project) segments under /orgs/. */
export function redirectPathsAtDepth(depth: 1 | 2 | 3): string[] {
  return listRedirects()
    .map((redirect) => redirect.from)
    .filter((from) => from.startsWith(ORGANIZATIONS_PATH) && Object.keys(organizationRouteParams(from)).length === depth);
}

/** The old technology slugs that redirect: for generateStaticParams. */
export function technologyRedirectSlugs(): string[] {
  return listRedirects()
    .map((redirect) => redirect.from)
    .filter((from) => from.startsWith(TECHNOLOGIES_PATH))
    .map((from) => from.slice(TECHNOLOGIES_PATH.length, -1));
}
