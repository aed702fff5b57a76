/**
 * The browser side of the split index: open the index served at a URL. The meta is awaited (small:
 * the organization-year table and where each shard starts); every other file is fetched when a
 * query or a result needs it (searcher.ts find()). Uses only fetch, so it runs in a page, a Web
 * Worker or Node alike.
 */
import { SEARCH_DEFAULTS } from './config';
import type { DocumentChunk, SearchMeta, TermShard } from './format';
import { META_FILE, abstractChunkFile, documentChunkFile, postingShardFile, termShardFile } from './files';
import { createSearcher, type Searcher } from './searcher';

export interface OpenSearchOptions {
  fetch?: typeof fetch;
  /** Appended to the meta's URL (like "?v=3f2a9c"); the other files take the meta's own `version`. */
  version?: string;
}

/** Opens the index under `baseUrl` (the site serves it at "/search-data/"); resolves once the meta is loaded. */
export async function openSearch(baseUrl: string, options: OpenSearchOptions = {}): Promise<Searcher> {
  const get = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const versioned = (version: string | undefined) => (version ? `?v=${encodeURIComponent(version)}` : '');
  let suffix = versioned(options.version);
  const response = async (name: string): Promise<Response> => {
    const answer = await get(`${base}${name}${suffix}`);
    if (!answer.ok) throw new Error(`search index file ${base}${name}: HTTP ${answer.status}`);
    return answer;
  };
  const json = async <T>(name: string): Promise<T> => (await (await response(name)).json()) as T;
  const meta = await json<SearchMeta>(META_FILE);
  // The other files go with the meta's version of them (files.ts), which changes when any of them does.
  if (meta.version) suffix = versioned(meta.version);
  return createSearcher(
    meta,
    {
      loadTermShard: (key) => json<TermShard>(termShardFile(key)),
      loadPostingShard: async (shard) => new Uint8Array(await (await response(postingShardFile(shard))).arrayBuffer()),
      loadDocumentChunk: (chunk) => json<DocumentChunk>(documentChunkFile(chunk)),
      loadAbstractChunk: (chunk) => json<string[]>(abstractChunkFile(chunk)),
    },
    SEARCH_DEFAULTS,
  );
}
