/**
 * The organization finder's data (lib/site/finder.ts) on the fixture site: what each organization
 * offers the filters and sorts, and the data file the finder's script reads, decoded back.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as FinderModule from '../../lib/site/finder';

const REPOSITORY = path.resolve(import.meta.dirname, '../..');
let finderModule: typeof FinderModule;
let folder: string;

beforeAll(async () => {
  // The site's getters read CONTENT_DIR when first imported: the fixture site, as the browser tests build it.
  folder = mkdtempSync(path.join(tmpdir(), 'catalog-finder-'));
  cpSync(path.join(REPOSITORY, 'content'), folder, { recursive: true });
  cpSync(path.join(REPOSITORY, 'tests/fixtures/site'), folder, { recursive: true });
  process.env.CONTENT_DIR = folder;
  finderModule = await import('../../lib/site/finder');
});

afterAll(() => {
  delete process.env.CONTENT_DIR;
  rmSync(folder, { recursive: true, force: true });
});

const bySlug = (slug: string) => finderModule.getFinder().organizations.find((entry) => entry.organization.slug === slug)!;

describe('the organization finder', () => {
  it('lists every organization A–Z over the catalog’s years, with the trend’s two windows', () => {
    const finder = finderModule.getFinder();
    expect(finder.organizations.map((entry) => entry.organization.name)).toEqual([
      'Data Lab',
      'Example Foundation',
      'Garden Society',
      'Hostile <script>window.__injected = "name"</script> Org',
      'Kernel Works',
      'Sample Compilers Group',
      'Web Makers',
      'Xen Project',
      'Zig Tools',
    ]);
    expect(finder.years).toEqual([2009, 2010, 2013, 2014, 2015, 2017, 2018]);
    expect(finder.programs).toEqual(['gsoc', 'gci']);
    expect(finder.trend).toEqual({ recent: [2015, 2017, 2018], previous: [2010, 2013, 2014] });
  });

  it('ranks an organization’s technologies by the years that name them, then by recency', () => {
    expect(bySlug('data-lab').technologies).toEqual(['python', 'julia', 'c#', 'r']);
    expect(bySlug('kernel-works')).toMatchObject({ technologies: ['c', 'zig'], topics: ['kernel', 'drivers'], category: 'Operating systems' });
    expect(bySlug('kernel-works').organization.formerNames.map((former) => former.name)).toEqual(['Kernel Works Initiative']);
  });

  it('counts projects per year across programs, and the trend as recent minus earlier projects', () => {
    expect(bySlug('example-foundation')).toMatchObject({
      programs: ['gsoc', 'gci'],
      projectsByYear: [
        { year: 2009, count: 2 },
        { year: 2010, count: 2 },
        { year: 2013, count: 1 },
        { year: 2017, count: 3 },
      ],
      // 2017's 3 projects against 2010's 2 and 2013's 1.
      trend: 3 - 3,
    });
    // 3 projects in 2015 against 2 in 2014.
    expect(bySlug('data-lab').trend).toBe(3 - 2);
    expect(bySlug('web-makers').programs).toEqual(['gsoc', 'gci']);
  });

  it('counts each facet value’s organizations, most used first', () => {
    const finder = finderModule.getFinder();
    expect(finder.technologies.slice(0, 2)).toEqual([
      { name: 'python', slug: 'python', organizationCount: 3 },
      // Four technologies have two organizations each; A–Z breaks the tie.
      { name: 'javascript', slug: 'javascript', organizationCount: 2 },
    ]);
    expect(finder.technologies.find((technology) => technology.name === 'c#')).toEqual({ name: 'c#', slug: 'c-sharp', organizationCount: 1 });
  });

  it('writes a data file that decodes back to every organization’s values, in card order', () => {
    const finder = finderModule.getFinder();
    const data = finderModule.finderData(finder);
    expect(data.v).toBe(2);
    expect(data.ends).toEqual(['data-lab', 'zig-tools']);
    // Names only: the script derives each slug with the site's own tagSlug.
    expect(data.technologies).toContain('c#');
    expect(data.technologies).toContain('python');
    data.organizations.forEach(([yearMask, programMask, projects, categories, technologies, topics], index) => {
      const entry = finder.organizations[index]!;
      expect(data.years.filter((_, bit) => yearMask & (1 << bit))).toEqual(entry.organization.years);
      expect(data.programs.filter((_, bit) => programMask & (1 << bit))).toEqual(entry.programs);
      expect(projects).toEqual(entry.projectsByYear.map(({ count }) => count));
      expect(categories.map((at) => data.categories[at])).toEqual(entry.categories);
      expect(technologies.map((at) => data.technologies[at])).toEqual(entry.technologies);
      expect(topics.map((at) => data.topics[at])).toEqual(entry.topics);
    });
  });

  it('gives no trend to a catalog of too few years', () => {
    expect(finderModule.trendWindow([2014])).toEqual({ recent: [], previous: [] });
    expect(finderModule.trendWindow([2009, 2010, 2011, 2016, 2017, 2018, 2019])).toEqual({ recent: [2017, 2018, 2019], previous: [2010, 2011, 2016] });
  });
});
