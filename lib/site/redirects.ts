/**
 * Redirect pages for earlier slugs: when organizations merge or a curator renames one, every
 * link ever shared to its old pages still lands on the new ones (each organization-year redirects
 * the slugs it had; the organization page redirects them all); and the other spellings of a
 * technology, topic or category ("golang", "machine-learning") lead to its one page.
 */
import { organizationPath, organizationYearPath, projectPath } from '../paths';
import { listOrganizations, projectsOf } from './catalog';
import { spellingRedirects } from './tag-index';
import { TAG_INDEXES, TAG_KINDS } from './tag-indexes';

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
  for (const kind of TAG_KINDS) for (const redirect of spellingRedirects(kind, TAG_INDEXES[kind].list())) add(redirect.from, redirect.to);
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
