import { describe, expect, it } from 'vitest';
import {
  organizationPath,
  organizationYearPath,
  organizationsPath,
  parseOrganizationPath,
  projectPath,
  searchPath,
  technologyPath,
  yearPath,
} from '../lib/paths';

describe('the URL map', () => {
  it('builds every kind of address, a Code-in year beside a Summer of Code one', () => {
    expect(organizationPath('xen-project')).toBe('/orgs/xen-project/');
    expect(organizationYearPath('xen-project', { programId: 'gsoc', year: 2014 })).toBe('/orgs/xen-project/2014/');
    expect(organizationYearPath('xen-project', { programId: 'gci', year: 2014 })).toBe('/orgs/xen-project/code-in-2014/');
    expect(projectPath('xen-project', { programId: 'gsoc', year: 2014 }, 'lazy-restore')).toBe('/orgs/xen-project/2014/lazy-restore/');
    expect(yearPath(2014)).toBe('/years/2014/');
    expect(technologyPath('c-plus-plus')).toBe('/technologies/c-plus-plus/');
  });

  it('writes a search as a link, leaving out empty filters and escaping the query', () => {
    expect(searchPath()).toBe('/search/');
    expect(searchPath({ q: 'c++ & rust', year: 2020, organization: '', technology: undefined })).toBe('/search/?q=c%2B%2B+%26+rust&year=2020');
  });

  it('writes a view of the organization finder as a link, repeating a facet that takes several values', () => {
    expect(organizationsPath()).toBe('/orgs/');
    expect(organizationsPath({ sort: 'name', q: '' })).toBe('/orgs/');
    expect(organizationsPath({ sort: 'projects', technology: ['rust', 'c-plus-plus'], year: [2025], q: 'kde' })).toBe('/orgs/?q=kde&year=2025&technology=rust&technology=c-plus-plus&sort=projects');
    expect(organizationsPath({ first: 2025, min_years: 3 })).toBe('/orgs/?first=2025&min_years=3');
  });

  it('reads an organization path back into its parts', () => {
    expect(parseOrganizationPath('/orgs/xen-project/')).toEqual({ organizationSlug: 'xen-project' });
    expect(parseOrganizationPath('/orgs/xen-project/code-in-2013/')).toEqual({ organizationSlug: 'xen-project', edition: { programId: 'gci', year: 2013 } });
    expect(parseOrganizationPath(projectPath('kde', { programId: 'gsoc', year: 2010 }, 'a-b'))).toEqual({
      organizationSlug: 'kde',
      edition: { programId: 'gsoc', year: 2010 },
      projectSlug: 'a-b',
    });
    for (const other of ['/years/2014/', '/orgs/', '/orgs/x/not-a-year/', '/orgs/x/2014/p/extra/']) expect(parseOrganizationPath(other)).toBeUndefined();
  });
});
