/**
 * The finder's core (components/finder/core.ts) in Node, on the fixture site's records: every
 * facet value alone, combinations, every sort, each option's count, the address both ways, and
 * values the catalog does not have, whatever they are called. What it should show is worked out
 * from the records (scripts/support/finder-records.ts), never by the core.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyState, decodeFinder, drawnOrganizations, emptyState, readState, stateSearch, type FinderModel } from '../../../components/finder/core';
import { loadCatalog } from '../../../lib/content/load';
import { organizationsPath } from '../../../lib/paths';
import { FINDER_SORTS, type FinderData } from '../../../lib/site/finder-page';
import type * as FinderModule from '../../../lib/site/finder';
import { expectedOrganizations, recordOrganizations, type RecordOrganization } from '../../../scripts/support/finder-records';

const REPOSITORY = path.resolve(import.meta.dirname, '../../..');
let folder: string;
let records: RecordOrganization[];
let aToZ: string[];
let data: FinderData;
let model: FinderModel;

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'catalog-finder-core-'));
  cpSync(path.join(REPOSITORY, 'content'), folder, { recursive: true });
  cpSync(path.join(REPOSITORY, 'tests/fixtures/site'), folder, { recursive: true });
  records = recordOrganizations(loadCatalog(folder).organizationYears);
  // The site's getters read CONTENT_DIR when first imported: the data file as the build writes it.
  process.env.CONTENT_DIR = folder;
  const finderModule: typeof FinderModule = await import('../../../lib/site/finder');
  const finder = finderModule.getFinder();
  data = finderModule.finderData(finder);
  aToZ = finder.organizations.map((entry) => entry.organization.slug);
  // The names a card shows: its slug, name and former names.
  const names = finder.organizations.map(({ organization }) => [organization.slug, organization.name, ...organization.formerNames.map((former) => former.name)].join(' '));
  model = decodeFinder(data, aToZ, names);
});

afterAll(() => {
  delete process.env.CONTENT_DIR;
  rmSync(folder, { recursive: true, force: true });
});

/** Every organization the core would draw for a query string, in order (as after Show more until none is left). */
function drawn(search: string): string[] {
  const state = readState(model, search);
  return drawnOrganizations(model, state, applyState(model, state), Infinity).map((index) => model.organizations[index]!.slug);
}

const values = (pick: (organization: RecordOrganization) => (string | number)[]) => [...new Set(records.flatMap(pick))].sort();

describe('the finder core on the records', () => {
  it('draws every organization A–Z with no filter', () => {
    expect(drawn('')).toEqual(aToZ);
    expect(drawn('')).toEqual(expectedOrganizations(records, aToZ, ''));
  });

  it('filters by each value of each facet alone, as the records say', () => {
    const queries = [
      ...values((organization) => organization.years).flatMap((year) => [`year=${year}`, `first=${year}`]),
      ...values((organization) => organization.programs).map((program) => `program=${program}`),
      ...(['category', 'technology', 'topic'] as const).flatMap((kind) => values((organization) => organization[kind]).map((slug) => `${kind}=${encodeURIComponent(slug)}`)),
      ...[2, 3, 4, 5].map((n) => `min_years=${n}`),
    ];
    expect(queries.length).toBeGreaterThan(40);
    for (const query of queries) expect(drawn(`?${query}`), query).toEqual(expectedOrganizations(records, aToZ, `?${query}`));
    // Not a filter that matches everything or nothing by accident.
    expect(drawn('?technology=zig').length).toBeGreaterThan(0);
    expect(drawn('?technology=zig').length).toBeLessThan(aToZ.length);
  });

  it('combines facets (every year selected, any of a facet’s values) and sorts, as the records say', () => {
    const years = values((organization) => organization.years);
    const technologies = values((organization) => organization.technology).slice(0, 6);
    const queries: string[] = [];
    for (const year of years) for (const technology of technologies) for (const { id } of FINDER_SORTS) queries.push(`year=${year}&technology=${technology}&sort=${id}`);
    for (const [a, b] of years.slice(1).map((year, index) => [years[index], year])) queries.push(`year=${a}&year=${b}`);
    queries.push('technology=zig&technology=c-sharp', 'category=web&category=data&min_years=2', 'year=2015&technology=python&topic=web&sort=trend', 'program=gsoc&program=gci&sort=recent', 'q=kernel works initiative', 'q=DATA&sort=projects');
    for (const query of queries) expect(drawn(`?${query}`), query).toEqual(expectedOrganizations(records, aToZ, `?${query}`));
  });

  for (const { id } of FINDER_SORTS) {
    it(`orders every organization by ${id}, ties A–Z`, () => {
      expect(drawn(`?sort=${id}`)).toEqual(expectedOrganizations(records, aToZ, `?sort=${id}`));
    });
  }

  it('counts, for each option, the organizations choosing it would leave', () => {
    const leave = (params: URLSearchParams) => expectedOrganizations(records, aToZ, `?${params}`).length;
    /** The state's query with one parameter set to one value (or, for year, one more value). */
    const choosing = (search: string, key: string, value: string) => {
      const params = new URLSearchParams(search);
      if (key === 'year') params.append(key, value);
      else params.set(key, value);
      return params;
    };
    const states = ['?technology=zig&year=2015', '?first=2015&min_years=2&program=gci', '?category=web&topic=kernel&first=2010&program=gsoc', '?min_years=3&technology=python'];
    for (const search of states) {
      const { counts, matchCount } = applyState(model, readState(model, search));
      expect(matchCount, search).toBe(leave(new URLSearchParams(search)));
      // Years narrow (every selected year): a year counts the matches that also took part that year.
      model.years.forEach((year, index) => expect(counts.years[index], `${search}: year ${year}`).toBe(leave(choosing(search, 'year', String(year)))));
      // Within any other facet, an option counts against the other facets only (any of those selected).
      (['category', 'technology', 'topic'] as const).forEach((kind, facet) =>
        model.tables[facet]!.values.forEach((value) => expect(counts.tags[facet]![value.index], `${search}: ${kind} ${value.slug}`).toBe(leave(choosing(search, kind, value.slug)))),
      );
      model.programs.forEach((program, index) => expect(counts.programs[index], `${search}: ${program}`).toBe(leave(choosing(search, 'program', program))));
      model.years.forEach((year, index) => expect(counts.first[index], `${search}: first ${year}`).toBe(leave(choosing(search, 'first', String(year)))));
      for (let n = 2; n <= model.years.length; n++) expect(counts.minYears[n], `${search}: min_years ${n}`).toBe(leave(choosing(search, 'min_years', String(n))));
    }
  });

  it('writes the address as lib/paths.ts does, and reads it back to the same state', () => {
    const search = '?q=web&year=2010&year=2015&program=gci&category=web&technology=c-sharp&topic=kernel&first=2010&min_years=2&sort=trend';
    const state = readState(model, search);
    expect(stateSearch(model, state)).toBe(search);
    expect(organizationsPath({ q: 'web', year: [2010, 2015], program: ['gci'], category: ['web'], technology: ['c-sharp'], topic: ['kernel'], first: 2010, min_years: 2, sort: 'trend' })).toBe(`/orgs/${search}`);
    expect(readState(model, stateSearch(model, state))).toEqual(state);
    expect(stateSearch(model, emptyState())).toBe('');
    // Repeated and unordered values read as one set, written in order.
    expect(stateSearch(model, readState(model, '?year=2015&year=2010&year=2015'))).toBe('?year=2010&year=2015');
  });

  it('ignores values the catalog does not have, whatever they are called', () => {
    const names = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'nonexistent', '', '1e3'];
    for (const name of names) {
      for (const key of ['year', 'program', 'category', 'technology', 'topic', 'first', 'min_years', 'sort']) {
        const search = `?${key}=${encodeURIComponent(name)}`;
        expect(readState(model, search), search).toEqual(emptyState());
        expect(drawn(search), search).toEqual(aToZ);
      }
    }
    // Beside a real value, an unknown one changes nothing.
    expect(drawn('?technology=constructor&technology=zig')).toEqual(drawn('?technology=zig'));
    expect(drawn('?category=hasOwnProperty&year=2015')).toEqual(drawn('?year=2015'));
    expect(readState(model, '?min_years=2.5').minYears).toBe(0);
    expect(readState(model, '?min_years=99').minYears).toBe(0);
  });
});

