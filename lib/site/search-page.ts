/**
 * What the search page's HTML (components/pages/SearchPage.tsx) and its script
 * (components/search/main.ts) agree on: the ids of the elements the script fills in.
 */
export const SEARCH_ELEMENT_IDS = Object.freeze({
  app: 'search-app',
  query: 'search-query',
  queryCut: 'search-query-cut',
  year: 'search-year',
  organization: 'search-organization',
  technology: 'search-technology',
  clear: 'search-clear',
  status: 'search-status',
  results: 'search-results',
});

