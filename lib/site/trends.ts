/**
 * The program's history in figures: per year, the organizations and projects, how many
 * organizations were new, returning, and back the next year; per technology, topic and category,
 * how many organizations named it and how many projects named it each year; what rose and fell.
 * Pure functions of the records (those `catalog dump` prints); lib/site/catalog-trends.ts reads
 * them off the site's catalog, the open data files off build-data's.
 *
 * The definitions, as README and /trends/ give them:
 * - A year is a calendar year, every program of it together (as the year pages count): an
 *   organization is counted once a year, whatever its organization-years that year.
 * - An organization is **new** in its first year in the archive and **returning** in a later year;
 *   the archive's first year has neither. It is **back the next year** when it also took part in
 *   the next calendar year; for a year whose next year the archive does not hold, that is unknown.
 * - An organization **names** a technology or topic in a year when one of its organization-years
 *   of that year is tagged with it (canonical values, lib/content/tag-vocabulary.ts). The archive tags from
 *   2016 on: earlier years have no such figure, not zero.
 * - A project **names** a technology or topic when its own title or abstract does, word or phrase,
 *   by the matching of the honest tags (lib/content/mentions.ts), against the whole vocabulary of
 *   its kind, whatever its organization's tags: so it is counted in every year from 2009.
 * - A category's projects in a year are those of the organization-years filed under it.
 * - A share is of that year's organizations (or projects), between 0 and 1.
 */
import { namesMatcher } from '../content/mentions';
import type { OrganizationYear, Project } from '../content/schema';
import type { TagKind } from '../content/tag-vocabulary';

export type TrendOrganizationYear = Pick<OrganizationYear, 'slug' | 'name' | 'year' | 'projectCount' | 'category' | 'topics' | 'technologies'>;
export type TrendProject = Pick<Project, 'year' | 'title' | 'abstract'>;

export interface TrendRecords {
  organizationYears: readonly TrendOrganizationYear[];
  projects: readonly TrendProject[];
}

/** One year of the whole archive. */
export interface YearFigures {
  year: number;
  organizations: number;
  projects: number;
  /** The median of the year's organizations' projects (all their organization-years of the year together). */
  medianProjects: number;
  /** Null in the archive's first year, where there is no earlier year to tell them apart. */
  newOrganizations: number | null;
  returningOrganizations: number | null;
  /** Of this year's organizations, those that took part in the next calendar year; null when the archive lacks that year. */
  backNextYear: number | null;
  backNextYearShare: number | null;
}

/** One year of one technology, topic or category. */
export interface TagYearFigures {
  year: number;
  /** Organizations that named it; null in a year whose pages carry no tag of its kind. */
  organizations: number | null;
  organizationShare: number | null;
  /** Technologies and topics: projects that name it. Categories: projects of the organization-years filed under it. */
  projects: number;
  projectShare: number;
}

/** An organization's use of a tag over the years. */
export interface TagUser {
  slug: string;
  /** Its name in its latest year. */
  name: string;
  /** The years it named the tag, oldest first. */
  years: number[];
}

export interface TagTrend {
  kind: TagKind;
  /** The canonical name. */
  name: string;
  /** Every year of the archive, oldest first. */
  years: TagYearFigures[];
  /** The organizations that named it in most years, most first (ties: the latest, then A–Z); at most LONGEST_USERS. */
  longestUsers: TagUser[];
}

/** How much a tag's share of organizations moved between two windows of years. */
export interface TagMovement {
  kind: TagKind;
  name: string;
  /** Organization-years naming it in the earlier window, and their share of that window's organization-years. */
  before: { count: number; share: number };
  after: { count: number; share: number };
  /** after.share − before.share. */
  change: number;
}

export interface Movements {
  /** The three years before the later window, and the last three years that carry tags of the kind. */
  before: number[];
  after: number[];
  rising: TagMovement[];
  falling: TagMovement[];
}

