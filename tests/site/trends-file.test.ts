/** The trends build-data saves for Next's workers (lib/site/trends-file.ts). */
import { linkSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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

  it('replace their file without writing through a hard link to it (a node_modules/ copied with cp -al shares its .cache/)', () => {
    const folder = contentFolder({ 'a.txt': textPage({ name: 'Alpha' }) });
    const otherCheckout = mkdtempSync(path.join(tmpdir(), 'trends-file-'));
    const ours = path.join(otherCheckout, 'ours.json');
    const theirs = path.join(otherCheckout, 'theirs.json');
    writeFileSync(ours, 'the other checkout’s trends');
    linkSync(ours, theirs);
    writeTrendsFile(computeTrends(loadCatalog(folder)), folder, ours);
    expect(readFileSync(theirs, 'utf8')).toBe('the other checkout’s trends');
    expect(readTrendsFile(folder, ours)).toBeDefined();
  });
});
