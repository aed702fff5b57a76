/**
 * Redirect pages for organizations' earlier slugs (aliases): when organizations merge or a
 * curator renames one, every link ever shared to its old pages still lands on the new ones.
 * Each organization-year redirects the slugs it had; the organization page redirects them all.
 */
import { editionSegment } from '../content/programs';
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
    for (const alias of organization.aliases) add(`/orgs/${alias}/`, organization.path);
    for (const edition of organization.editions) {
      for (const alias of edition.aliases) {
        const segment = editionSegment(edition.programId, edition.year);
        add(`/orgs/${alias}/${segment}/`, edition.path);
        for (const project of projectsOf(edition)) add(`/orgs/${alias}/${segment}/${project.slug}/`, project.path);
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

/** The route params of each redirect, by path depth: for generateStaticParams. */
export function redirectParams(depth: 1 | 2 | 3): string[][] {
  return listRedirects()
    .map((redirect) => redirect.from.split('/').filter(Boolean).slice(1))
    .filter((segments) => segments.length === depth);
}
