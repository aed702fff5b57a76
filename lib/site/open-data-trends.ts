/**
 * The trends' series as open data tables (lib/site/open-data.ts declares the format): one record
 * per year of the whole archive, and one per technology, topic or category and year. The figures
 * are those /trends/ and the tag pages draw (lib/site/trends.ts defines each).
 */
import type { TagKind } from '../content/tag-vocabulary';
import type { OpenDataTable } from './open-data';
import type { TagTrend, TagYearFigures, Trends, YearFigures } from './trends';

export const YEAR_TRENDS_TABLE: OpenDataTable<YearFigures> = {
  kind: 'year-trends',
  recordName: 'year',
  description: 'One record per year of the archive, every program of that year together: the figures /trends/ draws.',
  columns: [
    { name: 'year', type: 'integer', meaning: 'The calendar year.', value: (figures) => figures.year },
    { name: 'organizations', type: 'integer', meaning: 'Organizations that took part, each once whatever its programs.', value: (figures) => figures.organizations },
    { name: 'projects', type: 'integer', meaning: 'Projects.', value: (figures) => figures.projects },
    { name: 'medianProjects', type: 'number', meaning: 'The median of the organizations’ projects that year.', value: (figures) => figures.medianProjects },
    {
      name: 'newOrganizations',
      type: 'integer',
      nullable: true,
      meaning: 'Organizations in their first year in the archive; null in the archive’s first year.',
      value: (figures) => figures.newOrganizations,
    },
    {
      name: 'returningOrganizations',
      type: 'integer',
      nullable: true,
      meaning: 'Organizations that took part in an earlier year of the archive; null in its first year.',
      value: (figures) => figures.returningOrganizations,
    },
    {
      name: 'backNextYear',
      type: 'integer',
      nullable: true,
      meaning: 'Of the year’s organizations, those that took part the next calendar year too; null when the archive lacks that year.',
      value: (figures) => figures.backNextYear,
    },
    { name: 'backNextYearShare', type: 'number', nullable: true, meaning: 'backNextYear as a share of the year’s organizations, 0 to 1.', value: (figures) => figures.backNextYearShare },
  ],
};

/** One tag in one year, with what the record names it by. */
export interface TagYearSource {
  trend: TagTrend;
  slug: string;
  figures: TagYearFigures;
}

export const TAG_TRENDS_TABLE: OpenDataTable<TagYearSource> = {
  kind: 'tag-trends',
  recordName: 'tag-year',
  description:
    'One record per technology, topic or category and year in which an organization or a project named it (a year with neither is left out): the lines of the tag pages and of the comparison on /trends/.',
  columns: [
    { name: 'kind', type: 'text', meaning: 'technology, topic or category.', value: ({ trend }) => trend.kind },
    { name: 'name', type: 'text', meaning: 'Its canonical name.', value: ({ trend }) => trend.name },
    { name: 'slug', type: 'text', meaning: 'Its page’s URL name: /technologies/SLUG/, /topics/SLUG/ or /categories/SLUG/.', value: ({ slug }) => slug },
    { name: 'year', type: 'integer', meaning: 'The calendar year.', value: ({ figures }) => figures.year },
    {
      name: 'organizations',
      type: 'integer',
      nullable: true,
      meaning: 'Organizations with an organization-year of that year tagged with it; null in a year whose pages carry no tags of its kind (before 2016).',
      value: ({ figures }) => figures.organizations,
    },
    { name: 'organizationShare', type: 'number', nullable: true, meaning: 'organizations as a share of the year’s organizations, 0 to 1.', value: ({ figures }) => figures.organizationShare },
    {
      name: 'projects',
      type: 'integer',
      meaning:
        'Technologies and topics: projects whose own title or abstract names it (any organization, the matching of a project’s own technologies). Categories: the projects of the organization-years filed under it.',
      value: ({ figures }) => figures.projects,
    },
    { name: 'projectShare', type: 'number', meaning: 'projects as a share of the year’s projects, 0 to 1.', value: ({ figures }) => figures.projectShare },
  ],
};

const KINDS: readonly TagKind[] = ['technology', 'topic', 'category'];

/** The tag-year records of some trends: kinds in order, tags A–Z, years oldest first; years with nothing left out. */
export function tagYearSources(trends: Trends, slugOf: (name: string) => string): TagYearSource[] {
  return KINDS.flatMap((kind) =>
    [...trends.tags[kind].values()]
      .sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }))
      .flatMap((trend) => {
        const slug = slugOf(trend.name);
        return trend.years.filter((figures) => (figures.organizations ?? 0) > 0 || figures.projects > 0).map((figures) => ({ trend, slug, figures }));
      }),
  );
}
