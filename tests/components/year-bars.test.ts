/** components/year-bars.ts: a bar for every year of a projects-per-year chart. */
import { describe, expect, it } from 'vitest';
import { yearBars } from '../../components/year-bars';

describe('year bars', () => {
  it('fills the years with nothing as empty bars without a link, in order', () => {
    expect(yearBars([{ year: 2012, count: 3, href: '/a/2012/' }, { year: 2009, count: 1, href: '/a/2009/' }])).toEqual([
      { year: 2009, count: 1, href: '/a/2009/' },
      { year: 2010, count: 0 },
      { year: 2011, count: 0 },
      { year: 2012, count: 3, href: '/a/2012/' },
    ]);
  });

  it('draws no bar for no years', () => {
    expect(yearBars([])).toEqual([]);
  });
});
