/**
 * Redirect pages for organizations' earlier slugs (aliases): when organizations merge or a
 * curator renames one, every link ever shared to its old pages still lands on the new ones.
 * Each organization-year redirects the slugs it had; the organization page redirects them all.
 */
import { organizationPath, organizationRouteParams, organizationYearPath, projectPath } from '../paths';
import { listOrganizations, projectsOf } from './catalog';

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
    .filter((from) => Object.keys(organizationRouteParams(from)).length === depth);
}
