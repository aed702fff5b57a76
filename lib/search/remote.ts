/**
 * The browser side of the split index: open the index served at a URL. The meta is awaited (small:
 * the organization-year table and where each shard starts); every other file is fetched when a
 * query or a result needs it (searcher.ts find()). Uses only fetch, so it runs in a page, a Web
 * Worker or Node alike.
 */
import { SEARCH_DEFAULTS } from './config';
import type { DocumentChunk, PeopleChunk, SearchMeta, TermShard } from './format';
import { META_FILE, OWN_TECHNOLOGIES_FILE, abstractChunkFile, documentChunkFile, nameShardFile, namePostingShardFile, peopleChunkFile, postingShardFile, termShardFile } from './files';
import { parseQuery } from './query';
import { createSearcher, type Searcher } from './searcher';
import { termShardKey } from './format';

export interface OpenSearchOptions {
  fetch?: typeof fetch;
  /** Appended to the meta's URL (like "?v=3f2a9c"); the other files take the meta's own `version`. */
  version?: string;
  /**
   * What the page knows of the meta before it arrives (its `version` and `termShards`, written
   * into the HTML at build time): then the term shards of `firstQuery` are fetched alongside the
   * meta rather than after it, one round trip fewer before the first result.
   */
  early?: { version: string; termShards: readonly string[]; firstQuery: string };
}

const withSlash = (baseUrl: string) => (baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
const versioned = (version: string | undefined) => (version ? `?v=${encodeURIComponent(version)}` : '');

/**
 * The URLs openSearch fetches before anything else, exactly as it spells them: the meta, then the
 * term shards of `early.firstQuery`. A page that opens the index in a Web Worker fetches these
 * itself (where its preload of the meta is) and hands them over (components/search/engine.ts).
 */
export function firstIndexUrls(baseUrl: string, options: Pick<OpenSearchOptions, 'version' | 'early'> = {}): { meta: string; termShards: Map<string, string> } {
  const base = withSlash(baseUrl);
  const termShards = new Map<string, string>();
  if (options.early) {
    const earlySuffix = versioned(options.early.version);
    for (const key of termShardsOf(options.early.firstQuery)) {
      if (options.early.termShards.includes(key)) termShards.set(key, `${base}${termShardFile(key)}${earlySuffix}`);
    }
  }
  return { meta: `${base}${META_FILE}${versioned(options.version)}`, termShards };
}

/** Opens the index under `baseUrl` (the site serves it at "/search-data/"); resolves once the meta is loaded. */
export async function openSearch(baseUrl: string, options: OpenSearchOptions = {}): Promise<Searcher> {
  const get = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const base = withSlash(baseUrl);
  const first = firstIndexUrls(base, options);
  let suffix = versioned(options.version);
  const response = async (name: string): Promise<Response> => {
    const answer = await get(`${base}${name}${suffix}`);
    if (!answer.ok) throw new Error(`search index file ${base}${name}: HTTP ${answer.status}`);
    return answer;
  };
  const json = async <T>(name: string): Promise<T> => (await (await response(name)).json()) as T;
  const early = new Map<string, Promise<TermShard>>();
  const metaLoaded = get(first.meta).then(async (answer) => {
    if (!answer.ok) throw new Error(`search index file ${base}${META_FILE}: HTTP ${answer.status}`);
    return (await answer.json()) as SearchMeta;
  });
  for (const [key, url] of first.termShards) {
    const shard = get(url).then(async (answer) => {
      if (!answer.ok) throw new Error(`search index file ${base}${termShardFile(key)}: HTTP ${answer.status}`);
      return (await answer.json()) as TermShard;
    });
    shard.catch(() => undefined); // fetched again, and reported, when the query asks for it
    early.set(key, shard);
  }
  const meta = await metaLoaded;
  // Shards fetched early are used only if they are of the meta's version, as they should be.
  if (options.early && options.early.version !== meta.version) early.clear();
  // The other files go with the meta's version of them (files.ts), which changes when any of them does.
  if (meta.version) suffix = versioned(meta.version);
  return createSearcher(
    meta,
    {
      loadTermShard: (key) => {
        const fetched = early.get(key);
        early.delete(key);
        return fetched ? fetched.catch(() => json<TermShard>(termShardFile(key))) : json<TermShard>(termShardFile(key));
      },
      loadPostingShard: async (shard) => new Uint8Array(await (await response(postingShardFile(shard))).arrayBuffer()),
      loadDocumentChunk: (chunk) => json<DocumentChunk>(documentChunkFile(chunk)),
      loadAbstractChunk: (chunk) => json<string[]>(abstractChunkFile(chunk)),
      loadNameShard: (key) => json<TermShard>(nameShardFile(key)),
      loadNamePostingShard: async (shard) => new Uint8Array(await (await response(namePostingShardFile(shard))).arrayBuffer()),
      loadPeopleChunk: (chunk) => json<PeopleChunk>(peopleChunkFile(chunk)),
      loadOwnTechnologies: () => json<number[]>(OWN_TECHNOLOGIES_FILE),
    },
    SEARCH_DEFAULTS,
  );
}

/** The term shards a query's words need first (as ranking.ts termShardsNeeded). */
function termShardsOf(query: string): string[] {
  return [...new Set(parseQuery(query, SEARCH_DEFAULTS).flatMap((word) => [termShardKey(word.term), termShardKey(word.typed)]))];
}
