/**
 * The trends (lib/site/trends.ts) of the site's catalog, read once per process: /trends/, the
 * technology, topic, category and year pages all read this one result. In `next build`, the file
 * `catalog build-data` saved (lib/site/trends-file.ts); otherwise, or if the content changed since,
 * computed from the catalog.
 */
import type { TagKind } from '../content/tag-vocabulary';
import { listOrganizationYears, listProjects } from './catalog';
import { CONTENT_DIR } from './publishing';
import { readTrendsFile } from './trends-file';
import { tagSlug } from '../slugs';
import { compareDataOf, compareLookup, resolveCompare, type CompareData, type CompareTag } from './trend-compare';
import { computeTrends, yearTopTags, type TagTrend, type Trends } from './trends';

let cached: Trends | undefined;

export function catalogTrends(): Trends {
  cached ??= (process.env.NODE_ENV === 'production' ? readTrendsFile(CONTENT_DIR) : undefined) ?? computeTrends({ organizationYears: listOrganizationYears(), projects: listProjects() });
  return cached;
}

/** One tag's trend, by its canonical name. */
export function tagTrend(kind: TagKind, name: string): TagTrend | undefined {
  return catalogTrends().tags[kind].get(name);
}

let compareCached: CompareData | undefined;

/** /trends/compare.json: every technology's and topic's series, by the slugs of their pages. */
export function catalogCompareData(): CompareData {
  compareCached ??= compareDataOf(catalogTrends(), tagSlug);
  return compareCached;
}

/** What /trends/ compares before a visitor asks: the technologies most organizations named in the latest year of tags. */
export const DEFAULT_COMPARE_SIZE = 3;

export function defaultCompare(): CompareTag[] {
  const trends = catalogTrends();
  const latest = trends.taggedYears.technology.at(-1);
  if (latest === undefined) return [];
  const names = yearTopTags(trends, 'technology', latest, DEFAULT_COMPARE_SIZE).map((rank) => tagSlug(rank.name));
  return resolveCompare(compareLookup(catalogCompareData().tags), names).found;
}