export interface Trends {
  years: YearFigures[];
  /** The years whose pages carry tags of each kind (2016 on in the archive), oldest first. */
  taggedYears: Record<TagKind, number[]>;
  /** Each kind's tags by canonical name (a Map: a tag may be named "constructor"). */
  tags: Record<TagKind, Map<string, TagTrend>>;
  /** Technologies and topics: undefined when the archive has fewer than six years of tags. */
  movements: Partial<Record<'technology' | 'topic', Movements>>;
}

/** Organizations shown as having used a tag longest. */
export const LONGEST_USERS = 5;
/** A tag moves into the rising or falling list only with this many organization-years in one of the two windows. */
export const MOVEMENT_MIN_COUNT = 10;
/** Tags listed as rising, and as falling. */
export const MOVEMENTS_SHOWN = 10;
/** Years in each window the movements compare. */
export const MOVEMENT_WINDOW = 3;

const TAG_KINDS: readonly TagKind[] = ['technology', 'topic', 'category'];

/** The median of some numbers (the mean of the middle two of an even count); 0 for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function tagsOfKind(kind: TagKind, organizationYear: TrendOrganizationYear): readonly string[] {
  if (kind === 'category') return organizationYear.category ? [organizationYear.category] : [];
  return kind === 'topic' ? organizationYear.topics : organizationYear.technologies;
}

/** A count per key, made on first add. */
function increment<K>(counts: Map<K, number>, key: K, by = 1): void {
  counts.set(key, (counts.get(key) ?? 0) + by);
}

