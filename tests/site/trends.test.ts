/** The trends' figures (lib/site/trends.ts) on hand-made records, each worked out by hand in the test. */
import { describe, expect, it } from 'vitest';
import { computeTrends, median, MOVEMENT_MIN_COUNT, summarizeSeries, yearTopTags } from '../../lib/site/trends';
import { organizationYear } from '../helpers/records';

const projectOf = (year: number, title: string, abstract = '') => ({ year, title, abstract });

describe('median', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBe(0);
  });
});

describe('the figures of each year', () => {
  const organizationYears = [
    organizationYear('a', 2009, { projectCount: 2 }),
    organizationYear('b', 2009, { projectCount: 4 }),
    organizationYear('a', 2010, { projectCount: 1 }),
    // The same organization in two programs of one year is one organization, with both years' projects.
    organizationYear('c', 2010, { projectCount: 3 }),
    organizationYear('c', 2010, { programId: 'gci', projectCount: 5 }),
    organizationYear('b', 2016, { projectCount: 6 }),
    organizationYear('d', 2016, { projectCount: 1 }),
  ];
  const projects = [
    ...Array.from({ length: 6 }, (_, index) => projectOf(2009, `p${index}`)),
    ...Array.from({ length: 9 }, (_, index) => projectOf(2010, `q${index}`)),
    ...Array.from({ length: 7 }, (_, index) => projectOf(2016, `r${index}`)),
  ];
  const { years } = computeTrends({ organizationYears, projects });

  it('counts organizations once a year, projects, and the median of the organizations’ projects', () => {
    expect(years.map(({ year, organizations, projects: count, medianProjects }) => [year, organizations, count, medianProjects])).toEqual([
      [2009, 2, 6, 3],
      [2010, 2, 9, 4.5],
      [2016, 2, 7, 3.5],
    ]);
  });

  it('tells new from returning organizations, whatever the gap, from the archive’s second year on', () => {
    expect(years.map(({ newOrganizations, returningOrganizations }) => [newOrganizations, returningOrganizations])).toEqual([
      [null, null],
      [1, 1], // c is new; a returns
      [1, 1], // d is new; b returns after six years away
    ]);
  });

  it('counts those back the next calendar year, unknown where the archive lacks that year', () => {
    expect(years.map(({ backNextYear, backNextYearShare }) => [backNextYear, backNextYearShare])).toEqual([
      [1, 0.5], // a is back in 2010, b is not
      [null, null], // the archive has no 2011
      [null, null], // nor 2017
    ]);
  });
});

