/**
 * The trends' numbers on the exported fixture site equal those worked out again, the plain way,
 * from `catalog dump` of the same content (tests/helpers/trend-expectations.ts): /trends/, a
 * technology, a topic, a category and a year page. (tests/site/trends-whole-archive.test.ts does
 * the same on the whole archive.)
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
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
import { REPOSITORY } from './fixture-site';

let records: Dumped;

beforeAll(() => {
  // The content the fixture site is built from (tests/browser/fixture-site.ts), dumped by the curator's command.
  const content = mkdtempSync(path.join(tmpdir(), 'catalog-trends-content-'));
  try {
    cpSync(path.join(REPOSITORY, 'content'), content, { recursive: true });
    cpSync(path.join(REPOSITORY, 'tests/fixtures/site'), content, { recursive: true });
    const output = execFileSync('node', ['--import', 'tsx', 'lib/cli/main.ts', 'dump', '--content', content], { cwd: REPOSITORY, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
    records = JSON.parse(output) as Dumped;
  } finally {
    rmSync(content, { recursive: true, force: true });
  }
});

const page = (sitePath: string) => readFileSync(path.join(inject('siteDir'), sitePath, 'index.html'), 'utf8');

describe('the trends of the fixture site equal those computed from its dumped records', () => {
  it('on /trends/: organizations, new, returning, projects, the median and those back the next year', () => {
    const html = page('/trends/');
    expect(records.organizationYears.length).toBeGreaterThan(10);
    expect(tableRows(html, 'trend-organizations-title')).toEqual(expectedOrganizationRows(records));
    expect(tableRows(html, 'trend-projects-title')).toEqual(expectedProjectRows(records));
    expect(tableRows(html, 'trend-median-title')).toEqual(expectedMedianRows(records));
    expect(tableRows(html, 'trend-back-title')).toEqual(expectedBackRows(records));
  });

  for (const [kind, sitePath, name] of [
    ['technology', '/technologies/rust/', 'rust'],
    ['topic', '/topics/compilers/', 'compilers'],
    ['category', '/categories/programming-languages/', 'Programming languages'],
  ] as const) {
    it(`on a ${kind} page (${sitePath}): organizations and projects per year, with their shares`, () => {
      const html = page(sitePath);
      const organizations = expectedTagOrganizationRows(records, kind, name);
      expect(organizations.some(([, cell]) => !cell!.startsWith('0 '))).toBe(true);
      expect(tableRows(html, 'trend-tag-organizations-title')).toEqual(organizations);
      expect(tableRows(html, 'trend-tag-projects-title')).toEqual(expectedTagProjectRows(records, kind, name));
    });
  }

  it('on a year page (/years/2018/): its top technologies, topics and categories with the change from 2017', () => {
    const html = page('/years/2018/');
    for (const kind of ['technology', 'topic', 'category'] as const) {
      const expected = expectedYearTagRows(records, kind, 2018);
      expect(expected.length).toBeGreaterThan(0);
      expect(tableRows(html, `year-tags-${kind}`)).toEqual(expected);
    }
  });
});
