/**
 * The open data files: the catalog's records (the same ones `catalog dump` prints) as tables of
 * organizations, organization-years and projects, each written as JSON and as CSV. Every column is
 * declared once below, with its type and meaning: the records, the CSV header, the JSON Schema and
 * the columns the Open data page documents all come from these declarations, so they cannot drift.
 *
 * Conventions, the same in every file (the Open data page says them to readers):
 * - Every record has every column; a value that is missing is null (an empty CSV cell). Text is
 *   never the empty string, so an empty cell always reads back as null.
 * - Permalinks are site paths ("/orgs/xen-project/2014/"): the files do not depend on where the
 *   site is published.
 * - Lists in CSV are joined by "; " (lib/csv.ts).
 * - No build date: the same content gives the same bytes, so a file only changes when data does.
 */
import { csvList, csvTable, type CsvValue } from '../csv';
import type { OrganizationYear, Project } from '../content/schema';
import { openDataSchemaPath, type OpenDataKind } from '../paths';
import { abstractText, readableText } from '../render';
import type { Organization } from './catalog';
import { TAG_TRENDS_TABLE, YEAR_TRENDS_TABLE } from './open-data-trends';

/**
 * The version of every file's layout. Bump it on a breaking change (a column removed, renamed, or
 * given another type or meaning), never for new data; a column added at the end is not breaking.
 */
export const OPEN_DATA_VERSION = 1;

export type ColumnType = 'text' | 'integer' | 'number' | 'list of text' | 'list of integers';
export type ColumnValue = string | number | string[] | number[] | null;
export type OpenDataRecord = Record<string, ColumnValue>;

export interface Column<Source> {
  name: string;
  type: ColumnType;
  /** Whether the value may be null. Lists are never null: an empty list is []. */
  nullable?: boolean;
  /** What the value means, for the Open data page and the JSON Schema. */
  meaning: string;
  value: (source: Source) => ColumnValue;
}

export interface OpenDataTable<Source> {
  kind: OpenDataKind;
  /** "organization-year": what one record is. */
  recordName: string;
  /** One sentence on what the file holds, for the Open data page and the schema. */
  description: string;
  columns: readonly Column<Source>[];
}

/** A table of any source, for what only reads its kind and columns (a source is never passed in). */
export type AnyOpenDataTable = OpenDataTable<never>;

/** Text or null: the files never hold an empty string (see above). */
const text = (value: string | undefined): string | null => value || null;

/** A project with the plain text of its abstract, which is computed once for all files that hold it. */
export interface ProjectSource {
  project: Project;
  abstractText: string;
}

export interface OrganizationYearSource {
  organizationYear: OrganizationYear;
  descriptionText: string;
}

/** Values of one kind over an organization's years, those in most years first, then the most recent. */
function acrossYears(organization: Organization, valuesOf: (organizationYear: OrganizationYear) => readonly string[]): string[] {
  const seen = new Map<string, { years: number; order: number }>();
  organization.organizationYears.forEach((organizationYear, order) => {
    for (const value of new Set(valuesOf(organizationYear))) {
      const entry = seen.get(value);
      if (entry) entry.years++;
      else seen.set(value, { years: 1, order });
    }
  });
  return [...seen].sort(([, a], [, b]) => b.years - a.years || a.order - b.order).map(([value]) => value);
}

export const ORGANIZATIONS_TABLE: OpenDataTable<Organization> = {
  kind: 'organizations',
  recordName: 'organization',
  description: 'One record per organization across all its years, names and programs.',
  columns: [
    { name: 'slug', type: 'text', meaning: 'The organization’s URL name, the same in all its years: the key other files refer to as organizationSlug.', value: (organization) => organization.slug },
    { name: 'name', type: 'text', meaning: 'Its name in its latest year.', value: (organization) => organization.name },
    { name: 'formerNames', type: 'list of text', meaning: 'Other names its pages gave it, most recent first.', value: (organization) => organization.formerNames.map((former) => former.name) },
    { name: 'aliases', type: 'list of text', meaning: 'Earlier slugs: their addresses redirect to its permalink.', value: (organization) => organization.aliases },
    {
      name: 'webPage',
      type: 'text',
      nullable: true,
      meaning: 'The web page of its latest year that gives one, as that page gave it (not always a URL).',
      value: (organization) => text(organization.organizationYears.find((organizationYear) => organizationYear.webPage)?.webPage),
    },
    { name: 'years', type: 'list of integers', meaning: 'The years it took part in, any program, oldest first.', value: (organization) => organization.years },
    {
      name: 'programs',
      type: 'list of text',
      meaning: 'The programs it took part in: gsoc (Google Summer of Code), gci (Google Code-in).',
      value: (organization) => [...new Set(organization.organizationYears.map((organizationYear) => organizationYear.programId))].sort(),
    },
    {
      name: 'category',
      type: 'text',
      nullable: true,
      meaning: 'The canonical category of its latest year that names one (the archive files organizations under a category from 2016 on).',
      value: (organization) => text(organization.organizationYears.find((organizationYear) => organizationYear.category)?.category),
    },
    {
      name: 'technologies',
      type: 'list of text',
      meaning: 'Its canonical technologies over all its years, those of most years first.',
      value: (organization) => acrossYears(organization, (organizationYear) => organizationYear.technologies),
    },
    { name: 'topics', type: 'list of text', meaning: 'Its canonical topics over all its years, those of most years first.', value: (organization) => acrossYears(organization, (organizationYear) => organizationYear.topics) },
    { name: 'organizationYearCount', type: 'integer', meaning: 'How many organization-years it has (a year of Summer of Code and of Code-in count as two).', value: (organization) => organization.organizationYears.length },
    { name: 'projectCount', type: 'integer', meaning: 'Its projects in all its years.', value: (organization) => organization.projectCount },
    { name: 'permalink', type: 'text', meaning: 'Its page on this site, as a site path: /orgs/SLUG/.', value: (organization) => organization.path },
  ],
};

