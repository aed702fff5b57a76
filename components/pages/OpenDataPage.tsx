import { Breadcrumbs } from '../Breadcrumbs';
import { CSV_FORMULA_GUARD_RULE } from '@/lib/csv';
import { fileSize, plural } from '@/lib/human-readable';
import { HOME_PATH, OPEN_DATA_MANIFEST_PATH, TRENDS_PATH, type OpenDataKind } from '@/lib/paths';
import { OPEN_DATA_TABLES, OPEN_DATA_VERSION, type Column } from '@/lib/site/open-data';
import { publicPath } from '@/lib/site/publishing';
import { findOpenDataFile, openDataYears, type OpenDataManifest } from '@/lib/site/open-data-files';

const KIND_TITLES: Record<OpenDataKind, string> = {
  organizations: 'Organizations',
  'organization-years': 'Organization-years',
  projects: 'Projects',
  'year-trends': 'Trends: years',
  'tag-trends': 'Trends: technologies, topics and categories',
};

/**
 * A link to one file, with its size: "projects.csv 5.1 MB", or "CSV 3 KB" in a year's row (the
 * link's name then says whose file it is, for a screen reader's list of links).
 */
function FileLink({ manifest, kind, format, year }: { manifest: OpenDataManifest; kind: OpenDataKind; format: 'json' | 'csv'; year?: number }) {
  const file = findOpenDataFile(manifest, kind, format, year);
  if (!file) return <span className="muted">none</span>;
  return (
    <>
      <a href={publicPath(file.path)}>
        {year === undefined ? (
          file.path.split('/').pop()
        ) : (
          <>
            {format.toUpperCase()}
            <span className="visually-hidden">
              {' '}
              of the {kind} of {year}
            </span>
          </>
        )}
      </a>{' '}
      <span className="muted">{fileSize(file.bytes)}</span>
    </>
  );
}

function columnType(column: Column<never>): string {
  return column.nullable ? `${column.type}, or null` : column.type;
}

