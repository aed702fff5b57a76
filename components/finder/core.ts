/**
 * The organization finder's logic, with no DOM: the data file decoded into each organization's
 * facts, the state read from and written to the address, one pass that matches and counts, and
 * each sort's order. The view (view.ts) draws what this returns; Node tests run it on the records.
 *
 * Every rule the site already has comes from lib/: the address (organizationsPath), tag slugs
 * (tagSlug), text folding (foldText), the sorts. Lookups from the address are Maps, so a value
 * named like an Object property (?technology=constructor, __proto__) is just an unknown value.
 */
import { ORGANIZATIONS_PATH, organizationsPath, type OrganizationFinderParams } from '@/lib/paths';
import { foldText } from '@/lib/search/text';
import { FINDER_DATA_VERSION, FINDER_SORTS, FINDER_TAG_KINDS, type FinderData, type FinderSort } from '@/lib/site/finder-page';
import { tagSlug } from '@/lib/slugs';

/** One value of a tag facet: its name, its slug (the address's), and its name folded for the facet's search box. */
export interface TagValue {
  index: number;
  name: string;
  slug: string;
  folded: string;
}

export interface TagTable {
  values: TagValue[];
  /** Slug → the values with that slug (one, unless two names share a slug). */
  bySlug: Map<string, number[]>;
}

/** One organization, in card order. */
export interface OrganizationFacts {
  index: number;
  slug: string;
  /** Its names (slug, current and former), folded: what the name filter searches. */
  names: string;
  yearMask: number;
  programMask: number;
  yearCount: number;
  first: number;
  last: number;
  lastProjects: number;
  projects: number;
  trend: number;
  recentProjects: number;
  /** Indices into the tag tables, in FINDER_TAG_KINDS order. */
  tags: number[][];
}

export interface FinderModel {
  years: number[];
  programs: string[];
  tables: TagTable[];
  organizations: OrganizationFacts[];
  /** Each sort's order of organization indices, made when first asked for. */
  orders: Map<FinderSort, Int32Array>;
}

/** What the address holds: indices into the model's years, programs and tables. */
export interface FinderState {
  q: string;
  years: number[];
  programs: number[];
  /** Selected values per tag facet, in FINDER_TAG_KINDS order. */
  tags: number[][];
  /** The index of the first year asked for, or -1. */
  first: number;
  /** At least this many years; 0 for any. */
  minYears: number;
  sort: FinderSort;
}

/** Counts for each facet's options, over the organizations every other facet leaves. */
export interface FacetCounts {
  years: Int32Array;
  programs: Int32Array;
  tags: Int32Array[];
  first: Int32Array;
  /** minYears[n]: organizations with n years or more. */
  minYears: Int32Array;
}

export interface FinderResult {
  /** matches[i] is 1 when organization i passes every filter. */
  matches: Uint8Array;
  matchCount: number;
  counts: FacetCounts;
}

const SORT_IDS = new Map<string, FinderSort>(FINDER_SORTS.map((sort) => [sort.id, sort.id]));

/** Thrown when the data file is not one this script reads, or not the page's. */
export class FinderDataMismatch extends Error {}

/**
 * A value's slug and folded name are made when first asked for: a page opened at ?year=2025 needs
 * neither (~2,200 technologies and topics, 40 ms of a phone's script at load, CPU slowed 4×).
 */
class LazyTagValue implements TagValue {
  private slugMade?: string;
  private foldedMade?: string;
  constructor(
    readonly index: number,
    readonly name: string,
  ) {}
  get slug(): string {
    return (this.slugMade ??= tagSlug(this.name));
  }
  get folded(): string {
    return (this.foldedMade ??= foldText(this.name));
  }
}

function tagTable(names: string[]): TagTable {
  const values = names.map((name, index) => new LazyTagValue(index, name));
  let bySlug: Map<string, number[]> | undefined;
  return {
    values,
    // Made when the address first names a value of this kind.
    get bySlug() {
      if (!bySlug) {
        bySlug = new Map();
        for (const value of values) bySlug.set(value.slug, [...(bySlug.get(value.slug) ?? []), value.index]);
      }
      return bySlug;
    },
  };
}

/**
 * The data file decoded; `names[i]` is the text the name filter searches for card i (its slug and
 * names), `slugs` the cards' slugs, to check that the data is the page's. Names may come as a
 * function, called when a name is first searched: reading them off ~630 cards is a phone's longest
 * piece of script at load, for a filter most addresses do not use.
 */
