/**
 * The search page's Web Worker (bundled by `catalog build-data` into
 * public/search-page/search-worker.js): opens the index and answers the page's requests
 * (messages.ts). Fetching and decoding index files, expanding a query's words (vocabulary and
 * typo matching) and ranking each take tens of milliseconds on a phone: here they never block
 * typing, scrolling or drawing.
 */
import { technologyPath } from '@/lib/paths';
import { markNameParts, markTerms, openSearch, type Searcher } from '@/lib/search/client';
import { tagSlug } from '@/lib/slugs';
import type { EngineAnswers, EngineRequest, FromWorker, HandedFile, OpenRequest, ToWorker } from './messages';
import { organizationPage, type NamedPage, type ResultView } from './view';

/** The worker's global scope, as much of it as this file uses (the project's TypeScript lib is the DOM's). */
interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<ToWorker>) => void): void;
  postMessage(message: FromWorker): void;
}
const scope = globalThis as unknown as WorkerScope;

/**
 * Files the page fetches and hands over, by URL: the worker's first fetch of each waits for the
 * page's copy rather than fetching it again (a later one, after a failure, goes to the network).
 */
const handed = new Map<string, { response: Promise<Response>; resolve: (response: Response | Promise<Response>) => void; taken: boolean }>();

const fetchHandedOver = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
  const file = handed.get(String(input));
  if (!file || file.taken) return fetch(input, init);
  file.taken = true;
  return file.response;
};

function receive(file: HandedFile): void {
  handed.get(file.url)?.resolve(file.status === 0 || !file.bytes ? fetch(file.url) : new Response(file.bytes, { status: file.status }));
}

let searcher: Promise<Searcher> | undefined;

function open(request: OpenRequest): void {
  for (const url of request.handedOver) {
    let resolve!: (response: Response | Promise<Response>) => void;
    const response = new Promise<Response>((done) => (resolve = done));
    handed.set(url, { response, resolve, taken: false });
  }
  searcher = openSearch(request.baseUrl, { version: request.version, early: request.early, fetch: fetchHandedOver });
  answer(0, searcher.then((opened) => opened.documentCount));
}

async function handle(request: EngineRequest): Promise<EngineAnswers[EngineRequest['type']]> {
  if (!searcher) throw new Error('the search index was not opened');
  const opened = await searcher;
  switch (request.type) {
    case 'find': {
      const hits = await opened.find(request.query, request.options);
      const terms = opened.matchedTerms(request.query);
      const nameParts = hits.some((hit) => hit.person) ? opened.matchedNameParts(request.query) : [];
      const results = hits.map((hit): ResultView => {
        const document = opened.document(hit.path)!;
        const result: ResultView = { path: hit.path, title: markTerms(document.title, terms), organization: document.organization, year: document.year };
        if (hit.person) result.person = { role: hit.person.role, name: markNameParts(hit.person.name, nameParts) };
        return result;
      });
      const named = request.query.trim() && !request.options.organization ? namedPages(opened, request.query) : [];
      return { results, named };
    }
    case 'snippet':
      return opened.snippet(request.path, request.query);
    case 'facets': {
      const facets = opened.facets();
      return { organizations: [...new Set(facets.organizations.map((organization) => organization.name))], technologies: facets.technologies };
    }
  }
}

/** Organizations the query names, and the technology it names exactly: their own pages are often what was meant. */
function namedPages(opened: Searcher, query: string): NamedPage[] {
  const pages = opened.organizations(query).map(organizationPage);
  const technology = opened.technologyNamed(query);
  if (technology) pages.unshift({ kind: 'Technology', name: technology, path: technologyPath(tagSlug(technology)), detail: 'its organizations and projects' });
  return pages;
}

function answer(id: number, value: Promise<unknown>): void {
  value.then(
    (settled) => scope.postMessage({ id, value: settled }),
    (error: unknown) => scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
  );
}

scope.addEventListener('message', ({ data }) => {
  if (data.type === 'open') open(data);
  else if (data.type === 'file') receive(data);
  else answer(data.id, handle(data));
});