/** The Open data page (/data/): what each file holds, its columns, formats, versions and licence. */
export function OpenDataPage({ manifest }: { manifest: OpenDataManifest }) {
  const count = (kind: OpenDataKind) => findOpenDataFile(manifest, kind, 'json')?.records ?? 0;
  const years = openDataYears(manifest);
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Home', href: HOME_PATH }]} current="Open data" />
      <h1>Open data</h1>
      <p className="lede">
        The catalog’s records as files to download and analyse: {plural(count('organizations'), 'organization')},{' '}
        {plural(count('organization-years'), 'organization-year')} and {plural(count('projects'), 'project')}, as JSON and as CSV, for the whole
        archive and for each year. They are the records this site is built from. Beside them, the series the <a href={publicPath(TRENDS_PATH)}>trends</a> draw: each year’s figures, and
        each technology’s, topic’s and category’s per year.
      </p>
      <div className="prose open-data">
        <h2 id="files">The files</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">The whole archive</th>
              <th scope="col">Records</th>
              <th scope="col">JSON</th>
              <th scope="col">CSV</th>
            </tr>
          </thead>
          <tbody>
            {OPEN_DATA_TABLES.map((table) => (
              <tr key={table.kind}>
                <th scope="row">{KIND_TITLES[table.kind]}</th>
                <td>{count(table.kind).toLocaleString('en-US')}</td>
                <td>
                  <FileLink manifest={manifest} kind={table.kind} format="json" />
                </td>
                <td>
                  <FileLink manifest={manifest} kind={table.kind} format="csv" />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>Each year’s organization-years and projects, every program of that year together (the same records as the files above), with their number:</p>
        <table>
          <thead>
            <tr>
              <th scope="col">Year</th>
              <th scope="col">Organization-years</th>
              <th scope="col">Projects</th>
            </tr>
          </thead>
          <tbody>
            {years.map((year) => (
              <tr key={year} id={`year-${year}`}>
                <th scope="row">{year}</th>
                {(['organization-years', 'projects'] as const).map((kind) => (
                  <td key={kind}>
                    {findOpenDataFile(manifest, kind, 'json', year)?.records.toLocaleString('en-US')} · <FileLink manifest={manifest} kind={kind} format="json" year={year} />
                    {' · '}
                    <FileLink manifest={manifest} kind={kind} format="csv" year={year} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          <a href={publicPath(OPEN_DATA_MANIFEST_PATH)}>{OPEN_DATA_MANIFEST_PATH}</a> lists every file with its format, version, schema, columns (CSV), number of records and
          size in bytes, for scripts that fetch them. Each kind of file has a JSON Schema:{' '}
          {manifest.schemas.map((schema, index) => (
            <span key={schema}>
              {index > 0 && ', '}
              <a href={publicPath(schema)}>{schema.split('/').pop()}</a>
            </span>
          ))}
          .
        </p>

        <h2 id="columns">What each file holds</h2>
        {OPEN_DATA_TABLES.map((table) => (
          <section key={table.kind} aria-labelledby={`columns-${table.kind}`}>
            <h3 id={`columns-${table.kind}`}>
              {KIND_TITLES[table.kind]} <span className="muted">({table.kind}.json, {table.kind}.csv)</span>
            </h3>
            <p>{table.description} Its columns, in the CSV’s order:</p>
            <dl className="open-data__columns">
              {table.columns.map((column) => (
                <div key={column.name}>
                  <dt>
                    <code>{column.name}</code> <span className="muted">{columnType(column)}</span>
                  </dt>
                  <dd>{column.meaning}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}

        <h2 id="formats">Formats</h2>
        <ul>
          <li>
            <strong>JSON</strong>: one object with <code>version</code>, <code>schema</code> (the path of its JSON Schema), <code>kind</code>,{' '}
            <code>year</code> (in the file of one year only) and <code>records</code>, an array with one record per line.
          </li>
          <li>
            <strong>CSV</strong>: RFC 4180, UTF-8, a header row of the column names, lines ending in CRLF; a field holding a comma, a quote or a
            line break is quoted. A list is one field, its items joined by <code>; </code> (semicolon and space). An item’s own <code>;</code> or{' '}
            <code>\</code> would be written <code>\;</code> or <code>\\</code>; no item in the archive has one, so splitting on <code>; </code> is
            enough today.
          </li>
          <li>
            Every record has every column. A value the archive does not give is <code>null</code> in JSON and an empty field in CSV; text is never
            empty, and an empty list is <code>[]</code> in JSON and an empty field in CSV.
          </li>
          <li>
            Permalinks are paths on this site, like <code>/orgs/xen-project/2014/</code>: put the site’s address in front to make a link. Organizations
            are joined across files by <code>organizationSlug</code> = <code>slug</code>.
          </li>
          <li>The files hold no build date: the same content gives the same bytes, so a file changes only when its data does.</li>
          <li>
            <strong>Formulas</strong>: {CSV_FORMULA_GUARD_RULE} (A contributor <code>@name</code> is <code>&apos;@name</code> in CSV and{' '}
            <code>@name</code> in JSON.) In a spreadsheet, import the file as UTF-8 (it has no byte order mark) and its columns as text.
          </li>
        </ul>

        <h2 id="versions">Versions</h2>
        <p>
          Every file is at version {OPEN_DATA_VERSION}: the <code>version</code> field of a JSON file, and the manifest’s entry of a CSV file. The
          version goes up when a change would break a reader: a column removed, renamed, or given another type or meaning. New columns are added at
          the end and new records appear as the archive grows without a new version. A schema’s file name carries its version (
          <code>projects.v{OPEN_DATA_VERSION}.json</code>).
        </p>

        <h2 id="licence">Licence</h2>
        <p>
          The organizations’ descriptions and the projects’ titles and abstracts belong to their authors and to Google, which published them in the
          Google Summer of Code archive. These files are this catalog’s extraction of that public archive: its records, their canonical technologies,
          topics and categories, and the counts and links the catalog derives from them. Use them for research and analysis, credit the archive, and
          ask the authors before you republish their texts.
        </p>

        <h2 id="examples">Examples</h2>
        <p>The projects per year, and each project’s mentors as a list, with Python’s pandas:</p>
        <pre tabIndex={0} aria-label="Example: reading projects.csv with pandas">
          <code>{`import pandas as pd

# keep_default_na=False: a title like "None" stays text;
# only an empty field is missing.
projects = pd.read_csv("projects.csv",
    keep_default_na=False, na_values=[""])
print(projects.groupby("year").size())
mentors = projects["mentors"].str.split("; ")`}</code>
        </pre>
        <p>The titles of the projects that name Rust themselves, with jq:</p>
        <pre tabIndex={0} aria-label="Example: reading projects.json with jq">
          <code>{`jq -r '.records[]
  | select(.technologies | index("rust"))
  | "\\(.year) \\(.title)"' projects.json`}</code>
        </pre>
      </div>
    </>
  );
}
