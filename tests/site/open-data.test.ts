/**
 * The open data files (lib/site/open-data.ts, open-data-files.ts) of the fixture site plus a page
 * with quotes, commas and Markdown: the records are those `catalog dump` prints, every CSV reads
 * back as its JSON, every JSON record follows its schema.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../lib/cli/command-runner';
import type { OrganizationYear, Project } from '../../lib/content/schema';
import { openDataFilePath, openDataSchemaPath, OPEN_DATA_MANIFEST_PATH, type OpenDataKind } from '../../lib/paths';
import { openDataFiles, type OpenDataManifest } from '../../lib/site/open-data-files';
import { parseCsv } from '../helpers/csv';
import { openDataDifferences } from '../helpers/open-data';
import { writeFileSync, mkdirSync } from 'node:fs';

const REPOSITORY = path.resolve(import.meta.dirname, '../..');
const KINDS: OpenDataKind[] = ['organizations', 'organization-years', 'projects'];

const QUIRKY_PAGE = `---
program: Google Summer of Code
year: 2019
organization: Quirky, "Quoted" Org
web_page: https://quirky.example/
topics: [data science]
technologies: [python, csv]
---

Quirky **builds** parsers.

## Projects

### Parse "CSV", fast

- Contributor: Zoë "Zed" Quirk
- Mentors: Ann Mentor, Bob Mentor
- Code: https://example.com/csv

**Bold** start, with a [link](https://example.com/).

Second paragraph with \`code\`, in Python.

### Untitled abstract

### =1+2

- Contributor: @Quirk
- Mentors: -Ann, =cmd|' /C calc'!A0

+ a list that is the abstract
`;

interface Dump {
  organizationYears: OrganizationYear[];
  projects: Project[];
}

interface JsonFile {
  version: number;
  schema: string;
  kind: string;
  year?: number;
  records: Record<string, unknown>[];
}

let folder: string;
let dump: Dump;
let texts: Map<string, string>;
let manifest: OpenDataManifest;
const json = (filePath: string) => JSON.parse(texts.get(filePath)!) as JsonFile;

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'catalog-open-data-'));
  cpSync(path.join(REPOSITORY, 'content'), folder, { recursive: true });
  cpSync(path.join(REPOSITORY, 'tests/fixtures/site'), folder, { recursive: true });
  mkdirSync(path.join(folder, '2019'));
  writeFileSync(path.join(folder, '2019/quirky.md'), QUIRKY_PAGE);
  const out: string[] = [];
  const code = await runCli(['dump', '--content', folder], { out: (text) => out.push(text), err: () => {} });
  expect(code).toBe(0);
  dump = JSON.parse(out.join('\n')) as Dump;
  const built = openDataFiles(dump);
  texts = new Map(built.files.map((file) => [file.path, file.text]));
  manifest = built.manifest;
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the open data records', () => {
  it('are the projects `catalog dump` prints, in its order, with their values', () => {
    const records = json(openDataFilePath('projects', 'json')).records;
    expect(records).toHaveLength(dump.projects.length);
    dump.projects.forEach((project, index) => {
      expect(records[index]).toMatchObject({
        organizationSlug: project.organizationSlug,
        organization: project.organization,
        programId: project.programId,
        year: project.year,
        slug: project.slug,
        title: project.title,
        contributor: project.contributor ?? null,
        mentors: project.mentors ?? [],
        codeUrl: project.codeUrl ?? null,
        projectUrl: project.projectUrl ?? null,
        technologies: project.technologies,
        organizationTechnologies: project.organizationTechnologies,
        permalink: project.path,
      });
    });
  });

  it('give an abstract as plain text, Markdown read and paragraphs joined, and null for none', () => {
    const records = json(openDataFilePath('projects', 'json', 2019)).records;
    expect(records.map((record) => [record.title, record.abstract, record.contributor, record.mentors])).toEqual([
      ['Parse "CSV", fast', 'Bold start, with a link. Second paragraph with code, in Python.', 'Zoë "Zed" Quirk', ['Ann Mentor', 'Bob Mentor']],
      ['Untitled abstract', null, null, []],
      ['=1+2', 'a list that is the abstract', '@Quirk', ['-Ann', "=cmd|' /C calc'!A0"]],
    ]);
  });

  it('are the organization-years `catalog dump` prints, with canonical and written tags', () => {
    const records = json(openDataFilePath('organization-years', 'json')).records;
    expect(records).toHaveLength(dump.organizationYears.length);
    dump.organizationYears.forEach((organizationYear, index) => {
      expect(records[index]).toMatchObject({
        organizationSlug: organizationYear.slug,
        programId: organizationYear.programId,
        year: organizationYear.year,
        name: organizationYear.name,
        category: organizationYear.category ?? null,
        categoryAsWritten: organizationYear.categoryAsWritten ?? null,
        topics: organizationYear.topics,
        topicsAsWritten: organizationYear.topicsAsWritten,
        technologies: organizationYear.technologies,
        technologiesAsWritten: organizationYear.technologiesAsWritten,
        projectCount: organizationYear.projectCount,
        permalink: organizationYear.path,
      });
    });
    const quirky = records.find((record) => record.organizationSlug === 'quirky-quoted-org')!;
    expect(quirky.description).toBe('Quirky builds parsers.');
  });

  it('have one organization per slug, with the years, programs and projects of its organization-years', () => {
    const records = json(openDataFilePath('organizations', 'json')).records;
    const slugs = [...new Set(dump.organizationYears.map((organizationYear) => organizationYear.slug))];
    expect(records.map((record) => record.slug).sort()).toEqual(slugs.sort());
    for (const record of records) {
      const organizationYears = dump.organizationYears.filter((organizationYear) => organizationYear.slug === record.slug);
      expect(record.years).toEqual([...new Set(organizationYears.map((organizationYear) => organizationYear.year))].sort());
      expect(record.programs).toEqual([...new Set(organizationYears.map((organizationYear) => organizationYear.programId))].sort());
      expect(record.projectCount).toBe(dump.projects.filter((project) => project.organizationSlug === record.slug).length);
      expect(record.organizationYearCount).toBe(organizationYears.length);
      expect(record.permalink).toBe(`/orgs/${String(record.slug)}/`);
      expect(new Set(record.technologies as string[])).toEqual(new Set(organizationYears.flatMap((organizationYear) => organizationYear.technologies)));
    }
  });

  it('in each year’s files are that year’s records of the whole archive’s, every year together making all', () => {
    const years = [...new Set(dump.organizationYears.map((organizationYear) => organizationYear.year))].sort();
    for (const kind of ['organization-years', 'projects'] as const) {
      const all = json(openDataFilePath(kind, 'json')).records;
      const byYear = years.flatMap((year) => {
        const file = json(openDataFilePath(kind, 'json', year));
        expect(file.year).toBe(year);
        expect(file.records.every((record) => record.year === year)).toBe(true);
        return file.records;
      });
      expect(byYear).toHaveLength(all.length);
      expect(new Set(byYear.map((record) => record.permalink))).toEqual(new Set(all.map((record) => record.permalink)));
    }
  });
});

type JsonSchema = { $defs: { record: { required: string[]; properties: Record<string, { type?: string; items?: { type: string }; anyOf?: { type: string }[] }> } } };

describe('the open data files', () => {
  it('in CSV read back as the records of the JSON file of the same name', () => {
    const csvFiles = manifest.files.filter((file) => file.format === 'csv');
    expect(csvFiles.length).toBeGreaterThan(6);
    expect(openDataDifferences(csvFiles, (filePath) => texts.get(filePath)!)).toEqual([]);
  });

  it('in CSV guard cells a spreadsheet would run, and the manifest says how to undo it', () => {
    const [header, ...rows] = parseCsv(texts.get(openDataFilePath('projects', 'csv', 2019))!);
    const hostile = Object.fromEntries(header!.map((name, index) => [name, rows[2]![index]]));
    expect(hostile).toMatchObject({ title: "'=1+2", contributor: "'@Quirk", mentors: "'-Ann; =cmd|' /C calc'!A0" });
    expect(manifest.csv.formulaGuard).toMatch(/^A text cell starting with =, \+, -, @, a tab, a CR or ' has a ' put before it/);
  });

  it('in JSON say their version, schema and kind, and each record has exactly its schema’s columns, of their types', () => {
    const typeOf = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value);
    for (const file of manifest.files.filter((entry) => entry.format === 'json')) {
      const data = json(file.path);
      expect(data).toMatchObject({ version: 1, schema: openDataSchemaPath(file.kind, 1), kind: file.kind });
      const { required, properties } = (JSON.parse(texts.get(data.schema)!) as JsonSchema).$defs.record;
      for (const record of data.records) {
        expect(Object.keys(record)).toEqual(required);
        for (const [name, value] of Object.entries(record)) {
          const property = properties[name]!;
          const allowed = property.anyOf ? property.anyOf.map((option) => option.type) : [property.type];
          // A JSON Schema "number" is any number, integers included.
          const type = typeOf(value) === 'integer' && allowed.includes('number') ? 'number' : typeOf(value);
          expect(allowed, `${file.path} ${name}`).toContain(type);
          if (typeof value === 'string') expect(value, `${file.path} ${name}`).not.toBe('');
          if (Array.isArray(value)) for (const item of value) expect(typeOf(item)).toBe(property.items!.type);
        }
      }
    }
  });

  it('are listed in the manifest with their records and bytes, CSV with the schema of one record', () => {
    const listed = new Set(manifest.files.map((file) => file.path));
    for (const kind of KINDS) for (const format of ['json', 'csv'] as const) expect(listed).toContain(openDataFilePath(kind, format));
    expect(listed).toContain(openDataFilePath('projects', 'csv', 2019));
    expect(listed).not.toContain(openDataFilePath('organizations', 'csv', 2019));
    for (const file of manifest.files) {
      expect(Buffer.byteLength(texts.get(file.path)!)).toBe(file.bytes);
      expect(json(file.path.replace(/\.csv$/, '.json')).records).toHaveLength(file.records);
      expect(file.schema).toBe(openDataSchemaPath(file.kind, 1) + (file.format === 'csv' ? '#/$defs/record' : ''));
    }
    expect(JSON.parse(texts.get(OPEN_DATA_MANIFEST_PATH)!)).toEqual(manifest);
  });

  it('are the same bytes when built again from the same records (no build date inside)', () => {
    const again = openDataFiles(dump).files;
    expect(new Map(again.map((file) => [file.path, file.text]))).toEqual(texts);
  });
});
