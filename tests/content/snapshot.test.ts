import { linkSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../lib/content/load';
import { readSnapshot, writeSnapshot } from '../../lib/content/snapshot';
import { abstractText } from '../../lib/render';
import { contentFolder, textPage } from '../helpers/content-folder';

describe('the records snapshot that `next build` reads', () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'snapshot-')), 'catalog.json');

  it('gives back the records of the folder it was taken of', () => {
    const folder = contentFolder({ 'a.txt': textPage({ name: 'Alpha' }) });
    const catalog = loadCatalog(folder);
    writeSnapshot(catalog, folder, file);
    const snapshot = readSnapshot(folder, file);
    expect(snapshot?.projects).toEqual(catalog.projects);
    expect(snapshot?.organizationYears).toEqual(catalog.organizationYears);
  });

  it('carries each project\'s abstract as text, so that the pages read from it do not read the abstracts again', () => {
    const page = ['---', 'program: gsoc', 'year: 2020', 'organization: Alpha', '---', '## Projects', '### Parser', 'Rewrite the **parser** in [Rust](https://rust-lang.org).'].join('\n');
    const folder = contentFolder({ 'a.md': page });
    const catalog = loadCatalog(folder);
    writeSnapshot(catalog, folder, file);
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { abstractTexts: string[] };
    expect(saved.abstractTexts).toEqual(['Rewrite the parser in Rust.']);

    // What the snapshot says is what abstractText gives for the records read from it.
    saved.abstractTexts = ['the text build-data read'];
    writeFileSync(file, JSON.stringify(saved));
    const snapshot = readSnapshot(folder, file);
    expect(abstractText(snapshot!.projects[0]!)).toBe('the text build-data read');
  });

  it('is not used for another folder, or once a page changed, was added or removed', () => {
    const folder = contentFolder({ 'a.txt': textPage({ name: 'Alpha' }) });
    writeSnapshot(loadCatalog(folder), folder, file);
    expect(readSnapshot(contentFolder({ 'a.txt': textPage({ name: 'Alpha' }) }), file)).toBeUndefined();

    writeFileSync(path.join(folder, 'a.txt'), textPage({ name: 'Alpha Renamed' }));
    utimesSync(path.join(folder, 'a.txt'), new Date(), new Date(Date.now() + 5_000));
    expect(readSnapshot(folder, file)).toBeUndefined();

    writeSnapshot(loadCatalog(folder), folder, file);
    expect(readSnapshot(folder, file)).toBeDefined();
    writeFileSync(path.join(folder, 'b.txt'), textPage({ name: 'Beta' }));
    expect(readSnapshot(folder, file)).toBeUndefined();
  });

  it('replaces its file without writing through a hard link to it (a node_modules/ copied with cp -al shares its .cache/)', () => {
    const folder = contentFolder({ 'a.txt': textPage({ name: 'Alpha' }) });
    const otherCheckout = mkdtempSync(path.join(tmpdir(), 'snapshot-'));
    const ours = path.join(otherCheckout, 'ours.json');
    const theirs = path.join(otherCheckout, 'theirs.json');
    writeFileSync(ours, 'the other checkout’s snapshot');
    linkSync(ours, theirs);
    writeSnapshot(loadCatalog(folder), folder, ours);
    expect(readFileSync(theirs, 'utf8')).toBe('the other checkout’s snapshot');
    expect(readSnapshot(folder, ours)).toBeDefined();
  });
});
