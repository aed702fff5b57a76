/**
 * What the search page's script (main.ts, through engine.ts) and its Web Worker (worker.ts) say
 * to each other. The worker holds the engine (lib/search: fetching and decoding index files,
 * expanding the query's words, ranking); the page only draws what it answers.
 */
import type { SearchOptions, Snippet } from '@/lib/search/client';
import type { NamedPage, ResultView } from './view';

/** Where the index is, and the first files the page fetches itself and hands over (by URL). */
export interface OpenRequest {
  type: 'open';
  baseUrl: string;
  version?: string;
  early?: { version: string; termShards: readonly string[]; firstQuery: string };
  handedOver: string[];
}

/** A file the page fetched for the worker: its bytes, or status 0 when the fetch failed (the worker then fetches it itself). */
export interface HandedFile {
  type: 'file';
  url: string;
  status: number;
  bytes?: ArrayBuffer;
}

export type EngineRequest =
  | { type: 'find'; query: string; options: SearchOptions }
  | { type: 'snippet'; path: string; query: string }
  | { type: 'facets' };

export type ToWorker = OpenRequest | HandedFile | (EngineRequest & { id: number });

/** A search's answer, ready to draw: results best first (titles with the matched words marked), and the pages the query names. */
export interface FoundResults {
  results: ResultView[];
  named: NamedPage[];
}

/** What the filter boxes suggest from. */
export interface FilterNames {
  organizations: string[];
  technologies: string[];
}

export interface EngineAnswers {
  find: FoundResults;
  snippet: Snippet | undefined;
  facets: FilterNames;
}

/** id 0 answers the opening (its value the number of projects); every other id, the request with that id. */
export type FromWorker = { id: number; value: unknown } | { id: number; error: string };
