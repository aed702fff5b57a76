/**
 * The whole archive's open data round-trips: every CSV file, read back with the tests' own reader
 * and with the formula guard undone, equals its JSON twin cell for cell (0 differences). The real
 * archive has cells the guard changes (contributors "@AkkiSingh", "- Radostin Stoyanov").
 *
 * By default the files are built from the whole archive in ../shared/corpus (skipped without it).
 * To check the files of an export instead: OPEN_DATA_DIR=out/data npx vitest run THIS_FILE.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { OPEN_DATA_MANIFEST_PATH, OPEN_DATA_PATH } from '../../lib/paths';
import { openDataFiles, type OpenDataManifest } from '../../lib/site/open-data-files';
import { hasWholeArchive, loadWholeArchive } from '../../scripts/support/whole-archive';
import { parseCsv } from '../helpers/csv';
import { openDataDifferences } from '../helpers/open-data';

const exportDir = process.env.OPEN_DATA_DIR;
const present = exportDir ? existsSync(exportDir) : hasWholeArchive();

describe.skipIf(!present)(`the whole archive's open data (${exportDir ?? 'built from ../shared/corpus'}; skipped when absent)`, () => {
  let manifest: OpenDataManifest;
  let read: (filePath: string) => string;

  // Loading the whole archive takes 15–35 s on this machine, the files ~7 s more.
  beforeAll(async () => {
    if (exportDir) {
      read = (filePath) => readFileSync(path.join(exportDir, path.relative(OPEN_DATA_PATH, filePath)), 'utf8');
      manifest = JSON.parse(read(OPEN_DATA_MANIFEST_PATH)) as OpenDataManifest;
      return;
    }
    const catalog = await loadWholeArchive();
    const built = openDataFiles(catalog);
    const texts = new Map(built.files.map((file) => [file.path, file.text]));
    read = (filePath) => texts.get(filePath)!;
    manifest = built.manifest;
  }, 240_000);

  it('reads back from CSV as its JSON, cell for cell, once the formula guard is undone', () => {
    const differences = openDataDifferences(manifest.files, read);
    console.log(`open data round trip: ${manifest.files.filter((file) => file.format === 'csv').length} CSV files, ${differences.length} differences`);
    expect(differences.slice(0, 20)).toEqual([]);
  }, 300_000);

  it('guards the cells a spreadsheet would run, and only with one leading quote', () => {
    const [, ...rows] = parseCsv(read('/data/projects.csv'));
    const guarded = rows.flat().filter((cell) => /^'[=+\-@\t\r']/.test(cell));
    const unguarded = rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell));
    console.log(`projects.csv: ${guarded.length} guarded cells`);
    expect(unguarded).toEqual([]);
    expect(guarded.length).toBeGreaterThan(0);
  }, 120_000);
});
