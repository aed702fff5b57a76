/**
 * Every open data file of a catalog (open-data.ts says what they hold): each table as JSON and CSV
 * for the whole archive and for each year, the tables' JSON Schemas, and the manifest
 * (/data/index.json) listing every file with its format, version, schema, record count and size.
 *
 * `catalog build-data` writes them into public/data/ before `next build`, which copies them into
 * the export beside the pages, so Next stays the one writer of out/. Why not route handlers: the
 * abstracts' plain text takes ~7 s to read on the whole archive (13,012 abstracts, one Markdown
 * parse each), and Next's rendering workers would each read them again; build-data reads them once.
 * The Open data page reads the manifest written here for its sizes and counts.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CSV_FORMULA_GUARD_RULE, CSV_LIST_SEPARATOR } from '../csv';
import type { OrganizationYear, Project } from '../content/schema';
import { OPEN_DATA_MANIFEST_PATH, OPEN_DATA_PATH, openDataFilePath, openDataSchemaPath, type OpenDataFormat, type OpenDataKind } from '../paths';
import { tagSlug } from '../slugs';
import { organizationsOf } from './catalog';
import { TAG_TRENDS_TABLE, YEAR_TRENDS_TABLE, tagYearSources } from './open-data-trends';
import { computeTrends, type Trends } from './trends';
import {
  OPEN_DATA_TABLES,
  OPEN_DATA_VERSION,
  ORGANIZATIONS_TABLE,
  ORGANIZATION_YEARS_TABLE,
  PROJECTS_TABLE,
  openDataCsv,
  openDataJson,
  openDataJsonSchema,
  openDataRecords,
  organizationYearSources,
  projectSources,
  type AnyOpenDataTable,
  type OpenDataRecord,
} from './open-data';

/** Where build-data writes the files: public/ is copied into the export as it is. */
export const OPEN_DATA_DIR = path.join('public', OPEN_DATA_PATH);

/** One data file as the manifest lists it. */
export interface OpenDataFileEntry {
  path: string;
  kind: OpenDataKind;
  format: OpenDataFormat;
  /** Only in a file of one year. */
  year?: number;
  version: number;
  /** The JSON Schema's path; for CSV, its record definition (one row). */
  schema: string;
  /** CSV only: the header, in order. */
  columns?: string[];
  records: number;
  bytes: number;
}

export interface OpenDataManifest {
  version: number;
  /** The page that documents the files. */
  about: string;
  csv: { encoding: 'UTF-8'; lineEnding: 'CRLF'; header: true; listSeparator: string; null: string; formulaGuard: string };
  files: OpenDataFileEntry[];
  schemas: string[];
}

export interface OpenDataFile {
  path: string;
  text: string;
}

interface Records {
  organizationYears: readonly OrganizationYear[];
  projects: readonly Project[];
}

/**
 * Every file, the manifest last (it describes the others). Paths are site paths (lib/paths.ts).
 * `trends` are the catalog's (build-data computes them once for these files and the site).
 */
