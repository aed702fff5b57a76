/** How an organization took part, and a year's newcomers, on hand-made records. */
import { describe, expect, it } from 'vitest';
import { bestYear, longestRun, newcomers, takingPart, yearsSince } from '../../lib/site/organization-facts';
import { organization, organizationYear } from '../helpers/records';

describe('longestRun', () => {
  it('finds the longest run of consecutive calendar years, in any order and with repeats', () => {
    expect(longestRun([2016, 2009, 2010, 2011, 2017, 2010])).toEqual({ from: 2009, to: 2011, length: 3 });
  });

  it('takes the latest of equal runs, and a single year as a run of one', () => {
    expect(longestRun([2009, 2010, 2016, 2017])).toEqual({ from: 2016, to: 2017, length: 2 });
    expect(longestRun([2014])).toEqual({ from: 2014, to: 2014, length: 1 });
    expect(longestRun([])).toBeUndefined();
  });

  it('does not join years the archive lacks between: 2011 then 2016 is two runs', () => {
    expect(longestRun([2010, 2011, 2016])).toEqual({ from: 2010, to: 2011, length: 2 });
  });
});

describe('yearsSince', () => {
  it('counts the archive years from the first on, not the calendar years', () => {
    expect(yearsSince(2010, [2009, 2010, 2011, 2016, 2017, 2017])).toEqual([2010, 2011, 2016, 2017]);
  });
});

describe('bestYear', () => {
  it('adds up the programs of a year, and takes the latest of equal years', () => {
    const years = [
      organizationYear('a', 2013, { projectCount: 2 }),
      organizationYear('a', 2013, { programId: 'gci', projectCount: 3 }),
      organizationYear('a', 2016, { projectCount: 5 }),
      organizationYear('a', 2010, { projectCount: 5 }),
    ];
    expect(bestYear(years)).toEqual({ year: 2016, projectCount: 5 });
    expect(bestYear([])).toBeUndefined();
  });
});

describe('takingPart', () => {
  const archiveYears = [2009, 2010, 2011, 2016, 2017, 2018];

  it('gives the first and latest year, the years of the archive it took part in, its run and its projects', () => {
    const facts = takingPart(
      organization([organizationYear('a', 2010, { projectCount: 1 }), organizationYear('a', 2011, { projectCount: 4 }), organizationYear('a', 2017, { projectCount: 2 })]),
      archiveYears,
    );
    expect(facts).toEqual({
      firstYear: 2010,
      latestYear: 2017,
      yearCount: 3,
      archiveYearCount: 5,
      longestRun: { from: 2010, to: 2011, length: 2 },
      projectCount: 7,
      bestYear: { year: 2011, projectCount: 4 },
    });
  });

  it('has no best year without projects', () => {
    expect(takingPart(organization([organizationYear('a', 2018)]), archiveYears)).not.toHaveProperty('bestYear');
  });
});

describe('newcomers', () => {
  it('marks the organizations whose first year it is, and counts the others as returning', () => {
    const organizations = [organization([organizationYear('old', 2009), organizationYear('old', 2017)]), organization([organizationYear('new', 2017)])];
    const found = newcomers(2017, organizations, 2009);
    expect([...found.newSlugs]).toEqual(['new']);
    expect(found.returningCount).toBe(1);
    expect(found.comparable).toBe(true);
  });

  it('compares nothing in the archive’s first year', () => {
    expect(newcomers(2009, [organization([organizationYear('a', 2009)])], 2009).comparable).toBe(false);
  });
});
