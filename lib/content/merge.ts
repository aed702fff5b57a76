/**
 * One organization across eras and renames. Pages name organizations as the archive did in
 * each year ("Xen.org" in 2010, "Xen Project" in 2018), so their slugs differ; this pass gives
 * names that are trivially the same one slug:
 *
 * 1. names equal up to case, punctuation, accents, a leading "The" and a bracketed part
 *    ("The Apache Software Foundation" = "Apache Software Foundation",
 *    "GNU Compiler Collection (GCC)" = "GNU Compiler Collection");
 * 2. names equal once a trailing "Project", "Foundation", "Initiative" or ".org" is dropped
 *    ("Xen.org" = "Xen Project").
 *
 * Either merges only where it is unambiguous: never when two of the names took part in the same
 * program and year, since then they are two organizations.
 *
 * A curator merges anything else by giving the pages the same `slug:`. The merged organization
 * takes the slug of its most recent name; each organization-year keeps the slug it had as an
 * alias, so its old permalinks redirect instead of breaking.
 */
import type { ProgramId } from '../programs';
import { groupBy } from '../group-by';

const DROPPABLE_SUFFIXES = new Set(['project', 'foundation', 'initiative', 'org']);

/** What merging needs to know of an organization-year. */
export interface MergeCandidate {
  name: string;
  slug: string;
  programId: ProgramId;
  year: number;
  /** The curator set this slug in front matter: it is kept, and wins within its group. */
  explicitSlug: boolean;
}

export interface Merge {
  /** The slug the merged organization has now. */
  slug: string;
  /** Slugs that pointed to parts of it before merging, and now redirect. */
  mergedSlugs: string[];
  /** Every name it had, oldest first, with the years of each. */
  names: { name: string; years: number[] }[];
  /** Why: "same name" (rule 1) or "same name but for a suffix" (rule 2). */
  rule: 'same name' | 'same name but for a suffix';
}

/** The name with case, accents, punctuation, "The" and bracketed parts gone: "the xen project" → "xen project". */
export function strictNameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the\s+/, '');
}

/** The strict key without a trailing "project", "foundation", "initiative" or "org". */
export function looseNameKey(name: string): string {
  const words = strictNameKey(name).split(' ');
  while (words.length > 1 && DROPPABLE_SUFFIXES.has(words.at(-1)!)) words.pop();
  return words.join(' ');
}

/**
 * The final slug of each candidate (same order), and the merges that changed any slug.
 * Candidates with the same slug are one organization already and stay together.
 */
export function mergeOrganizations(candidates: readonly MergeCandidate[]): { slugs: string[]; merges: Merge[] } {
  const groups = new UnionFind(candidates.map((candidate) => candidate.slug));
  const rules = new Map<string, Merge['rule']>();

  // Two groups meeting in one program-year are two organizations, whatever their names say.
  const mergeUnlessTheyMet = (sameName: MergeCandidate[], rule: Merge['rule']) => {
    const editionsByGroup = new Map<string, Set<string>>();
    for (const candidate of sameName) {
      const root = groups.find(candidate.slug);
      const editions = editionsByGroup.get(root) ?? new Set<string>();
      editions.add(`${candidate.programId}/${candidate.year}`);
      editionsByGroup.set(root, editions);
    }
    if (editionsByGroup.size < 2) return;
    const seen = new Set<string>();
    for (const editions of editionsByGroup.values()) {
      for (const edition of editions) {
        if (seen.has(edition)) return;
        seen.add(edition);
      }
    }
    for (const candidate of sameName.slice(1)) if (groups.union(sameName[0]!.slug, candidate.slug)) rules.set(candidate.slug, rule);
  };
  for (const sameName of groupBy(candidates, (candidate) => strictNameKey(candidate.name) || candidate.slug).values()) mergeUnlessTheyMet(sameName, 'same name');
  for (const sameStem of groupBy(candidates, (candidate) => looseNameKey(candidate.name) || candidate.slug).values()) mergeUnlessTheyMet(sameStem, 'same name but for a suffix');

  // Each group takes its curator's slug, else the slug of its most recent name.
  const members = groupBy(candidates, (candidate) => groups.find(candidate.slug));
  const finalSlug = new Map<string, string>();
  const merges: Merge[] = [];
  for (const group of members.values()) {
    const ordered = [...group].sort((a, b) => b.year - a.year || (a.programId === b.programId ? 0 : a.programId === 'gsoc' ? -1 : 1) || a.slug.localeCompare(b.slug));
    const explicit = ordered.find((candidate) => candidate.explicitSlug);
    const slug = (explicit ?? ordered[0]!).slug;
    const slugs = [...new Set(group.map((candidate) => candidate.slug))];
    for (const original of slugs) finalSlug.set(original, slug);
    if (slugs.length > 1 || slugs[0] !== slug) {
      const names = groupBy([...group].sort((a, b) => a.year - b.year), (candidate) => candidate.name);
      merges.push({
        slug,
        mergedSlugs: slugs.filter((original) => original !== slug).sort(),
        names: [...names].map(([name, withName]) => ({ name, years: [...new Set(withName.map((candidate) => candidate.year))] })),
        rule: slugs.some((original) => rules.get(original) === 'same name but for a suffix') ? 'same name but for a suffix' : 'same name',
      });
    }
  }
  merges.sort((a, b) => a.slug.localeCompare(b.slug));
  return { slugs: candidates.map((candidate) => finalSlug.get(candidate.slug)!), merges };
}


/** Disjoint sets of slugs: which slugs have become one organization. */
class UnionFind {
  private readonly parent = new Map<string, string>();

  constructor(items: readonly string[]) {
    for (const item of items) this.parent.set(item, item);
  }

  find(item: string): string {
    let root = item;
    while (this.parent.get(root) !== root) root = this.parent.get(root)!;
    // Path compression: later finds are one step.
    for (let node = item; node !== root; ) {
      const next = this.parent.get(node)!;
      this.parent.set(node, root);
      node = next;
    }
    return root;
  }

  /** Joins the sets of a and b; true if they were apart. */
  union(a: string, b: string): boolean {
    const rootA = this.find(a);
    const rootB = this.find(b);
    if (rootA === rootB) return false;
    this.parent.set(rootB < rootA ? rootA : rootB, rootB < rootA ? rootB : rootA);
    return true;
  }
}
