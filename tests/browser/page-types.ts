/** One page of every type on the fixture site, and what each must show before it is checked. */
import type { Page } from 'playwright-core';

export interface PageType {
  type: string;
  path: string;
  /** Waits until the page's script has done its work (the finder is live, results are drawn). */
  ready?: (page: Page) => Promise<unknown>;
}

export const PAGE_TYPES: PageType[] = [
  { type: 'home', path: '/' },
  { type: 'years', path: '/years/' },
  { type: 'one year', path: '/years/2017/' },
  { type: 'organizations finder', path: '/orgs/', ready: (page) => page.locator('.finder.is-live').waitFor() },
  { type: 'one organization', path: '/orgs/example-foundation/' },
  { type: 'one organization-year', path: '/orgs/example-foundation/2010/' },
  { type: 'one project', path: '/orgs/example-foundation/2010/faster-incremental-compilation/' },
  { type: 'technologies', path: '/technologies/' },
  { type: 'one technology', path: '/technologies/rust/' },
  { type: 'topics', path: '/topics/' },
  { type: 'one topic', path: '/topics/compilers/' },
  { type: 'categories', path: '/categories/' },
  { type: 'one category', path: '/categories/programming-languages/' },
  { type: 'search with results', path: '/search/?q=compilation', ready: (page) => page.locator('.search-result').first().waitFor() },
  { type: 'trends', path: '/trends/' },
  { type: 'trends comparing', path: '/trends/?compare=rust,llvm', ready: (page) => page.getByText('Comparing rust').waitFor() },
  { type: 'redirect page', path: '/technologies/golang/' },
  { type: '404', path: '/no-such-page/' },
];
