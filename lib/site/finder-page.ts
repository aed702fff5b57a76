/**
 * What the organization finder's page (components/pages/OrganizationsPage.tsx), its data file
 * (lib/site/finder.ts) and its script (components/finder/) agree on: the element ids and class
 * names, the sorts and their words, and the data file's format. Browser-safe: the script imports
 * it, so it imports nothing that reads files.
 */
import type { ProgramId } from '../programs';
import type { TagKind } from '../content/tag-vocabulary';

/** The ids of the elements the script fills in or listens to. */
export const FINDER_ELEMENT_IDS = Object.freeze({
  /** The element that holds the whole finder; data-finder is the data file's URL, data-trend the sorts' explanation. */
  root: 'finder',
  side: 'finder-side',
  sideHeading: 'finder-side-heading',
  count: 'finder-count',
  query: 'finder-q',
  sort: 'finder-sort',
  cards: 'finder-cards',
  trend: 'finder-trend',
  first: 'finder-first',
  minYears: 'finder-min-years',
});

/** The class names the page's CSS and the script share. */
export const FINDER_CLASSES = Object.freeze({
  /**
   * On <html>, set by a line in the page's head before the body is drawn, where the finder's
   * script will run: the page is laid out as the finder from its first paint (below 56rem the
   * side column is a sheet, not a column after the cards), so nothing moves when it starts.
   */
  scripted: 'finder-scripted',
  /**
   * On <html> with it, on an address that asks for a filter or sort, until the script has drawn
   * its cards: the cards the page was served with (every one, A–Z) are laid out but not shown,
   * so that a person never sees them jump into the address's order.
   */
  pending: 'finder-pending',
  /** On the root once the script works: the bar's controls appear, the side column becomes the filters. */
  live: 'is-live',
  /** The count's words for the order (", A–Z"): said with the count, shown only beside the sort menu's row on a wide screen. */
  order: 'finder-order',
  /** On the root when no organization matches. */
  empty: 'is-empty',
  /** On the side column below 56rem: open as a sheet over the page. */
  open: 'is-open',
  openButton: 'finder-open',
  closeButton: 'finder-close',
  clearButton: 'finder-clear',
  moreButton: 'finder-more',
});

/** The attribute each card carries: its organization's slug. */
export const CARD_SLUG_ATTRIBUTE = 'data-org';

/**
 * Cards drawn before "Show more": a change then touches at most this many, whatever matches. 50
 * cards are 6–9 screens; each card a change hides, shows or moves costs style, layout and paint,
 * and at 100 the slowest changes on the whole archive missed the 16 ms budget (docs/measurements.md).
 */
export const FINDER_PAGE_SIZE = 50;

/** The sorts: the menu's label (short: it shares a row with the name filter at 375 px) and how the count line says the order. */
export const FINDER_SORTS = Object.freeze([
  { id: 'name', label: 'Name', words: 'A–Z' },
  { id: 'projects', label: 'Most projects', words: 'most projects first' },
  { id: 'years', label: 'Most years', words: 'most years first' },
  { id: 'recent', label: 'Latest year', words: 'latest year first' },
  { id: 'newest', label: 'Newest', words: 'newest first' },
  { id: 'trend', label: 'Trend', words: 'rising first' },
] as const);

export type FinderSort = (typeof FINDER_SORTS)[number]['id'];

/** How many of the most recent years "trend" compares with as many years before them. */
export const TREND_YEARS = 3;

/** The trend's two windows: the last TREND_YEARS years the catalog has, and as many before. */
export interface TrendWindow {
  recent: number[];
  previous: number[];
}

/** The trend windows for a list of years (oldest first); none for a catalog of too few years. */
export function trendWindow(years: number[]): TrendWindow {
  const recent = years.slice(-TREND_YEARS);
  const previous = years.slice(-2 * TREND_YEARS, -TREND_YEARS);
  return previous.length > 0 ? { recent, previous } : { recent: [], previous: [] };
}

/** The tag facets, in the order the panel shows them and the address writes them; each is its own parameter. */
export const FINDER_TAG_KINDS = Object.freeze(['category', 'technology', 'topic'] as const satisfies readonly TagKind[]);

/**
 * An organization's row, in card order: [yearMask, programMask, projectsPerYear, categories,
 * technologies, topics]. yearMask has bit i for `years[i]`; projectsPerYear lists the projects of
 * each year in the mask, oldest first; the last three are indices into the tables.
 */
export type EncodedOrganization = [number, number, number[], number[], number[], number[]];

/** The data file /orgs/finder.json. A tag's slug is tagSlug(name) (lib/slugs.ts), on both sides. */
export interface FinderData {
  /** Format version: the script refuses another. */
  v: 2;
  years: number[];
  programs: ProgramId[];
  /** Tag names, most used first, so that the common ones get short indices. */
  categories: string[];
  technologies: string[];
  topics: string[];
  trend: TrendWindow;
  /** The slugs of the first and last organization: the script checks the cards match. */
  ends: [string, string];
  organizations: EncodedOrganization[];
}

export const FINDER_DATA_VERSION = 2;
