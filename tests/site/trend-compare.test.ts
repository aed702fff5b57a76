/** The comparison on /trends/ (lib/site/trend-compare.ts) and its charts' geometry (lib/site/line-chart.ts). */
import { describe, expect, it } from 'vitest';
import { chartGeometry, CHART_HEIGHT, labelledYears, roundUp } from '../../lib/site/line-chart';
import { COMPARE_LIMIT, compareColumns, countAndShare, compareLookup, compareShardOf, compareShards, joinCompareShards, organizationShareSeries, parseCompare, resolveCompare, type CompareData } from '../../lib/site/trend-compare';

const data: CompareData = {
  years: [2015, 2016, 2017],
  organizations: [10, 20, 40],
  projects: [100, 200, 400],
  tags: [
    { kind: 'topic', slug: 'web', name: 'web', organizations: [null, 2, 4], projects: [1, 2, 3] },
    { kind: 'technology', slug: 'rust', name: 'rust', organizations: [null, 1, 10], projects: [5, 10, 40] },
    { kind: 'topic', slug: 'rust', name: 'rust', organizations: [null, 3, 3], projects: [5, 10, 40] },
  ],
};

describe('the address of a comparison', () => {
  it('reads slugs separated by commas, trimmed, lower case, each once, at most a few', () => {
    expect(parseCompare(' Rust, go,,rust ')).toEqual(['rust', 'go']);
    expect(parseCompare(null)).toEqual([]);
    expect(parseCompare(Array.from({ length: 10 }, (_, index) => `t${index}`).join(','))).toHaveLength(COMPARE_LIMIT);
  });

  it('looks slugs up in a Map, a technology before a topic of the same slug, and sets aside the unknown', () => {
    const lookup = compareLookup(data.tags);
    expect(lookup).toBeInstanceOf(Map);
    const { found, unknown } = resolveCompare(lookup, ['nope', 'rust', 'web', 'constructor', '__proto__']);
    expect(found.map((tag) => `${tag.kind}:${tag.name}`)).toEqual(['technology:rust', 'topic:web']);
    expect(unknown).toEqual(['nope', 'constructor', '__proto__']);
  });

  it('draws shares of the year in percent, with a gap before the first year of tags, and writes count and share in the table', () => {
    const [rust] = resolveCompare(compareLookup(data.tags), ['rust']).found;
    expect(organizationShareSeries(data, [rust!])[0]!.values).toEqual([null, 5, 25]);
    expect(compareColumns(data, [rust!], 'organizations')[0]!.cells).toEqual(['—', '1 (5.0%)', '10 (25.0%)']);
    expect(compareColumns(data, [rust!], 'projects')[0]!.cells).toEqual(['5 (5.0%)', '10 (5.0%)', '40 (10.0%)']);
  });
});

describe('a line chart’s geometry', () => {
  it('rounds the axis up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect([0, 0.3, 7, 12, 21, 180, 201].map(roundUp)).toEqual([1, 0.5, 10, 20, 25, 200, 250]);
  });

  it('starts a new stretch of line after a value missing, and draws a lone point as a stub', () => {
    const { max, paths } = chartGeometry([2016, 2017, 2018, 2019, 2020], [{ label: 'a', values: [10, 20, null, 5, null] }]);
    expect(max).toBe(20);
    expect(paths[0]).toBe(`M 0.0 ${(CHART_HEIGHT / 2).toFixed(1)} L 150.0 0.0 M 450.0 ${((CHART_HEIGHT * 3) / 4).toFixed(1)} h 4`);
  });

  it('places years by calendar year and never joins two across a year the archive lacks', () => {
    const years = [2009, 2010, 2011, 2016, 2017];
    const { paths } = chartGeometry(years, [{ label: 'a', values: [1, 1, 1, 1, 1] }]);
    const [first, second] = paths[0]!.split(' M ');
    expect(first).toMatch(/^M 0\.0 \S+ L 75\.0 \S+ L 150\.0 \S+$/);
    expect(second).toMatch(/^525\.0 \S+ L 600\.0 \S+$/);
    expect(labelledYears([2009, 2010, 2011, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025])).toEqual([2009, 2016, 2025]);
    // 2017 follows a gap but sits beside 2018, the last: its label would run into 2018's.
    expect(labelledYears([2009, 2010, 2013, 2014, 2015, 2017, 2018])).toEqual([2009, 2013, 2018]);
  });
});

describe('counts in the comparison’s tables', () => {
  it('are written as the rest of the site writes them, with their share, or a dash where there is no figure', () => {
    expect(countAndShare(13_012, 26_024)).toBe('13,012 (50.0%)');
    expect(countAndShare(null, 10)).toBe('—');
  });
});

describe('the compare data’s files', () => {
  it('hold each tag in the file of its slug’s first character, with the years’ totals, and join back to the tags asked', () => {
    expect(['rust', 'go', '3d', 'c++', '.net'].map(compareShardOf)).toEqual(['r', 'g', '3', 'c', '_']);
    const shards = compareShards(data);
    expect([...shards.keys()]).toEqual(['r', 'w']);
    for (const [shard, held] of shards) {
      expect(held.years).toEqual(data.years);
      expect(held.organizations).toEqual(data.organizations);
      for (const tag of held.tags) expect(compareShardOf(tag.slug)).toBe(shard);
    }
    expect(shards.get('r')!.tags.map((tag) => tag.slug).sort()).toEqual(data.tags.filter((tag) => tag.slug.startsWith('r')).map((tag) => tag.slug).sort());
    const joined = joinCompareShards([shards.get('r')!, shards.get('w')!])!;
    expect(resolveCompare(compareLookup(joined.tags), ['rust', 'web']).found.map((tag) => `${tag.kind} ${tag.slug}`)).toEqual(['technology rust', 'topic web']);
    expect(joinCompareShards([])).toBeUndefined();
  });
});