export const ORGANIZATION_YEARS_TABLE: OpenDataTable<OrganizationYearSource> = {
  kind: 'organization-years',
  recordName: 'organization-year',
  description: 'One record per organization-year: one organization in one program and year, as its archive page had it.',
  columns: [
    { name: 'organizationSlug', type: 'text', meaning: 'The organization: slug in the organizations file.', value: ({ organizationYear }) => organizationYear.slug },
    { name: 'programId', type: 'text', meaning: 'gsoc (Google Summer of Code) or gci (Google Code-in).', value: ({ organizationYear }) => organizationYear.programId },
    { name: 'year', type: 'integer', meaning: 'The year.', value: ({ organizationYear }) => organizationYear.year },
    { name: 'name', type: 'text', meaning: 'The organization’s name as that year’s page wrote it.', value: ({ organizationYear }) => organizationYear.name },
    { name: 'description', type: 'text', nullable: true, meaning: 'Its description as plain text (Markdown read, paragraphs joined by a space).', value: ({ descriptionText }) => text(descriptionText) },
    { name: 'webPage', type: 'text', nullable: true, meaning: 'Its web page, as the page gave it (not always a URL).', value: ({ organizationYear }) => text(organizationYear.webPage) },
    { name: 'license', type: 'text', nullable: true, meaning: 'Its licence, as the page gave it.', value: ({ organizationYear }) => text(organizationYear.license) },
    { name: 'mailingList', type: 'text', nullable: true, meaning: 'Its mailing list, as the page gave it.', value: ({ organizationYear }) => text(organizationYear.mailingList) },
    { name: 'category', type: 'text', nullable: true, meaning: 'Its canonical category.', value: ({ organizationYear }) => text(organizationYear.category) },
    { name: 'categoryAsWritten', type: 'text', nullable: true, meaning: 'Its category as the page wrote it.', value: ({ organizationYear }) => text(organizationYear.categoryAsWritten) },
    { name: 'topics', type: 'list of text', meaning: 'Its canonical topics.', value: ({ organizationYear }) => organizationYear.topics },
    { name: 'topicsAsWritten', type: 'list of text', meaning: 'Its topics as the page wrote them.', value: ({ organizationYear }) => organizationYear.topicsAsWritten },
    { name: 'technologies', type: 'list of text', meaning: 'Its canonical technologies.', value: ({ organizationYear }) => organizationYear.technologies },
    { name: 'technologiesAsWritten', type: 'list of text', meaning: 'Its technologies as the page wrote them.', value: ({ organizationYear }) => organizationYear.technologiesAsWritten },
    { name: 'projectCount', type: 'integer', meaning: 'Its projects that year.', value: ({ organizationYear }) => organizationYear.projectCount },
    { name: 'permalink', type: 'text', meaning: 'Its page on this site, as a site path: /orgs/SLUG/2014/ (or /orgs/SLUG/code-in-2014/).', value: ({ organizationYear }) => organizationYear.path },
  ],
};

