/**
 * The real archive pages of 2009–2011, read from ../shared when it is there (it is never copied
 * into the repository). Without it these tests are reported as skipped, not passed.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../lib/content/build-catalog';
import { loadCatalog } from '../../lib/content/load';
import { MELANGE } from '../helpers/content-folder';

interface LabelledPage {
  org: string;
  year: number;
  projects: { title: string; abstract: string }[];
}

const present = existsSync(MELANGE);
if (!present) console.warn(`text-page corpus tests skipped: no ${MELANGE} beside the repository (set SHARED_DIR to where it is)`);

describe.skipIf(!present)('the 2009–2011 text pages in ../shared/corpus/melange', () => {
  // Loaded in beforeAll: a skipped describe's body still runs, and must not read a missing folder.
  let catalog: Catalog;
  let labels: Record<string, LabelledPage>;
  // 426 pages load in ~2 s on a quiet machine; the default 10 s is too short on a busy one.
  beforeAll(() => {
    catalog = loadCatalog(MELANGE);
    labels = JSON.parse(readFileSync(path.join(MELANGE, 'labels.json'), 'utf8')) as Record<string, LabelledPage>;
  }, 60_000);

  it('load completely: 426 pages, 2,057 projects, 0 errors', () => {
    expect(catalog.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(catalog.stats.pages).toBe(426);
    expect(catalog.organizationYears).toHaveLength(426);
    expect(catalog.projects).toHaveLength(2057);
  });

  it('account for every labelled project: the same bullet, split right or counted as a split error', () => {
    const byBullet = new Map(catalog.projects.map((project) => [`${project.source.file}:${project.source.line}`, project]));
    let right = 0;
    let wrong = 0;
    for (const [file, page] of Object.entries(labels)) {
      const loaded = catalog.projects.filter((project) => project.source.file === file);
      expect(loaded, file).toHaveLength(page.projects.length);
      page.projects.forEach((truth, index) => {
        const project = byBullet.get(`${file}:${loaded[index]!.source.line}`)!;
        // Whatever the split, the bullet's text is all there, in order.
        expect(`${project.title} ${project.abstract}`.trim()).toBe(`${truth.title} ${truth.abstract}`.trim());
        if (project.title === truth.title) right++;
        else wrong++;
      });
    }
    expect(right + wrong).toBe(2057);
    console.log(`title split on 2009–2011: ${right} right, ${wrong} wrong (${((100 * right) / (right + wrong)).toFixed(1)}% exact)`);
  });

  it('give the organizations of a page its name and year', () => {
    for (const [file, page] of Object.entries(labels)) {
      const organization = catalog.organizationYears.find((candidate) => candidate.source.file === file);
      expect(organization, file).toMatchObject({ name: page.org, year: page.year });
    }
  });
});