/** Every figure of the trends, from the records. */
export function computeTrends(records: TrendRecords): Trends {
  const { organizationYears, projects } = records;
  const yearList = [...new Set(organizationYears.map((organizationYear) => organizationYear.year))].sort((a, b) => a - b);

  // Each organization's years, its projects per year, and its latest name.
  const yearsBySlug = new Map<string, Set<number>>();
  const projectsBySlugYear = new Map<string, Map<number, number>>();
  const latestName = new Map<string, { year: number; name: string }>();
  for (const organizationYear of organizationYears) {
    const { slug, year } = organizationYear;
    if (!yearsBySlug.has(slug)) yearsBySlug.set(slug, new Set());
    yearsBySlug.get(slug)!.add(year);
    if (!projectsBySlugYear.has(slug)) projectsBySlugYear.set(slug, new Map());
    increment(projectsBySlugYear.get(slug)!, year, organizationYear.projectCount);
    const latest = latestName.get(slug);
    if (!latest || year > latest.year) latestName.set(slug, { year, name: organizationYear.name });
  }
  const slugsByYear = new Map<number, string[]>(yearList.map((year) => [year, []]));
  for (const [slug, years] of yearsBySlug) for (const year of years) slugsByYear.get(year)!.push(slug);
  const firstYearOf = new Map([...yearsBySlug].map(([slug, years]) => [slug, Math.min(...years)]));

  const projectsByYear = new Map<number, number>();
  for (const project of projects) increment(projectsByYear, project.year);
  const organizationsByYear = new Map(yearList.map((year) => [year, slugsByYear.get(year)!.length]));

  const years = yearList.map((year, index): YearFigures => {
    const slugs = slugsByYear.get(year)!;
    const newCount = slugs.filter((slug) => firstYearOf.get(slug) === year).length;
    const hasNext = slugsByYear.has(year + 1);
    const back = hasNext ? slugs.filter((slug) => yearsBySlug.get(slug)!.has(year + 1)).length : null;
    return {
      year,
      organizations: slugs.length,
      projects: projectsByYear.get(year) ?? 0,
      medianProjects: median(slugs.map((slug) => projectsBySlugYear.get(slug)!.get(year)!)),
      newOrganizations: index === 0 ? null : newCount,
      returningOrganizations: index === 0 ? null : slugs.length - newCount,
      backNextYear: back,
      backNextYearShare: back === null || slugs.length === 0 ? null : back / slugs.length,
    };
  });

  const taggedYears = {} as Record<TagKind, number[]>;
  const tags = {} as Record<TagKind, Map<string, TagTrend>>;
  // Per kind: tag → year → organizations naming it (as sets of slugs), and for categories, projects.
  const namingByKind = new Map<TagKind, Map<string, Map<number, Set<string>>>>();
  const categoryProjects = new Map<string, Map<number, number>>();
  for (const kind of TAG_KINDS) {
    const naming = new Map<string, Map<number, Set<string>>>();
    const tagged = new Set<number>();
    for (const organizationYear of organizationYears) {
      for (const name of tagsOfKind(kind, organizationYear)) {
        tagged.add(organizationYear.year);
        if (!naming.has(name)) naming.set(name, new Map());
        const byYear = naming.get(name)!;
        if (!byYear.has(organizationYear.year)) byYear.set(organizationYear.year, new Set());
        byYear.get(organizationYear.year)!.add(organizationYear.slug);
        if (kind === 'category') {
          if (!categoryProjects.has(name)) categoryProjects.set(name, new Map());
          increment(categoryProjects.get(name)!, organizationYear.year, organizationYear.projectCount);
        }
      }
    }
    namingByKind.set(kind, naming);
    taggedYears[kind] = [...tagged].sort((a, b) => a - b);
  }

  // Projects naming a technology or topic: one reading of each project against both vocabularies.
  const technologyNames = new Set(namingByKind.get('technology')!.keys());
  const topicNames = new Set(namingByKind.get('topic')!.keys());
  const named = namesMatcher([...new Set([...technologyNames, ...topicNames])]);
  const projectNaming: Record<'technology' | 'topic', Map<string, Map<number, number>>> = { technology: new Map(), topic: new Map() };
  for (const project of projects) {
    for (const name of named([project.title, project.abstract])) {
      for (const [kind, names] of [['technology', technologyNames], ['topic', topicNames]] as const) {
        if (!names.has(name)) continue;
        if (!projectNaming[kind].has(name)) projectNaming[kind].set(name, new Map());
        increment(projectNaming[kind].get(name)!, project.year);
      }
    }
  }

  for (const kind of TAG_KINDS) {
    const tagged = new Set(taggedYears[kind]);
    const trends = new Map<string, TagTrend>();
    for (const [name, byYear] of namingByKind.get(kind)!) {
      const projectCounts = kind === 'category' ? categoryProjects.get(name)! : (projectNaming[kind].get(name) ?? new Map<number, number>());
      const figures = yearList.map((year): TagYearFigures => {
        const organizations = tagged.has(year) ? (byYear.get(year)?.size ?? 0) : null;
        const projectCount = projectCounts.get(year) ?? 0;
        const yearProjects = projectsByYear.get(year) ?? 0;
        return {
          year,
          organizations,
          organizationShare: organizations === null ? null : organizations / organizationsByYear.get(year)!,
          projects: projectCount,
          projectShare: yearProjects === 0 ? 0 : projectCount / yearProjects,
        };
      });
      const yearsOfUser = new Map<string, number[]>();
      for (const [year, slugs] of byYear) for (const slug of slugs) yearsOfUser.set(slug, [...(yearsOfUser.get(slug) ?? []), year]);
      const longestUsers = [...yearsOfUser]
        .map(([slug, usedYears]): TagUser => ({ slug, name: latestName.get(slug)!.name, years: usedYears.sort((a, b) => a - b) }))
        .sort((a, b) => b.years.length - a.years.length || b.years.at(-1)! - a.years.at(-1)! || a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }))
        .slice(0, LONGEST_USERS);
      trends.set(name, { kind, name, years: figures, longestUsers });
    }
    tags[kind] = trends;
  }

  return {
    years,
    taggedYears,
    tags,
    movements: {
      technology: movementsOf('technology', tags.technology, taggedYears.technology, organizationsByYear),
      topic: movementsOf('topic', tags.topic, taggedYears.topic, organizationsByYear),
    },
  };
}