export const PROJECTS_TABLE: OpenDataTable<ProjectSource> = {
  kind: 'projects',
  recordName: 'project',
  description: 'One record per project of every organization-year.',
  columns: [
    { name: 'organizationSlug', type: 'text', meaning: 'The organization: slug in the organizations file.', value: ({ project }) => project.organizationSlug },
    { name: 'organization', type: 'text', meaning: 'The organization’s name as that year’s page wrote it.', value: ({ project }) => project.organization },
    { name: 'programId', type: 'text', meaning: 'gsoc (Google Summer of Code) or gci (Google Code-in).', value: ({ project }) => project.programId },
    { name: 'year', type: 'integer', meaning: 'The year.', value: ({ project }) => project.year },
    { name: 'slug', type: 'text', meaning: 'The project’s URL name, unique within its organization-year.', value: ({ project }) => project.slug },
    { name: 'title', type: 'text', meaning: 'Its title.', value: ({ project }) => project.title },
    {
      name: 'abstract',
      type: 'text',
      nullable: true,
      meaning: 'Its abstract as plain text: Markdown read, paragraphs joined by a space (the text search matches and shows).',
      value: ({ abstractText }) => text(abstractText),
    },
    { name: 'contributor', type: 'text', nullable: true, meaning: 'Its contributor (the student), when the archive names one.', value: ({ project }) => text(project.contributor) },
    { name: 'mentors', type: 'list of text', meaning: 'Its mentors, when the archive names them.', value: ({ project }) => project.mentors ?? [] },
    { name: 'codeUrl', type: 'text', nullable: true, meaning: 'Where its code is, when known.', value: ({ project }) => text(project.codeUrl) },
    { name: 'projectUrl', type: 'text', nullable: true, meaning: 'Its page on the program’s site, when known.', value: ({ project }) => text(project.projectUrl) },
    {
      name: 'technologies',
      type: 'list of text',
      meaning: 'The technologies of its organization-year that its title or abstract names itself (canonical).',
      value: ({ project }) => project.technologies,
    },
    { name: 'organizationTechnologies', type: 'list of text', meaning: 'Its organization-year’s canonical technologies (the archive tags the organization, not the project).', value: ({ project }) => project.organizationTechnologies },
    { name: 'permalink', type: 'text', meaning: 'Its permalink on this site, as a site path: /orgs/SLUG/2014/PROJECT/.', value: ({ project }) => project.path },
  ],
};

/** The tables, in the order the Open data page and the manifest list them: the records, then the trends' series. */
export const OPEN_DATA_TABLES: readonly AnyOpenDataTable[] = [ORGANIZATIONS_TABLE, ORGANIZATION_YEARS_TABLE, PROJECTS_TABLE, YEAR_TRENDS_TABLE, TAG_TRENDS_TABLE];

/** The records of a table: one per source, each with every column, in column order. */
export function openDataRecords<Source>(table: OpenDataTable<Source>, sources: readonly Source[]): OpenDataRecord[] {
  return sources.map((source) => Object.fromEntries(table.columns.map((column) => [column.name, column.value(source)])));
}

/** The sources of the organization-year and project tables, with their plain text read once. */
export function organizationYearSources(organizationYears: readonly OrganizationYear[]): OrganizationYearSource[] {
  return organizationYears.map((organizationYear) => ({ organizationYear, descriptionText: readableText(organizationYear.description, organizationYear.markup) }));
}

export function projectSources(projects: readonly Project[]): ProjectSource[] {
  return projects.map((project) => ({ project, abstractText: abstractText(project) }));
}

/**
 * A JSON file: the version, the schema it follows, what it holds, then one record per line, so the
 * file is both compact and readable in a diff or a pager.
 */
export function openDataJson(table: AnyOpenDataTable, records: readonly OpenDataRecord[], year?: number): string {
  const head = { version: OPEN_DATA_VERSION, schema: openDataSchemaPath(table.kind, OPEN_DATA_VERSION), kind: table.kind, ...(year !== undefined && { year }) };
  const lines = records.map((record) => JSON.stringify(record)).join(',\n');
  return `${JSON.stringify(head).slice(0, -1)},"records":[\n${lines}${records.length ? '\n' : ''}]}\n`;
}

function csvValue(value: ColumnValue): CsvValue {
  return Array.isArray(value) ? csvList(value) : value;
}

/** A CSV file: a header of the column names, one row per record. */
export function openDataCsv(table: AnyOpenDataTable, records: readonly OpenDataRecord[]): string {
  const names = table.columns.map((column) => column.name);
  return csvTable(
    names,
    records.map((record) => names.map((name) => csvValue(record[name] ?? null))),
  );
}

const JSON_SCHEMA_TYPES: Record<ColumnType, object> = {
  text: { type: 'string', minLength: 1 },
  integer: { type: 'integer' },
  number: { type: 'number' },
  'list of text': { type: 'array', items: { type: 'string', minLength: 1 } },
  'list of integers': { type: 'array', items: { type: 'integer' } },
};

/** The JSON Schema (2020-12) of a table's JSON files; its $defs.record is also one CSV row, read back. */
export function openDataJsonSchema(table: AnyOpenDataTable): object {
  const record = {
    type: 'object',
    additionalProperties: false,
    required: table.columns.map((column) => column.name),
    properties: Object.fromEntries(
      table.columns.map((column) => {
        const type = JSON_SCHEMA_TYPES[column.type];
        return [column.name, { description: column.meaning, ...(column.nullable ? { anyOf: [type, { type: 'null' }] } : type) }];
      }),
    ),
  };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: `GSoC archive catalog: ${table.kind}, version ${OPEN_DATA_VERSION}`,
    description: `${table.description} Permalinks are site paths. The CSV file of the same name has one column per property, in this order, lists joined by "; ", null as an empty cell.`,
    type: 'object',
    required: ['version', 'schema', 'kind', 'records'],
    properties: {
      version: { const: OPEN_DATA_VERSION },
      schema: { type: 'string', description: 'The site path of this schema.' },
      kind: { const: table.kind },
      year: { type: 'integer', description: 'Present in the file of one year: every record is of that year.' },
      records: { type: 'array', items: { $ref: '#/$defs/record' } },
    },
    $defs: { record },
  };
}
