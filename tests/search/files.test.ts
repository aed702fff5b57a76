import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, createSearcher, openSearch, searchIndexFiles } from '../../lib/search';
import { writeSearchIndexFiles } from '../../lib/search/node/writeFiles';
import { PROJECTS } from './fixtures';

const data = buildSearchIndex(PROJECTS, { coreAbstractMaxDocs: 1, abstractChunkSize: 4 });
const reference = createSearcher(data);
const outDir = mkdtempSync(path.join(tmpdir(), 'search-files-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('search index files', () => {
  it('writes the core, the common terms and the abstract chunks into a folder', () => {
    const written = writeSearchIndexFiles(outDir, data);
    expect(written.map((file) => file.name)).toEqual(['index.json', 'common.json', 'abstracts/0.json', 'abstracts/1.json', 'abstracts/2.json']);
    expect(readdirSync(path.join(outDir, 'abstracts'))).toHaveLength(3);
    expect(JSON.parse(readFileSync(path.join(outDir, 'index.json'), 'utf8'))).toEqual(data.core);
    for (const file of written) expect(file.gzipBytes).toBeGreaterThan(0);
  });

  it('opens from a URL: core first, common terms in the background, abstracts when asked', async () => {
    const files = new Map(searchIndexFiles(data).map((file) => [`/search/${file.name}`, file.contents]));
    const requested: string[] = [];
    const fakeFetch = (async (url: string) => {
      requested.push(url);
      const body = files.get(url);
      return new Response(body ?? 'not found', { status: body ? 200 : 404 });
    }) as typeof fetch;
    let completed!: () => void;
    const whenComplete = new Promise<void>((resolve) => (completed = resolve));

    const searcher = await openSearch('/search', { fetch: fakeFetch, onComplete: () => completed() });
    expect(searcher.search('lazy restore')).toEqual(reference.search('lazy restore'));
    await whenComplete;
    expect(searcher.complete).toBe(true);
    expect(searcher.search('applets ')).toEqual(reference.search('applets '));
    const snippet = await searcher.snippet('/orgs/kde/2010/plasma-widgets-in-c-2/', 'battery');
    expect(snippet!.parts.some((part) => part.match && part.text === 'battery')).toBe(true);
    expect(requested.sort()).toEqual(['/search/abstracts/0.json', '/search/common.json', '/search/index.json']);
  });

  it('reports a missing common-terms file through onComplete and keeps searching the core', async () => {
    const core = JSON.stringify(data.core);
    const fakeFetch = (async (url: string) =>
      url.endsWith('index.json') ? new Response(core) : new Response('gone', { status: 404 })) as typeof fetch;
    let failure: unknown;
    const done = new Promise<void>((resolve) => {
      void openSearch('/search/', { fetch: fakeFetch, onComplete: (error) => ((failure = error), resolve()) }).then((searcher) => {
        expect(searcher.search('memory')).toEqual(reference.search('memory'));
      });
    });
    await done;
    expect(String(failure)).toMatch(/common\.json: HTTP 404/);
  });
});

describe('the order of downloads', () => {
  it('fetches the common terms only when told to, so the first results wait for the core alone', async () => {
    const server = heldFetch(new Map(searchIndexFiles(data).map((file) => [`/search/${file.name}`, file.contents])));
    let start!: () => void;
    const fetchCommonAfter = new Promise<void>((resolve) => (start = resolve));
    let completed!: () => void;
    const whenComplete = new Promise<void>((resolve) => (completed = resolve));

    const opening = openSearch('/search/', { fetch: server.fetch, fetchCommonAfter, onComplete: () => completed() });
    expect(server.requested).toEqual(['/search/index.json']);
    server.release('/search/index.json');
    const searcher = await opening;
    expect(searcher.search('lazy restore').length).toBeGreaterThan(0);
    expect(server.requested).toEqual(['/search/index.json']);

    // openSearch subscribed to fetchCommonAfter before this await did, so its fetch has started.
    start();
    await fetchCommonAfter;
    expect(server.requested).toEqual(['/search/index.json', '/search/common.json']);
    expect(searcher.complete).toBe(false);
    server.release('/search/common.json');
    await whenComplete;
    expect(searcher.complete).toBe(true);
  });
});

/** A fetch of `files` whose responses wait until the test releases them, one by one. */
function heldFetch(files: Map<string, string>) {
  const requested: string[] = [];
  const releases = new Map<string, () => void>();
  const fetch = ((url: string) => {
    requested.push(url);
    return new Promise<Response>((resolve) => {
      const body = files.get(url);
      releases.set(url, () => resolve(new Response(body ?? 'not found', { status: body ? 200 : 404 })));
    });
  }) as typeof globalThis.fetch;
  const release = (url: string) => {
    const respond = releases.get(url);
    if (!respond) throw new Error(`${url} was not requested`);
    respond();
  };
  return { fetch, requested, release };
}
