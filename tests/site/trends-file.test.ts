/** The trends build-data saves for Next's workers (lib/site/trends-file.ts). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../lib/content/load';
import { readTrendsFile, writeTrendsFile } from '../../lib/site/trends-file';
import { computeTrends } from '../../lib/site/trends';
import { contentFolder, textPage } from '../helpers/content-folder';

describe('the saved trends', () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'trends-file-')), 'trends.json');

  it('give back the trends of the folder they were computed from, Maps and all', () => {
    const folder = contentFolder({ 'a.txt': textPage({ name: 'Alpha', projects: [['A Rust parser', 'Written in Rust.']] }), 'b.txt': textPage({ name: 'Beta', year: '2010' }) });
    const trends = computeTrends(loadCatalog(folder));
    writeTrendsFile(trends, folder, file);
    const read = readTrendsFile(folder, file);
    expect(read).toEqual(trends);
    expect(read?.tags.technology).toBeInstanceOf(Map);
  });

  it('are not read for another folder, or once a page was added', () => {
    const folder = contentFolder({ 'a.txt': textPage({ name: 'Alpha' }) });
    writeTrendsFile(computeTrends(loadCatalog(folder)), folder, file);
    expect(readTrendsFile(contentFolder({ 'a.txt': textPage({ name: 'Alpha' }) }), file)).toBeUndefined();
    writeFileSync(path.join(folder, 'b.txt'), textPage({ name: 'Beta' }));
    expect(readTrendsFile(folder, file)).toBeUndefined();
  });
});
