/**
 * The search index, in a Web Worker: parsing the index and scoring thousands of projects never
 * blocks typing. A search is answered with results at once; once the page has shown them, their
 * snippets follow (abstract chunks are fetched for them), and after the first results the rest of
 * the index (abstract words) is fetched: what the first results wait for is the core alone.
 */
import { markTerms, openSearch, type Searcher } from '@/lib/search/client';
import { SEARCH_DATA_PATH } from '@/lib/site/config';
import type { ResultItem, SearchRequest, SearchResponse, ShownNotice } from './protocol';

const post = (message: SearchResponse) => postMessage(message);
/** The latest search: replies to older ones are not worth computing. */
let latest: SearchRequest | undefined;
let latestResults: ResultItem[] = [];

// The rest of the index: after the first results are shown, or after a quiet moment.
let fetchTheRest!: () => void;
const theRestWanted = new Promise<void>((resolve) => (fetchTheRest = resolve));

const searcherReady: Promise<Searcher> = openSearch(SEARCH_DATA_PATH, {
  fetchCommonAfter: theRestWanted,
  onComplete: (error) => {
    if (!error) post({ type: 'complete' });
  },
});

searcherReady.then(
  (searcher) => {
    post({ type: 'ready', facets: searcher.facets(), documentCount: searcher.documentCount });
    setTimeout(fetchTheRest, 2000);
    // Build the typo index while the user reads, not on their first typo.
    setTimeout(() => searcher.warm(), 0);
  },
  (error: unknown) => post({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
);

async function search(request: SearchRequest): Promise<void> {
  latest = request;
  const searcher = await searcherReady;
  if (latest !== request) return;
  const options = { ...request.filters, limit: request.limit + 1 };
  const hits = request.query.trim() ? searcher.search(request.query, options) : searcher.browse(options);
  const terms = searcher.matchedTerms(request.query);
  latestResults = hits.slice(0, request.limit).map((hit) => {
    const document = searcher.document(hit.path)!;
    return {
      path: hit.path,
      title: markTerms(document.title, terms),
      organization: document.organization,
      organizationSlug: document.organizationSlug,
      year: document.year,
    };
  });
  const organizations = request.query.trim() && !request.filters.organization ? searcher.organizations(request.query) : [];
  post({ type: 'results', id: request.id, results: latestResults, hasMore: hits.length > request.limit, organizations });
}

async function sendSnippets(id: number): Promise<void> {
  fetchTheRest();
  const request = latest;
  if (!request || request.id !== id) return;
  const searcher = await searcherReady;
  const snippets: Record<string, ResultItem['snippet']> = {};
  await Promise.all(
    latestResults.map(async (result) => {
      const snippet = await searcher.snippet(result.path, request.query).catch(() => undefined);
      if (snippet) snippets[result.path] = snippet;
    }),
  );
  if (latest === request) post({ type: 'snippets', id, snippets });
}

addEventListener('message', (event: MessageEvent<SearchRequest | ShownNotice>) => {
  const message = event.data;
  if (message.type === 'search') void search(message);
  else void sendSnippets(message.id);
});
