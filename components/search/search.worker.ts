/**
 * The search index, in a Web Worker: parsing ~500 KB of index and scoring thousands of projects
 * never blocks typing. Answers each request with results at once, then their snippets (which may
 * need abstract chunks fetched).
 */
import { markTerms, openSearch, type Searcher } from '@/lib/search';
import { SEARCH_DATA_PATH } from '@/lib/site/config';
import type { ResultItem, SearchRequest, SearchResponse } from './protocol';

const post = (message: SearchResponse) => postMessage(message);
let latest = 0;

const searcherReady: Promise<Searcher> = openSearch(SEARCH_DATA_PATH, {
  onComplete: (error) => {
    if (!error) post({ type: 'complete' });
  },
});

searcherReady.then(
  (searcher) => {
    post({ type: 'ready', facets: searcher.facets(), documentCount: searcher.documentCount });
    // Build the typo index while the user reads, not on their first typo.
    setTimeout(() => searcher.warm(), 0);
  },
  (error: unknown) => post({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
);

addEventListener('message', async (event: MessageEvent<SearchRequest>) => {
  const request = event.data;
  latest = request.id;
  const searcher = await searcherReady;
  if (request.id !== latest) return;
  const options = { ...request.filters, limit: request.limit + 1 };
  const hits = request.query.trim() ? searcher.search(request.query, options) : searcher.browse(options);
  const terms = searcher.matchedTerms(request.query);
  const results: ResultItem[] = hits.slice(0, request.limit).map((hit) => {
    const document = searcher.document(hit.path)!;
    return {
      path: hit.path,
      title: markTerms(document.title, terms),
      organization: document.organization,
      organizationSlug: document.organizationSlug,
      year: document.year,
    };
  });
  post({ type: 'results', id: request.id, results, hasMore: hits.length > request.limit });

  const snippets: Record<string, ResultItem['snippet']> = {};
  await Promise.all(
    results.map(async (result) => {
      const snippet = await searcher.snippet(result.path, request.query).catch(() => undefined);
      if (snippet) snippets[result.path] = snippet;
    }),
  );
  if (request.id === latest) post({ type: 'snippets', id: request.id, snippets });
});
