/**
 * One index for the three kinds of tag the archive gives an organization-year: technologies
 * ("python"), topics ("machine learning") and its category ("Science and medicine"). Each canonical
 * tag (lib/content/tag-vocabulary.ts) gets one page listing the organizations that gave it, with their years
 * and projects; its other spellings' slugs redirect there. In the archive every tag belongs to the
 * organization-year, never to a project: the index counts organizations and organization-years, and
 * a tag's projects are those of its organization-years. lib/site/technologies.ts, topics.ts and
 * categories.ts are this index for one kind each.
 */
import { tagVocabularies } from '../content/build-catalog';
import type { OrganizationYear, Project } from '../content/schema';
import { splitTagList, type TagKind } from '../content/tag-vocabulary';
import { groupBy } from '../group-by';
import { tagPath } from '../paths';
import { tagSlug } from '../slugs';
import { listOrganizations, listOrganizationYears, projectsOf, type Organization } from './catalog';

export type { TagKind };

export { TAG_KIND_WORDS } from './tag-words';

/** One organization's use of a tag. */
export interface TagUse {
  organization: Organization;
  /** Its organization-years that carry the tag, newest first. */
  organizationYears: OrganizationYear[];
  projectCount: number;
}

/** One canonical technology, topic or category. */
export interface Tag {
  kind: TagKind;
  slug: string;
  name: string;
  path: string;
  /** The organizations that gave it, most projects first. */
  uses: TagUse[];
  organizationYearCount: number;
  /** The projects of those organization-years, newest first. */
  projects: Project[];
  /** Other spellings pages gave it, whose slugs redirect here. */
  spellings: string[];
}

/** The canonical tags of one kind that an organization-year carries. */
export function tagsOf(kind: TagKind, organizationYear: Pick<OrganizationYear, 'category' | 'topics' | 'technologies'>): string[] {
  if (kind === 'category') return organizationYear.category ? [organizationYear.category] : [];
  return kind === 'topic' ? organizationYear.topics : organizationYear.technologies;
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' });
const newestFirst = (a: Project, b: Project) => b.year - a.year || a.organization.localeCompare(b.organization) || a.title.localeCompare(b.title);

/**
 * The tags of one kind over the given organizations, A–Z. `projectsOf` gives an organization-year's
 * projects; `spellingsOf` a canonical name's spellings as pages wrote them (tagVocabularies).
 */
export function indexTags(
  kind: TagKind,
  organizations: readonly Organization[],
  projectsOf: (organizationYear: OrganizationYear) => Project[],
  spellingsOf: (name: string) => readonly string[] = () => [],
): Tag[] {
  const usesByName = new Map<string, TagUse[]>();
  for (const organization of organizations) {
    const byTag = groupBy(
      organization.organizationYears.flatMap((organizationYear) => tagsOf(kind, organizationYear).map((name) => ({ name, organizationYear }))),
      (tagged) => tagged.name,
    );
    for (const [name, tagged] of byTag) {
      const organizationYears = tagged.map(({ organizationYear }) => organizationYear);
      const use = { organization, organizationYears, projectCount: organizationYears.reduce((sum, organizationYear) => sum + organizationYear.projectCount, 0) };
      const uses = usesByName.get(name);
      if (uses) uses.push(use);
      else usesByName.set(name, [use]);
    }
  }
  const tags = [...usesByName].map(([name, uses]): Tag => {
    uses.sort((a, b) => b.projectCount - a.projectCount || byName(a.organization, b.organization));
    const slug = tagSlug(name);
    return {
      kind,
      slug,
      name,
      path: tagPath(kind, slug),
      uses,
      organizationYearCount: uses.reduce((sum, use) => sum + use.organizationYears.length, 0),
      projects: uses.flatMap((use) => use.organizationYears.flatMap(projectsOf)).sort(newestFirst),
      // A list ("html/css") is several tags: its slug would name none of them.
      spellings: spellingsOf(name).filter((spelling) => spelling !== name && (kind === 'category' || splitTagList(spelling).length === 1)),
    };
  });
  return tags.sort(byName);
}

/** The slugs of other spellings that lead to a tag's page: those that are no tag's own slug. */
export function spellingRedirects(kind: TagKind, tags: readonly Tag[]): { from: string; to: string }[] {
  const own = new Set(tags.map((tag) => tag.slug));
  const redirects = new Map<string, string>();
  for (const tag of tags) {
    for (const spelling of tag.spellings) {
      const slug = tagSlug(spelling);
      if (slug && !own.has(slug) && !redirects.has(slug)) redirects.set(slug, tag.path);
    }
  }
  return [...redirects].map(([slug, to]) => ({ from: tagPath(kind, slug), to }));
}

let vocabularies: ReturnType<typeof tagVocabularies> | undefined;

/** The catalog's vocabularies of all three kinds, read once for the three indexes. */
function catalogVocabularies(): ReturnType<typeof tagVocabularies> {
  vocabularies ??= tagVocabularies(listOrganizationYears());
  return vocabularies;
}

/** One kind's tags over the whole catalog, built on first use. */
export interface TagIndex<T extends Tag> {
  /** A–Z. */
  list(): T[];
  get(slug: string): T | undefined;
}

/**
 * The site's index of one kind, over the catalog, built once per process; `extend` adds what one
 * kind's pages need beyond the shared fields (technologies: the projects that name them).
 */
export function catalogTagIndex<T extends Tag>(kind: TagKind, extend: (tag: Tag) => T): TagIndex<T> {
  let built: { list: T[]; bySlug: Map<string, T> } | undefined;
  const build = () => {
    if (built) return built;
    const spellingsByName = new Map(catalogVocabularies()[kind].list().map((tag) => [tag.name, tag.spellings]));
    const list = indexTags(kind, listOrganizations(), projectsOf, (name) => spellingsByName.get(name) ?? []).map(extend);
    // Two names with one slug ("C#" and "c sharp" would be): the one more organization-years gave keeps it.
    const bySlug = new Map<string, T>();
    for (const tag of [...list].sort((a, b) => b.organizationYearCount - a.organizationYearCount)) if (!bySlug.has(tag.slug)) bySlug.set(tag.slug, tag);
    built = { list: list.filter((tag) => bySlug.get(tag.slug) === tag), bySlug };
    return built;
  };
  return { list: () => build().list, get: (slug) => build().bySlug.get(slug) };
}
