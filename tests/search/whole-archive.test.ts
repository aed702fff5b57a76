/**
 * The whole-archive folder the corpus tests and the search benchmark read
 * (scripts/support/whole-archive.ts), on a corpus of two pages: imported with lib/import beside
 * the text pages, and reused while the inputs stay the same.
 */
import { copyFileSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hasWholeArchive, loadWholeArchive, wholeArchiveDir } from '../../scripts/support/whole-archive';
import { contentFolder, textPage } from '../helpers/content-folder';

const made: string[] = [];
afterAll(() => {
  for (const folder of made) rmSync(folder, { recursive: true, force: true });
});

function smallCorpus(): string {
  const corpus = contentFolder({
    'melange/2009/example.txt': textPage({ year: '2009', name: 'Example Org', projects: [['A Project', 'It does things.']] }),
    'melange/labels.json': '{}',
  });
  mkdirSync(path.join(corpus, 'gsoc-api'));
  copyFileSync(path.join(__dirname, '../fixtures/import/small-year.json'), path.join(corpus, 'gsoc-api/2016.json'));
  return corpus;
}

describe('the whole archive', () => {
  it('is the text pages with the archive JSON imported beside them, loaded as the site loads them', async () => {
    const corpus = contentFolder({ 'melange/2009/example.txt': textPage({ year: '2009' }) });
    expect(hasWholeArchive(corpus)).toBe(false);
    expect(() => wholeArchiveDir(corpus)).toThrow(/gsoc-api/);

    const small = smallCorpus();
    expect(hasWholeArchive(small)).toBe(true);
    const folder = wholeArchiveDir(small);
    made.push(folder);
    expect(readdirSync(folder).sort()).toEqual(['2009', '2016']);
    const catalog = await loadWholeArchive(small);
    expect(catalog.stats.errors).toBe(0);
    expect(catalog.organizationYears.map((organizationYear) => organizationYear.year).sort()).toEqual([2009, 2016, 2016, 2016]);
  });

  it('is imported once, and again when an input changes', () => {
    const corpus = smallCorpus();
    const folder = wholeArchiveDir(corpus);
    made.push(folder);
    const written = statSync(path.join(folder, '2009/example.txt')).mtimeMs;
    expect(wholeArchiveDir(corpus)).toBe(folder);
    expect(statSync(path.join(folder, '2009/example.txt')).mtimeMs).toBe(written);

    writeFileSync(path.join(corpus, 'melange/2009/example.txt'), textPage({ year: '2009', name: 'Renamed Organization' }));
    const changed = wholeArchiveDir(corpus);
    made.push(changed);
    expect(changed).not.toBe(folder);
    // The earlier folder of the same corpus is gone; no other corpus's folder is touched.
    expect(() => statSync(folder)).toThrow();
  });
});