export function decodeFinder(data: FinderData, slugs: string[], names: readonly string[] | (() => readonly string[])): FinderModel {
  if (data.v !== FINDER_DATA_VERSION) throw new FinderDataMismatch(`the data file is version ${String(data.v)}, the script reads ${FINDER_DATA_VERSION}`);
  if (slugs.length !== data.organizations.length || slugs[0] !== data.ends[0] || slugs.at(-1) !== data.ends[1]) {
    throw new FinderDataMismatch(`the data file (${data.organizations.length} organizations, ${data.ends.join(' … ')}) does not match the page's ${slugs.length} cards`);
  }
  const { years } = data;
  const bitOf = (year: number) => years.indexOf(year);
  const recent = data.trend.recent.map(bitOf);
  const previous = data.trend.previous.map(bitOf);
  let foldedNames: string[] | undefined;
  const foldedName = (index: number) => (foldedNames ??= (typeof names === 'function' ? names() : names).map((name) => foldText(name)))[index] ?? '';
  const organizations = data.organizations.map(([yearMask, programMask, counts, ...tags], index): OrganizationFacts => {
    const perYear = new Array<number>(years.length).fill(0);
    const bits: number[] = [];
    for (let bit = 0, k = 0; bit < years.length; bit++) {
      if (yearMask & (1 << bit)) {
        perYear[bit] = counts[k++] ?? 0;
        bits.push(bit);
      }
    }
    const sum = (window: number[]) => window.reduce((total, bit) => total + perYear[bit]!, 0);
    const lastBit = bits.at(-1) ?? 0;
    return {
      index,
      slug: slugs[index]!,
      get names() {
        return foldedName(index);
      },
      yearMask,
      programMask,
      yearCount: bits.length,
      first: years[bits[0] ?? 0]!,
      last: years[lastBit]!,
      lastProjects: perYear[lastBit]!,
      projects: sum(bits),
      trend: sum(recent) - sum(previous),
      recentProjects: sum(recent),
      tags,
    };
  });
  return {
    years,
    programs: data.programs,
    tables: [tagTable(data.categories), tagTable(data.technologies), tagTable(data.topics)],
    organizations,
    orders: new Map(),
  };
}

/** The state with no filter, A–Z. */
export function emptyState(): FinderState {
  return { q: '', years: [], programs: [], tags: FINDER_TAG_KINDS.map(() => []), first: -1, minYears: 0, sort: 'name' };
}

function addOnce(list: number[], index: number | undefined): void {
  if (index !== undefined && !list.includes(index)) list.push(index);
}

/** The state a query string ("?year=2025&technology=rust") asks for; values the catalog does not have are ignored. */
export function readState(model: FinderModel, search: string): FinderState {
  const params = new URLSearchParams(search);
  const state = emptyState();
  const yearIndex = new Map(model.years.map((year, index) => [String(year), index]));
  const programIndex = new Map(model.programs.map((program, index) => [program, index]));
  state.q = (params.get('q') ?? '').trim();
  for (const value of params.getAll('year')) addOnce(state.years, yearIndex.get(value));
  state.years.sort((a, b) => a - b);
  for (const value of params.getAll('program')) addOnce(state.programs, programIndex.get(value));
  FINDER_TAG_KINDS.forEach((kind, facet) => {
    for (const slug of params.getAll(kind)) for (const index of model.tables[facet]!.bySlug.get(slug) ?? []) addOnce(state.tags[facet]!, index);
  });
  state.first = yearIndex.get(params.get('first') ?? '') ?? -1;
  const minYears = params.get('min_years') ?? '';
  if (/^\d+$/.test(minYears) && Number(minYears) > 1 && Number(minYears) <= model.years.length) state.minYears = Number(minYears);
  state.sort = SORT_IDS.get(params.get('sort') ?? '') ?? 'name';
  return state;
}

/** The query string of a state ("" or "?year=2025&sort=projects"), as lib/paths.ts writes the finder's links. */
export function stateSearch(model: FinderModel, state: FinderState): string {
  const params: OrganizationFinderParams = {
    q: state.q,
    year: state.years.map((index) => model.years[index]!),
    program: state.programs.map((index) => model.programs[index]!),
    first: state.first === -1 ? undefined : model.years[state.first],
    min_years: state.minYears || undefined,
    sort: state.sort,
  };
  FINDER_TAG_KINDS.forEach((kind, facet) => {
    // Two names that share a slug are one value in the address.
    params[kind] = [...new Set(state.tags[facet]!.map((index) => model.tables[facet]!.values[index]!.slug))];
  });
  return organizationsPath(params).slice(ORGANIZATIONS_PATH.length);
}

/** True when any filter is set (the sort is not a filter). */
export function isFiltered(state: FinderState): boolean {
  return state.q !== '' || state.years.length > 0 || state.programs.length > 0 || state.tags.some((selected) => selected.length > 0) || state.first !== -1 || state.minYears > 0;
}