describe('a technology’s, topic’s and category’s line', () => {
  const organizationYears = [
    organizationYear('old', 2010, { projectCount: 2 }),
    organizationYear('a', 2016, { name: 'A Org', technologies: ['rust', 'go'], topics: ['compilers'], category: 'Programming languages', projectCount: 2 }),
    organizationYear('b', 2016, { technologies: ['python'], category: 'Science', projectCount: 1 }),
    organizationYear('a', 2017, { name: 'A Renamed', technologies: ['rust'], category: 'Programming languages', projectCount: 1 }),
    organizationYear('b', 2017, { technologies: ['rust'], category: 'Programming languages', projectCount: 3 }),
  ];
  const projects = [
    // 2010, before any tag: a project that names Rust in its abstract still counts.
    projectOf(2010, 'A parser', 'Written in Rust.'),
    projectOf(2010, 'Go through the docs', 'Nothing else.'),
    projectOf(2016, 'Port to Go', 'A compilers project in Rust and Go.'),
    projectOf(2016, 'Plotting', 'Python plots.'),
    projectOf(2016, 'Docs', ''),
    // One word with its hyphen, as the honest tags read it: not rust.
    projectOf(2017, 'rust-analyzer plugin', ''),
    projectOf(2017, 'Misc', 'c++ and rust'),
    projectOf(2017, 'More', 'none'),
    projectOf(2017, 'Other', 'none'),
  ];
  const trends = computeTrends({ organizationYears, projects });

  it('counts organizations that named it in the years with tags only, and projects that name it in every year', () => {
    const rust = trends.tags.technology.get('rust')!;
    expect(rust.years.map(({ year, organizations, organizationShare, projects: count, projectShare }) => [year, organizations, organizationShare, count, projectShare])).toEqual([
      [2010, null, null, 1, 0.5],
      [2016, 1, 0.5, 1, 1 / 3],
      [2017, 2, 1, 1, 0.25],
    ]);
  });

  it('reads projects by the honest tags’ rule: "Go" opening a sentence is not go', () => {
    const go = trends.tags.technology.get('go')!;
    expect(go.years.map((figures) => figures.projects)).toEqual([0, 1, 0]);
  });

  it('matches topics in titles and abstracts too', () => {
    expect(trends.tags.topic.get('compilers')!.years.map((figures) => figures.projects)).toEqual([0, 1, 0]);
  });

  it('gives a category the projects of the organization-years filed under it', () => {
    const category = trends.tags.category.get('Programming languages')!;
    expect(category.years.map(({ organizations, projects: count }) => [organizations, count])).toEqual([
      [null, 0],
      [1, 2],
      [2, 4],
    ]);
    expect(trends.taggedYears.category).toEqual([2016, 2017]);
  });

  it('names the organizations that used it longest, by their latest name', () => {
    expect(trends.tags.technology.get('rust')!.longestUsers).toEqual([
      { slug: 'a', name: 'A Renamed', years: [2016, 2017] },
      { slug: 'b', name: 'b', years: [2017] },
    ]);
  });

  it('gives a series’ first year and its peak by share of the year', () => {
    const rust = trends.tags.technology.get('rust')!;
    expect(summarizeSeries(rust, 'organizations')).toEqual({ first: 2016, peak: { year: 2017, count: 2, share: 1 } });
    // By share, not count: 2010's one of two projects (50%) beats 2016's one of three and 2017's one of four.
    expect(summarizeSeries(rust, 'projects')).toEqual({ first: 2010, peak: { year: 2010, count: 1, share: 0.5 } });
  });

  it('ranks a year’s tags with the year before’s count, none where that year has no tags', () => {
    expect(yearTopTags(trends, 'technology', 2017)).toEqual([{ name: 'rust', organizations: 2, share: 1, previous: 1 }]);
    expect(yearTopTags(trends, 'technology', 2016).map((rank) => [rank.name, rank.previous])).toEqual([
      ['go', null],
      ['python', null],
      ['rust', null],
    ]);
  });
});

describe('rising and falling', () => {
  // Six years of tags, ten organizations a year: "rising" named by 1 a year then 5; "falling" the reverse;
  // "rare" moves as much but by too few organization-years to count.
  const years = [2018, 2019, 2020, 2021, 2022, 2023];
  const organizationYears = years.flatMap((year, index) =>
    Array.from({ length: 10 }, (_, organization) => {
      const technologies: string[] = [];
      const later = index >= 3;
      if (organization < (later ? 5 : 1)) technologies.push('rising');
      if (organization < (later ? 1 : 5)) technologies.push('falling');
      if (organization === 9 && later) technologies.push('rare');
      return organizationYear(`org-${organization}`, year, { technologies });
    }),
  );
  const { movements } = computeTrends({ organizationYears, projects: [] });

  it('compares the last three years of tags with the three before, in shares of organization-years', () => {
    const technology = movements.technology!;
    expect(technology.before).toEqual([2018, 2019, 2020]);
    expect(technology.after).toEqual([2021, 2022, 2023]);
    expect(technology.rising.map((movement) => [movement.name, movement.before.count, movement.after.count, Number(movement.change.toFixed(4))])).toEqual([['rising', 3, 15, 0.4]]);
    expect(technology.falling.map((movement) => [movement.name, Number(movement.change.toFixed(4))])).toEqual([['falling', -0.4]]);
    expect(MOVEMENT_MIN_COUNT).toBeGreaterThan(3);
  });

  it('has none with fewer than six years of tags', () => {
    expect(computeTrends({ organizationYears: organizationYears.filter((each) => each.year > 2018), projects: [] }).movements.technology).toBeUndefined();
  });
});
