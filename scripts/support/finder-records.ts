/**
 * What the organization finder should show for an address, worked out from the records alone
 * (organization-years as the loader makes them), not from the finder's data file or its code: the
 * oracle that the core's unit tests, the browser tests and `npm run bench:finder` compare against.
 * It shares with the site only the rules that define the address: tag slugs (tagSlug), text
 * folding (foldText) and the trend's windows (trendWindow).
 */
import type { OrganizationYear } from '../../lib/content/schema';
import { foldText } from '../../lib/search/text';
import { trendWindow } from '../../lib/site/finder-page';
import { tagSlug } from '../../lib/slugs';

/** One organization as the records have it. */
export interface RecordOrganization {
  slug: string;
  /** Every name its pages gave it. */
  names: string[];
  years: number[];
  programs: string[];
  /** Slugs, as the address writes them. */
  category: string[];
  technology: string[];
  topic: string[];
  projects: number;
  projectsByYear: Map<number, number>;
}

/** The organizations of some organization-years, by slug, in no particular order. */
export function recordOrganizations(organizationYears: OrganizationYear[]): RecordOrganization[] {
  const bySlug = new Map<string, RecordOrganization>();
  const addOnce = <T>(list: T[], value: T) => list.includes(value) || list.push(value);
  for (const organizationYear of organizationYears) {
    let entry = bySlug.get(organizationYear.slug);
    if (!entry) {
      entry = { slug: organizationYear.slug, names: [], years: [], programs: [], category: [], technology: [], topic: [], projects: 0, projectsByYear: new Map() };
      bySlug.set(organizationYear.slug, entry);
    }
    addOnce(entry.names, organizationYear.name);
    addOnce(entry.years, organizationYear.year);
    addOnce(entry.programs, organizationYear.programId);
    if (organizationYear.category) addOnce(entry.category, tagSlug(organizationYear.category));
    for (const technology of organizationYear.technologies) addOnce(entry.technology, tagSlug(technology));
    for (const topic of organizationYear.topics) addOnce(entry.topic, tagSlug(topic));
    entry.projects += organizationYear.projectCount;
    entry.projectsByYear.set(organizationYear.year, (entry.projectsByYear.get(organizationYear.year) ?? 0) + organizationYear.projectCount);
  }
  for (const entry of bySlug.values()) entry.years.sort((a, b) => a - b);
  return [...bySlug.values()];
}

const TAG_PARAMS = ['category', 'technology', 'topic'] as const;

/**
 * The slugs the finder should draw for a query string ("?year=2025&sort=projects"), all of them,
 * in order. `aToZ` is the cards' order as served (A–Z): the name sort, and every sort's ties.
 * A value no organization has is no filter (unknown values are ignored).
 */
export function expectedOrganizations(organizations: RecordOrganization[], aToZ: string[], search: string): string[] {
  const params = new URLSearchParams(search);
  const catalogYears = [...new Set(organizations.flatMap((organization) => organization.years))].sort((a, b) => a - b);
  const known = (values: string[], has: (value: string) => boolean) => values.filter(has);
  const filters: ((organization: RecordOrganization) => boolean)[] = [];

  const words = foldText(params.get('q') ?? '').split(/\s+/).filter(Boolean);
  if (words.length > 0) filters.push((organization) => words.every((word) => foldText(`${organization.slug} ${organization.names.join(' ')}`).includes(word)));
  const years = known(params.getAll('year'), (value) => catalogYears.some((year) => String(year) === value)).map(Number);
  if (years.length > 0) filters.push((organization) => years.every((year) => organization.years.includes(year)));
  const programs = known(params.getAll('program'), (value) => organizations.some((organization) => organization.programs.includes(value)));
  if (programs.length > 0) filters.push((organization) => programs.some((program) => organization.programs.includes(program)));
  for (const kind of TAG_PARAMS) {
    const slugs = known(params.getAll(kind), (value) => organizations.some((organization) => organization[kind].includes(value)));
    if (slugs.length > 0) filters.push((organization) => slugs.some((slug) => organization[kind].includes(slug)));
  }
  const first = catalogYears.find((year) => String(year) === params.get('first'));
  if (first !== undefined) filters.push((organization) => organization.years[0] === first);
  const minYears = Number(params.get('min_years'));
  if (/^\d+$/.test(params.get('min_years') ?? '') && minYears > 1 && minYears <= catalogYears.length) filters.push((organization) => organization.years.length >= minYears);

  const { recent, previous } = trendWindow(catalogYears);
  const sum = (organization: RecordOrganization, window: number[]) => window.reduce((total, year) => total + (organization.projectsByYear.get(year) ?? 0), 0);
  const last = (organization: RecordOrganization) => organization.years.at(-1)!;
  const compare: Record<string, (a: RecordOrganization, b: RecordOrganization) => number> = {
    projects: (a, b) => b.projects - a.projects,
    years: (a, b) => b.years.length - a.years.length || b.projects - a.projects,
    recent: (a, b) => last(b) - last(a) || b.projectsByYear.get(last(b))! - a.projectsByYear.get(last(a))!,
    newest: (a, b) => b.years[0]! - a.years[0]!,
    trend: (a, b) => sum(b, recent) - sum(b, previous) - (sum(a, recent) - sum(a, previous)) || sum(b, recent) - sum(a, recent),
  };
  const sortName = params.get('sort') ?? '';
  const sort = Object.hasOwn(compare, sortName) ? compare[sortName]! : () => 0;
  const position = new Map(aToZ.map((slug, index) => [slug, index]));
  return organizations
    .filter((organization) => filters.every((keep) => keep(organization)))
    .sort((a, b) => sort(a, b) || position.get(a.slug)! - position.get(b.slug)!)
    .map((organization) => organization.slug);
}