/**
 * The tags whose share of organizations rose and fell most: the share of organization-years naming
 * them in the last three tagged years against the three before, in percentage points. A tag needs
 * MOVEMENT_MIN_COUNT organization-years in one window, so that two organizations more do not lead.
 */
function movementsOf(kind: TagKind, trends: Map<string, TagTrend>, tagged: readonly number[], organizationsByYear: ReadonlyMap<number, number>): Movements | undefined {
  if (tagged.length < 2 * MOVEMENT_WINDOW) return undefined;
  const after = tagged.slice(-MOVEMENT_WINDOW);
  const before = tagged.slice(-2 * MOVEMENT_WINDOW, -MOVEMENT_WINDOW);
  const total = (window: number[]) => window.reduce((sum, year) => sum + (organizationsByYear.get(year) ?? 0), 0);
  const beforeTotal = total(before);
  const afterTotal = total(after);
  const movements: TagMovement[] = [];
  for (const trend of trends.values()) {
    const count = (window: number[]) => trend.years.filter((figures) => window.includes(figures.year)).reduce((sum, figures) => sum + (figures.organizations ?? 0), 0);
    const beforeCount = count(before);
    const afterCount = count(after);
    if (Math.max(beforeCount, afterCount) < MOVEMENT_MIN_COUNT) continue;
    const beforeShare = beforeTotal === 0 ? 0 : beforeCount / beforeTotal;
    const afterShare = afterTotal === 0 ? 0 : afterCount / afterTotal;
    movements.push({ kind, name: trend.name, before: { count: beforeCount, share: beforeShare }, after: { count: afterCount, share: afterShare }, change: afterShare - beforeShare });
  }
  const byName = (a: TagMovement, b: TagMovement) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' });
  return {
    before,
    after,
    rising: movements.filter((movement) => movement.change > 0).sort((a, b) => b.change - a.change || byName(a, b)).slice(0, MOVEMENTS_SHOWN),
    falling: movements.filter((movement) => movement.change < 0).sort((a, b) => a.change - b.change || byName(a, b)).slice(0, MOVEMENTS_SHOWN),
  };
}

/** A year with the most of something, and how much. */
export interface TagPeak {
  year: number;
  count: number;
  share: number;
}

/** The first year with any, and the year with the highest share (the latest of equal shares), of one series. */
export interface SeriesSummary {
  first?: number;
  peak?: TagPeak;
}

/** First and peak year of a tag's organizations (`organizations`) or projects (`projects`) series. */
export function summarizeSeries(trend: TagTrend, series: 'organizations' | 'projects'): SeriesSummary {
  let first: number | undefined;
  let peak: TagPeak | undefined;
  for (const figures of trend.years) {
    const count = figures[series];
    const share = series === 'organizations' ? figures.organizationShare : figures.projectShare;
    if (count === null || share === null || count === 0) continue;
    first ??= figures.year;
    if (!peak || share >= peak.share) peak = { year: figures.year, count, share };
  }
  return { first, peak };
}

/** A tag's place in one year, against the year before. */
export interface YearTagRank {
  name: string;
  organizations: number;
  share: number;
  /** Organizations that named it the calendar year before; null when that year carries no tag of its kind. */
  previous: number | null;
}

/** A year's most named tags of a kind (most organizations first, then A–Z), with the year before's count. */
export function yearTopTags(trends: Trends, kind: TagKind, year: number, limit = 10): YearTagRank[] {
  const ranks: YearTagRank[] = [];
  for (const trend of trends.tags[kind].values()) {
    const figures = trend.years.find((candidate) => candidate.year === year);
    if (!figures || !figures.organizations) continue;
    const previous = trend.years.find((candidate) => candidate.year === year - 1);
    ranks.push({ name: trend.name, organizations: figures.organizations, share: figures.organizationShare!, previous: previous?.organizations ?? null });
  }
  return ranks.sort((a, b) => b.organizations - a.organizations || a.name.localeCompare(b.name, 'en', { sensitivity: 'base' })).slice(0, limit);
}
