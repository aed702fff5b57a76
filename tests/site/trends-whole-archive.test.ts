/**
 * The trends' numbers on the whole archive (scripts/support/whole-archive.ts: the records the site
 * build makes of it) as the pages draw them, against the same figures worked out again the plain
 * way (tests/helpers/trend-expectations.ts): /trends/'s tables, a technology's, a topic's and a
 * category's line, and a year's top tags. Skipped, saying why, when ../shared is absent.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { TagTrendSection } from '../../components/TagTrendSection';
import { YearTagsSection } from '../../components/YearTagsSection';
import { TrendsPage } from '../../components/pages/TrendsPage';
import { tagSlug } from '../../lib/slugs';
import { compareDataOf } from '../../lib/site/trend-compare';
import { computeTrends, type Trends } from '../../lib/site/trends';
import { hasWholeArchive, loadWholeArchive } from '../../scripts/support/whole-archive';
import {
  expectedBackRows,
  expectedMedianRows,
  expectedOrganizationRows,
  expectedProjectRows,
  expectedTagOrganizationRows,
  expectedTagProjectRows,
  expectedYearTagRows,
  tableRows,
  type Dumped,
} from '../helpers/trend-expectations';

const present = hasWholeArchive();
if (!present) console.warn('trends whole-archive tests skipped: ../shared/corpus (melange + gsoc-api) is not beside the repository');

describe.skipIf(!present)('the trends of the whole archive', () => {
  let records: Dumped;
  let trends: Trends;
  // Read in beforeAll, not in the describe body: vitest runs a skipped describe's body too.
  beforeAll(async () => {
    records = await loadWholeArchive();
    trends = computeTrends(records);
  }, 300_000);

  it('on /trends/, from 2009 to the latest year', () => {
    const html = renderToStaticMarkup(createElement(TrendsPage, { trends, compare: [], compareData: compareDataOf(trends, tagSlug), slugOf: tagSlug }));
    const organizations = expectedOrganizationRows(records);
    expect(organizations[0]![0]).toBe('2009');
    expect(tableRows(html, 'trend-organizations-title')).toEqual(organizations);
    expect(tableRows(html, 'trend-projects-title')).toEqual(expectedProjectRows(records));
    expect(tableRows(html, 'trend-median-title')).toEqual(expectedMedianRows(records));
    expect(tableRows(html, 'trend-back-title')).toEqual(expectedBackRows(records));
  });

  for (const [kind, name] of [
    ['technology', 'rust'],
    ['topic', 'machine learning'],
    ['category', 'Programming languages'],
  ] as const) {
    it(`on the ${kind} ${name}'s page`, () => {
      const trend = trends.tags[kind].get(name);
      expect(trend).toBeDefined();
      const html = renderToStaticMarkup(createElement(TagTrendSection, { trend: trend!, trends, slug: tagSlug(name) }));
      expect(tableRows(html, 'trend-tag-organizations-title')).toEqual(expectedTagOrganizationRows(records, kind, name));
      expect(tableRows(html, 'trend-tag-projects-title')).toEqual(expectedTagProjectRows(records, kind, name));
    });
  }

  it('on the latest year’s page', () => {
    const latest = Math.max(...records.organizationYears.map((organizationYear) => organizationYear.year));
    const html = renderToStaticMarkup(createElement(YearTagsSection, { year: latest, trends }));
    for (const kind of ['technology', 'topic', 'category'] as const) expect(tableRows(html, `year-tags-${kind}`)).toEqual(expectedYearTagRows(records, kind, latest));
  });
});