export function openDataFiles(catalog: Records, trends: Trends = computeTrends(catalog)): { files: OpenDataFile[]; manifest: OpenDataManifest } {
  const organizationYears = openDataRecords(ORGANIZATION_YEARS_TABLE, organizationYearSources(catalog.organizationYears));
  const projects = openDataRecords(PROJECTS_TABLE, projectSources(catalog.projects));
  const years = [...new Set(catalog.organizationYears.map((organizationYear) => organizationYear.year))].sort((a, b) => a - b);
  const ofYear = (records: OpenDataRecord[], year: number) => records.filter((record) => record.year === year);

  const files: OpenDataFile[] = [];
  const entries: OpenDataFileEntry[] = [];
  const add = (table: AnyOpenDataTable, records: OpenDataRecord[], year?: number) => {
    for (const format of ['json', 'csv'] as const) {
      const filePath = openDataFilePath(table.kind, format, year);
      const text = format === 'json' ? openDataJson(table, records, year) : openDataCsv(table, records);
      const schema = openDataSchemaPath(table.kind, OPEN_DATA_VERSION);
      files.push({ path: filePath, text });
      entries.push({
        path: filePath,
        kind: table.kind,
        format,
        ...(year !== undefined && { year }),
        version: OPEN_DATA_VERSION,
        schema: format === 'json' ? schema : `${schema}#/$defs/record`,
        ...(format === 'csv' && { columns: table.columns.map((column) => column.name) }),
        records: records.length,
        bytes: Buffer.byteLength(text),
      });
    }
  };
  add(ORGANIZATIONS_TABLE, openDataRecords(ORGANIZATIONS_TABLE, organizationsOf(catalog.organizationYears)));
  add(ORGANIZATION_YEARS_TABLE, organizationYears);
  add(PROJECTS_TABLE, projects);
  add(YEAR_TRENDS_TABLE, openDataRecords(YEAR_TRENDS_TABLE, trends.years));
  add(TAG_TRENDS_TABLE, openDataRecords(TAG_TRENDS_TABLE, tagYearSources(trends, tagSlug)));
  for (const year of years) {
    add(ORGANIZATION_YEARS_TABLE, ofYear(organizationYears, year), year);
    add(PROJECTS_TABLE, ofYear(projects, year), year);
  }

  const schemas = OPEN_DATA_TABLES.map((table) => {
    const schemaPath = openDataSchemaPath(table.kind, OPEN_DATA_VERSION);
    files.push({ path: schemaPath, text: `${JSON.stringify(openDataJsonSchema(table), null, 2)}\n` });
    return schemaPath;
  });
  const manifest: OpenDataManifest = {
    version: OPEN_DATA_VERSION,
    about: OPEN_DATA_PATH,
    csv: { encoding: 'UTF-8', lineEnding: 'CRLF', header: true, listSeparator: CSV_LIST_SEPARATOR, null: 'an empty field', formulaGuard: CSV_FORMULA_GUARD_RULE },
    files: entries,
    schemas,
  };
  files.push({ path: OPEN_DATA_MANIFEST_PATH, text: `${JSON.stringify(manifest, null, 2)}\n` });
  return { files, manifest };
}

/** Replaces `dir` (public/data/ by default) with the open data files of `catalog`; returns the manifest. */
export function writeOpenDataFiles(catalog: Records, dir = OPEN_DATA_DIR, trends?: Trends): OpenDataManifest {
  const { files, manifest } = openDataFiles(catalog, trends);
  // The folder is the data's alone: files of a year no longer in the content must not linger.
  rmSync(dir, { recursive: true, force: true });
  for (const file of files) {
    const target = path.join(dir, path.relative(OPEN_DATA_PATH, file.path));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.text);
  }
  return manifest;
}

/** The manifest build-data wrote, for the Open data page; a clear error when it is missing. */
export function readOpenDataManifest(dir = OPEN_DATA_DIR): OpenDataManifest {
  const file = path.join(dir, path.relative(OPEN_DATA_PATH, OPEN_DATA_MANIFEST_PATH));
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as OpenDataManifest;
  } catch (error) {
    throw new Error(`the open data files are missing (${file}: ${(error as Error).message}); \`npm run catalog -- build-data\` writes them, and \`npm run build\` runs it first`);
  }
}

/** The manifest's entry of one file, if the build wrote it. */
export function findOpenDataFile(manifest: OpenDataManifest, kind: OpenDataKind, format: OpenDataFormat, year?: number): OpenDataFileEntry | undefined {
  const filePath = openDataFilePath(kind, format, year);
  return manifest.files.find((file) => file.path === filePath);
}

/** The years that have files of their own, oldest first. */
export function openDataYears(manifest: OpenDataManifest): number[] {
  return [...new Set(manifest.files.flatMap((file) => (file.year === undefined ? [] : [file.year])))].sort((a, b) => a - b);
}
