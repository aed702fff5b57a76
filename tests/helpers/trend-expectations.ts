/**
 * The trends' figures worked out again from dumped records, the plain way (a loop per figure, no
 * code of lib/site/trends.ts), and the tables of a page read back as text: what the fixture and
 * whole-archive tests compare. Only the rule of what a project names is the library's, since it
 * is the definition (lib/content/mentions.ts, technologiesNamed, one name at a time).
 */
import { technologiesNamed } from '../../lib/content/mentions';
import type { OrganizationYear, Project } from '../../lib/content/schema';

export interface Dumped {
  organizationYears: OrganizationYear[];
  projects: Project[];
}

type Kind = 'technology' | 'topic' | 'category';

const tagsOf = (kind: Kind, organizationYear: OrganizationYear): string[] =>
  kind === 'category' ? (organizationYear.category ? [organizationYear.category] : []) : kind === 'topic' ? organizationYear.topics : organizationYear.technologies;

export function yearsOf(records: Dumped): number[] {
  return [...new Set(records.organizationYears.map((organizationYear) => organizationYear.year))].sort((a, b) => a - b);
}

function organizationsIn(records: Dumped, year: number): Set<string> {
  return new Set(records.organizationYears.filter((organizationYear) => organizationYear.year === year).map((organizationYear) => organizationYear.slug));
}

function projectsIn(records: Dumped, year: number): number {
  return records.projects.filter((project) => project.year === year).length;
}

/** "12.3%" as the pages write a share. */
export function share(count: number, total: number): string {
  const percent = (count / total) * 100;
  return `${percent === 0 ? '0' : percent < 0.1 ? '<0.1' : percent.toFixed(1)}%`;
}

const number = (value: number) => value.toLocaleString('en-US');

/** The rows of /trends/'s organizations table: year, organizations, new, returning. */
export function expectedOrganizationRows(records: Dumped): string[][] {
  const years = yearsOf(records);
  return years.map((year, index) => {
    const organizations = organizationsIn(records, year);
    let newCount = 0;
    for (const slug of organizations) {
      const earlier = records.organizationYears.some((organizationYear) => organizationYear.slug === slug && organizationYear.year < year);
      if (!earlier) newCount++;
    }
    return [String(year), number(organizations.size), index === 0 ? '—' : number(newCount), index === 0 ? '—' : number(organizations.size - newCount)];
  });
}

/** The rows of /trends/'s projects table. */
export function expectedProjectRows(records: Dumped): string[][] {
  return yearsOf(records).map((year) => [String(year), number(projectsIn(records, year))]);
}

/** The rows of /trends/'s median table. */
export function expectedMedianRows(records: Dumped): string[][] {
  return yearsOf(records).map((year) => {
    const perOrganization = new Map<string, number>();
    for (const organizationYear of records.organizationYears) {
      if (organizationYear.year === year) perOrganization.set(organizationYear.slug, (perOrganization.get(organizationYear.slug) ?? 0) + organizationYear.projectCount);
    }
    const counts = [...perOrganization.values()].sort((a, b) => a - b);
    const middle = counts.length / 2;
    const median = counts.length % 2 ? counts[Math.floor(middle)]! : (counts[middle - 1]! + counts[middle]!) / 2;
    return [String(year), number(median)];
  });
}

/** The rows of /trends/'s back-the-next-year table. */
export function expectedBackRows(records: Dumped): string[][] {
  const years = yearsOf(records);
  return years.map((year) => {
    if (!years.includes(year + 1)) return [String(year), '—', '—'];
    const organizations = organizationsIn(records, year);
    const next = organizationsIn(records, year + 1);
    const back = [...organizations].filter((slug) => next.has(slug)).length;
    return [String(year), number(back), share(back, organizations.size)];
  });
}

function taggedYears(records: Dumped, kind: Kind): number[] {
  return yearsOf(records).filter((year) => records.organizationYears.some((organizationYear) => organizationYear.year === year && tagsOf(kind, organizationYear).length > 0));
}

function organizationsNaming(records: Dumped, kind: Kind, name: string, year: number): number {
  return new Set(records.organizationYears.filter((organizationYear) => organizationYear.year === year && tagsOf(kind, organizationYear).includes(name)).map((organizationYear) => organizationYear.slug)).size;
}

/** A tag page's organizations table: each year with tags of the kind, "count (share)". */
export function expectedTagOrganizationRows(records: Dumped, kind: Kind, name: string): string[][] {
  return taggedYears(records, kind).map((year) => {
    const count = organizationsNaming(records, kind, name, year);
    return [String(year), `${number(count)} (${share(count, organizationsIn(records, year).size)})`];
  });
}

/** A tag page's projects table: projects naming it (technology, topic; every year) or of its organization-years (category; years with categories). */
export function expectedTagProjectRows(records: Dumped, kind: Kind, name: string): string[][] {
  const years = kind === 'category' ? taggedYears(records, kind) : yearsOf(records);
  return years.map((year) => {
    let count = 0;
    if (kind === 'category') {
      for (const organizationYear of records.organizationYears) if (organizationYear.year === year && organizationYear.category === name) count += organizationYear.projectCount;
    } else {
      for (const project of records.projects) if (project.year === year && technologiesNamed([project.title, project.abstract], [name]).length > 0) count++;
    }
    return [String(year), `${number(count)} (${share(count, projectsIn(records, year))})`];
  });
}

/** A year page's top tags of a kind: name, "count (share)", change from the year before. */
export function expectedYearTagRows(records: Dumped, kind: Kind, year: number, limit = 10): string[][] {
  const names = [...new Set(records.organizationYears.filter((organizationYear) => organizationYear.year === year).flatMap((organizationYear) => tagsOf(kind, organizationYear)))];
  const previousTagged = taggedYears(records, kind).includes(year - 1);
  const total = organizationsIn(records, year).size;
  return names
    .map((name) => ({ name, count: organizationsNaming(records, kind, name, year) }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }))
    .slice(0, limit)
    .map(({ name, count }) => {
      let change = '—';
      if (previousTagged) {
        const difference = count - organizationsNaming(records, kind, name, year - 1);
        change = difference > 0 ? `+${difference}` : difference < 0 ? `−${-difference}` : '±0';
      }
      return [name, `${number(count)} (${share(count, total)})`, change];
    });
}

/** The text of an HTML fragment: tags dropped, entities of the pages read, spaces squeezed. */
function textOf(html: string): string {
  return html
    .replace(/<span class="visually-hidden">.*?<\/span>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The body rows of the table in the region labelled by `labelId` (a figure's or a heading's id), each row's cells as text. */
export function tableRows(html: string, labelId: string): string[][] {
  const start = html.indexOf(`role="region" aria-labelledby="${labelId}"`);
  if (start === -1) throw new Error(`no table labelled by ${labelId}`);
  const body = html.slice(html.indexOf('<tbody>', start), html.indexOf('</tbody>', start));
  return [...body.matchAll(/<tr>(.*?)<\/tr>/g)].map(([, row]) => [...row!.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map(([, cell]) => textOf(cell!)));
}

/** Some columns of each row, by index. */
export function pick(rows: string[][], columns: number[]): string[][] {
  return rows.map((row) => columns.map((column) => row[column]!));
}
