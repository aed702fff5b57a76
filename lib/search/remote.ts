/**
 * The browser side of the payload split: open the index served at a URL. The core is awaited
 * (first results need it), the common terms are fetched in the background, abstract chunks on
 * demand. Uses only fetch, so it runs in a Web Worker, a page or Node alike.
 */
import { SEARCH_DEFAULTS } from './config';
import type { CommonTerms, SearchCore } from './format';
import { COMMON_TERMS_FILE, CORE_FILE, abstractChunkFile } from './files';
import { createSearcher, type Searcher } from './searcher';

export interface OpenSearchOptions {
  fetch?: typeof fetch;
  /** Called once the common terms are in (or failed to load), e.g. to re-run the current query. */
  onComplete?: (error?: unknown) => void;
  /**
   * When to start fetching the common terms: a page passes "after the first results are shown",
   * so that the first results wait for the core alone and share no bandwidth. Default: at once.
   */
  fetchCommonAfter?: Promise<unknown>;
}

/** Opens the index under `baseUrl` (the site serves it at "/search-data/"); resolves once the core is loaded. */
export async function openSearch(baseUrl: string, options: OpenSearchOptions = {}): Promise<Searcher> {
  const get = options.fetch ?? fetch;
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const json = async <T>(name: string): Promise<T> => {
    const response = await get(`${base}${name}`);
    if (!response.ok) throw new Error(`search index file ${base}${name}: HTTP ${response.status}`);
    return (await response.json()) as T;
  };
  const common = (options.fetchCommonAfter ?? Promise.resolve()).then(() => json<CommonTerms>(COMMON_TERMS_FILE));
  common.catch(() => undefined); // reported through onComplete below, not as an unhandled rejection
  const searcher = createSearcher(await json<SearchCore>(CORE_FILE), {
    loadAbstractChunk: (chunk) => json<string[]>(abstractChunkFile(chunk)),
  }, SEARCH_DEFAULTS);
  common.then(
    (terms) => {
      searcher.addCommonTerms(terms);
      options.onComplete?.();
    },
    (error: unknown) => options.onComplete?.(error),
  );
  return searcher;
}
