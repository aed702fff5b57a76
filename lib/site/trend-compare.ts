/**
 * Compare on /trends/: a few technologies or topics on one chart, the address as state
 * (/trends/?compare=rust,go). The page draws a default comparison as static HTML; its script
 * (components/trends/main.ts) reads the address, fetches the compact series below (the one file
 * of each asked slug's first character, /trends/compare/r.json) and draws the same figures for the
 * values asked. Browser-safe: the page,
 * the script and the build share these functions, so the chart the script draws is the one the
 * page would.
 */
import type { TagKind } from '../content/tag-vocabulary';
import { wholeNumber } from '../human-readable';
import type { ChartSeries } from './line-chart';
import type { Trends } from './trends';

/** At most this many values are compared; more make a chart no one can read. */
export const COMPARE_LIMIT = 6;

/** One technology or topic, as the compare file holds it: its figures aligned with the file's years. */
export interface CompareTag {
  kind: Extract<TagKind, 'technology' | 'topic'>;
  slug: string;
  name: string;
  /** Organizations naming it per year; null in a year without tags of its kind. */
  organizations: (number | null)[];
  /** Projects whose own title or abstract names it, per year. */
  projects: number[];
}

/** One file of the compare data (/trends/compare/r.json): the tags whose slugs start with its character. */
export interface CompareData {
  years: number[];
  /** The year's organizations and projects, for the shares. */
  organizations: number[];
  projects: number[];
  tags: CompareTag[];
}

/** The slugs an address asks for: "?compare=rust,go" → rust, go (lower case, each once, at most COMPARE_LIMIT). */
export function parseCompare(value: string | null | undefined): string[] {
  if (!value) return [];
  const slugs = value
    .split(',')
    .map((slug) => slug.trim().toLowerCase())
    .filter(Boolean);
  return [...new Set(slugs)].slice(0, COMPARE_LIMIT);
}

/** A lookup of the file's tags by slug: a technology wins over a topic of the same slug. */
export function compareLookup(tags: readonly CompareTag[]): Map<string, CompareTag> {
  const lookup = new Map<string, CompareTag>();
  for (const tag of tags) if (tag.kind === 'topic' && !lookup.has(tag.slug)) lookup.set(tag.slug, tag);
  for (const tag of tags) if (tag.kind === 'technology') lookup.set(tag.slug, tag);
  return lookup;
}

/** The asked slugs that name a tag, in the order asked, and those that do not (ignored, but said). */
export function resolveCompare(lookup: ReadonlyMap<string, CompareTag>, slugs: readonly string[]): { found: CompareTag[]; unknown: string[] } {
  const found: CompareTag[] = [];
  const unknown: string[] = [];
  for (const slug of slugs) {
    const tag = lookup.get(slug);
    if (tag) found.push(tag);
    else unknown.push(slug);
  }
  return { found, unknown };
}

/** A share, or null where the figure or the year's total is missing. */
function share(count: number | null, total: number): number | null {
  return count === null || total === 0 ? null : count / total;
}

/** The compared tags' share of organizations per year, as chart series (in percent). */
export function organizationShareSeries(data: CompareData, tags: readonly CompareTag[]): ChartSeries[] {
  return tags.map((tag) => ({ label: tag.name, values: tag.organizations.map((count, index) => percentOrNull(share(count, data.organizations[index]!))) }));
}

/** The compared tags' share of projects per year, as chart series (in percent). */
export function projectShareSeries(data: CompareData, tags: readonly CompareTag[]): ChartSeries[] {
  return tags.map((tag) => ({ label: tag.name, values: tag.projects.map((count, index) => percentOrNull(share(count, data.projects[index]!))) }));
}

function percentOrNull(value: number | null): number | null {
  return value === null ? null : value * 100;
}

/** A share as the pages write it: "12.3%"; "—" for none. */
export function formatShare(value: number | null): string {
  if (value === null) return '—';
  const percent = value * 100;
  return `${percent === 0 ? '0' : percent < 0.1 ? '<0.1' : percent.toFixed(1)}%`;
}

/** An axis value in percent: "20%", "2.5%". */
export function formatPercentAxis(value: number): string {
  return `${Number(value.toFixed(2))}%`;
}

/** A table cell of a count and its share: "12 (4.5%)", or "—" where there is no figure. */
export function countAndShare(count: number | null, total: number): string {
  return count === null ? '—' : `${wholeNumber(count)} (${formatShare(share(count, total))})`;
}

/** The figures of a comparison as table columns: one per tag, "count (share)" per year. */
export function compareColumns(data: CompareData, tags: readonly CompareTag[], series: 'organizations' | 'projects'): { label: string; cells: string[] }[] {
  const totals = series === 'organizations' ? data.organizations : data.projects;
  return tags.map((tag) => ({ label: tag.name, cells: tag[series].map((count, index) => countAndShare(count, totals[index]!)) }));
}

/**
 * Which file of the compare data holds a slug: its first character ("_" for one that is not a
 * letter or digit). One file of every series was 356 KB (50 KB gzip) that a phone parsed whole
 * for a comparison of three (~120 ms of its main thread, 4× slower CPU, probed); one file per
 * character is ~10 KB, and a comparison fetches one to COMPARE_LIMIT of them.
 */
export function compareShardOf(slug: string): string {
  const first = slug.charAt(0);
  return /^[a-z0-9]$/.test(first) ? first : '_';
}

/** The compare data split into its files, by compareShardOf, each with the years' totals. */
export function compareShards(data: CompareData): Map<string, CompareData> {
  const shards = new Map<string, CompareData>();
  for (const tag of data.tags) {
    const shard = compareShardOf(tag.slug);
    let held = shards.get(shard);
    if (!held) shards.set(shard, (held = { years: data.years, organizations: data.organizations, projects: data.projects, tags: [] }));
    held.tags.push(tag);
  }
  return new Map([...shards].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The files of the compare data fetched for some slugs, as one (their tags together, in file order). */
export function joinCompareShards(shards: readonly CompareData[]): CompareData | undefined {
  const [first] = shards;
  return first && { years: first.years, organizations: first.organizations, projects: first.projects, tags: shards.flatMap((shard) => shard.tags) };
}

/** The compare data of some trends: every technology and topic, by slug (`slugOf`, the site's tagSlug). */
export function compareDataOf(trends: Trends, slugOf: (name: string) => string): CompareData {
  const tags: CompareTag[] = [];
  for (const kind of ['technology', 'topic'] as const) {
    for (const trend of trends.tags[kind].values()) {
      tags.push({ kind, slug: slugOf(trend.name), name: trend.name, organizations: trend.years.map((figures) => figures.organizations), projects: trend.years.map((figures) => figures.projects) });
    }
  }
  return { years: trends.years.map((figures) => figures.year), organizations: trends.years.map((figures) => figures.organizations), projects: trends.years.map((figures) => figures.projects), tags };
}