// Each filter is a bit of an organization's "fails" mask: it counts for a facet's options only
// when it fails that facet alone (or none).
const QUERY = 1;
const YEAR = 2;
const PROGRAM = 4;
const FIRST = 8;
const MIN_YEARS = 16;
const TAG = [32, 64, 128] as const;

/** One pass over the organizations: which match the state, and each option's count. */
export function applyState(model: FinderModel, state: FinderState): FinderResult {
  const words = foldText(state.q).split(/\s+/).filter(Boolean);
  const yearMask = state.years.reduce((mask, index) => mask | (1 << index), 0);
  const programMask = state.programs.reduce((mask, index) => mask | (1 << index), 0);
  const selected = state.tags.map((indices) => (indices.length > 0 ? new Set(indices) : undefined));
  const firstYear = state.first === -1 ? undefined : model.years[state.first];
  const yearCount = model.years.length;
  const counts: FacetCounts = {
    years: new Int32Array(yearCount),
    programs: new Int32Array(model.programs.length),
    tags: model.tables.map((table) => new Int32Array(table.values.length)),
    first: new Int32Array(yearCount),
    minYears: new Int32Array(yearCount + 1),
  };
  const firstBit = new Map(model.years.map((year, bit) => [year, bit]));
  const matches = new Uint8Array(model.organizations.length);
  let matchCount = 0;
  for (const organization of model.organizations) {
    let fails = 0;
    if (words.some((word) => !organization.names.includes(word))) fails |= QUERY;
    if ((organization.yearMask & yearMask) !== yearMask) fails |= YEAR;
    if (programMask && !(organization.programMask & programMask)) fails |= PROGRAM;
    for (let facet = 0; facet < TAG.length; facet++) {
      const wanted = selected[facet];
      if (wanted && !organization.tags[facet]!.some((index) => wanted.has(index))) fails |= TAG[facet]!;
    }
    if (firstYear !== undefined && organization.first !== firstYear) fails |= FIRST;
    if (organization.yearCount < state.minYears) fails |= MIN_YEARS;

    const match = fails === 0;
    if (match) {
      matches[organization.index] = 1;
      matchCount++;
    }
    // Failing two filters, it counts for no option: choosing one option changes one filter.
    if (!match && (fails & (fails - 1)) !== 0) continue;
    // Years narrow (every selected year): an option counts what selecting it too would leave.
    if (match) for (let bit = 0; bit < yearCount; bit++) if (organization.yearMask & (1 << bit)) counts.years[bit]!++;
    if (match || fails === PROGRAM) for (let bit = 0; bit < model.programs.length; bit++) if (organization.programMask & (1 << bit)) counts.programs[bit]!++;
    for (let facet = 0; facet < TAG.length; facet++) if (match || fails === TAG[facet]) for (const index of organization.tags[facet]!) counts.tags[facet]![index]!++;
    if (match || fails === FIRST) counts.first[firstBit.get(organization.first)!]!++;
    if (match || fails === MIN_YEARS) for (let n = 1; n <= organization.yearCount; n++) counts.minYears[n]!++;
  }
  return { matches, matchCount, counts };
}

type Compare = (a: OrganizationFacts, b: OrganizationFacts) => number;

/** Each sort but "name" (the cards' own order, A–Z); ties keep the cards' order. */
const COMPARE: Record<Exclude<FinderSort, 'name'>, Compare> = {
  projects: (a, b) => b.projects - a.projects,
  years: (a, b) => b.yearCount - a.yearCount || b.projects - a.projects,
  recent: (a, b) => b.last - a.last || b.lastProjects - a.lastProjects,
  newest: (a, b) => b.first - a.first,
  trend: (a, b) => b.trend - a.trend || b.recentProjects - a.recentProjects,
};

/** Every organization's index in a sort's order, ties A–Z. */
export function sortOrder(model: FinderModel, sort: FinderSort): Int32Array {
  let order = model.orders.get(sort);
  if (!order) {
    const organizations = [...model.organizations];
    if (sort !== 'name') organizations.sort((a, b) => COMPARE[sort](a, b) || a.index - b.index);
    order = Int32Array.from(organizations, (organization) => organization.index);
    model.orders.set(sort, order);
  }
  return order;
}

/** The first `limit` matching organizations, in the state's order: the cards to draw. */
export function drawnOrganizations(model: FinderModel, state: FinderState, result: FinderResult, limit: number): number[] {
  const drawn: number[] = [];
  for (const index of sortOrder(model, state.sort)) {
    if (drawn.length >= limit) break;
    if (result.matches[index]) drawn.push(index);
  }
  return drawn;
}