describe('the finder core on its own', () => {
  const tiny: FinderData = {
    v: 2,
    years: [2024, 2025],
    programs: ['gsoc'],
    categories: [],
    technologies: ['c#', 'c++', 'c'],
    topics: [],
    trend: { recent: [], previous: [] },
    ends: ['strasse', 'zeta'],
    organizations: [
      [1, 1, [2], [], [0], []],
      [3, 1, [1, 1], [], [1, 2], []],
    ],
  };

  it('folds names as the site does: ß is ss, accents go, case goes', () => {
    const tinyModel = decodeFinder(tiny, ['strasse', 'zeta'], ['strasse Große Straße', 'zeta Zéta Café']);
    const find = (q: string) => {
      const state = readState(tinyModel, `?q=${encodeURIComponent(q)}`);
      return drawnOrganizations(tinyModel, state, applyState(tinyModel, state), Infinity);
    };
    expect(find('grosse')).toEqual([0]);
    expect(find('STRASSE')).toEqual([0]);
    expect(find('cafe zeta')).toEqual([1]);
    expect(find('café')).toEqual([1]);
  });

  it('reads the cards’ names only when a name is first searched, and then finds as with names given at once', () => {
    let reads = 0;
    const lazyModel = decodeFinder(tiny, ['strasse', 'zeta'], () => {
      reads++;
      return ['strasse Große Straße', 'zeta Zéta Café'];
    });
    const find = (search: string) => {
      const state = readState(lazyModel, search);
      return drawnOrganizations(lazyModel, state, applyState(lazyModel, state), Infinity);
    };
    expect(find('?year=2024&sort=projects')).toEqual(find(''));
    expect(reads).toBe(0);
    expect(find('?q=grosse')).toEqual([0]);
    expect(find('?q=cafe')).toEqual([1]);
    expect(reads).toBe(1);
  });

  it('takes tag slugs from the site’s rule: c# is c-sharp, c++ is c-plus-plus', () => {
    const tinyModel = decodeFinder(tiny, ['strasse', 'zeta'], ['', '']);
    expect(tinyModel.tables[1]!.values.map((value) => value.slug)).toEqual(['c-sharp', 'c-plus-plus', 'c']);
    expect(readState(tinyModel, '?technology=c-sharp').tags[1]).toEqual([0]);
  });

  it('refuses a data file of another version or of other cards', () => {
    expect(() => decodeFinder({ ...tiny, v: 1 as 2 }, ['strasse', 'zeta'], ['', ''])).toThrow(/version 1/);
    expect(() => decodeFinder(tiny, ['strasse'], [''])).toThrow(/does not match/);
  });
});
