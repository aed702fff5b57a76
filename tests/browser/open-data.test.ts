/**
 * The open data files in the exported fixture site: the manifest matches the files, every
 * permalink in them is a page of the export, the Open data page and each year page link their
 * files, and the Open data page passes axe.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parseCsv } from '../helpers/csv';
import { baseUrl, sharedBrowser } from './browser';

const browser = sharedBrowser();

interface ManifestEntry {
  path: string;
  kind: string;
  format: 'json' | 'csv';
  year?: number;
  version: number;
  schema: string;
  records: number;
  bytes: number;
}

const siteFile = (sitePath: string) => path.join(inject('siteDir'), sitePath);
const manifest = () => JSON.parse(readFileSync(siteFile('/data/index.json'), 'utf8')) as { version: number; files: ManifestEntry[]; schemas: string[] };
const records = (entry: ManifestEntry) => (JSON.parse(readFileSync(siteFile(entry.path.replace(/\.csv$/, '.json')), 'utf8')) as { records: Record<string, unknown>[] }).records;

/** Whether a site path is served by the export, as a static host resolves it (a folder's index.html). */
function servesPage(sitePath: string): boolean {
  return statSync(path.join(siteFile(sitePath), 'index.html'), { throwIfNoEntry: false })?.isFile() ?? false;
}

/** /orgs/SLUG/EDITION/PROJECT/ pages of the export that are pages, not redirects from an old address. */
function projectPages(): string[] {
  const root = siteFile('/orgs/');
  const folders = (folder: string) => readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  return folders(root).flatMap((organization) =>
    folders(path.join(root, organization)).flatMap((edition) =>
      folders(path.join(root, organization, edition))
        .map((project) => `/orgs/${organization}/${edition}/${project}/`)
        .filter((page) => !readFileSync(path.join(siteFile(page), 'index.html'), 'utf8').includes('http-equiv="refresh"')),
    ),
  );
}

describe('the open data files of the export', () => {
  it('are every file the manifest lists, of its size, with its number of records', () => {
    const { files, schemas } = manifest();
    expect(files.length).toBeGreaterThanOrEqual(6 + 4 * 3);
    for (const entry of files) {
      expect(statSync(siteFile(entry.path)).size, entry.path).toBe(entry.bytes);
      const text = readFileSync(siteFile(entry.path), 'utf8');
      if (entry.format === 'json') expect((JSON.parse(text) as { records: unknown[] }).records, entry.path).toHaveLength(entry.records);
      else expect(parseCsv(text).length - 1, entry.path).toBe(entry.records);
      expect(schemas).toContain(entry.schema.split('#')[0]);
    }
    for (const schema of schemas) expect(JSON.parse(readFileSync(siteFile(schema), 'utf8'))).toHaveProperty('$schema');
  });

  it('hold permalinks that are all pages of the export', () => {
    // The trends' series (year-trends, tag-trends) are not records of a page: they have no permalink.
    const permalinks = manifest()
      .files.filter((entry) => entry.format === 'json')
      .flatMap((entry) => records(entry).flatMap((record) => ('permalink' in record ? [String(record.permalink)] : [])));
    expect(permalinks.length).toBeGreaterThan(50);
    expect(permalinks.filter((permalink) => !servesPage(permalink))).toEqual([]);
  });

  it('hold every project page of the export in projects.json, and no other', () => {
    const projects = records(manifest().files.find((entry) => entry.path === '/data/projects.json')!).map((record) => record.permalink);
    expect(new Set(projects)).toEqual(new Set(projectPages()));
  });
});

describe('the Open data page', () => {
  it('is linked from the footer and links every data file and schema, each served', async () => {
    const { page, errors } = await browser.open();
    await page.goto(`${baseUrl()}/`);
    await page.locator('footer a', { hasText: 'Open data' }).click();
    await page.waitForURL(`${baseUrl()}/data/`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Open data');
    const hrefs = new Set(await page.locator('main a[href^="/data/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href'))));
    const { files, schemas } = manifest();
    for (const file of [...files.map((entry) => entry.path), ...schemas, '/data/index.json']) expect(hrefs, file).toContain(file);
    const csv = await page.request.get(`${baseUrl()}/data/projects.csv`);
    expect(csv.status()).toBe(200);
    expect((await csv.text()).split('\r\n')[0]).toMatch(/^organizationSlug,organization,programId,year,/);
    expect(errors).toEqual([]);
  });

  it('has no serious or critical axe violation, at 1280 and 375 px, light and dark', async () => {
    const axePath = createRequire(import.meta.url).resolve('axe-core');
    for (const [width, colorScheme] of [[1280, 'light'], [375, 'dark']] as const) {
      const { page } = await browser.open(width);
      await page.emulateMedia({ colorScheme });
      await page.goto(`${baseUrl()}/data/`);
      await page.addScriptTag({ path: axePath });
      const violations = await page.evaluate(async () => {
        const results = await (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe.run();
        return results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => `${violation.id} (${violation.nodes.length})`);
      });
      expect(violations, `${width} px, ${colorScheme}`).toEqual([]);
    }
  });
});

describe('a year page', () => {
  it('links that year’s organization-years and projects, as CSV and JSON, holding only that year', async () => {
    const { page } = await browser.open(375);
    await page.goto(`${baseUrl()}/years/2017/`);
    const hrefs = await page.locator('main a[href^="/data/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs.sort()).toEqual(['/data/', '/data/2017/organization-years.csv', '/data/2017/organization-years.json', '/data/2017/projects.csv', '/data/2017/projects.json']);
    const response = await page.request.get(`${baseUrl()}/data/2017/projects.json`);
    const file = (await response.json()) as { year: number; records: { year: number }[] };
    expect(file.year).toBe(2017);
    expect(file.records.length).toBeGreaterThan(0);
    expect(file.records.every((record) => record.year === 2017)).toBe(true);
  });
});
