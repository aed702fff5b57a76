import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, createSearcher, openSearch, searchIndexFiles } from '../../lib/search';
import { writeSearchIndexFiles } from '../../lib/search/node/write-files';
import { PROJECTS } from './fixtures';

const data = buildSearchIndex(PROJECTS, { postingShardBytes: 64, abstractChunkSize: 4 });
const reference = createSearcher(data);
const outDir = mkdtempSync(path.join(tmpdir(), 'search-files-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('search index files', () => {
  it('writes the meta, the shards and the chunks into a folder, binary postings as they are', () => {
    const written = writeSearchIndexFiles(outDir, data);
    expect(written[0]!.name).toBe('meta.json');
    expect(readdirSync(outDir).sort()).toEqual(['abstracts', 'documents', 'meta.json', 'name-postings', 'names', 'own-technologies.json', 'people', 'postings', 'terms']);
    expect(readdirSync(path.join(outDir, 'abstracts'))).toHaveLength(3);
    expect(JSON.parse(readFileSync(path.join(outDir, 'meta.json'), 'utf8'))).toEqual({ ...data.meta, version: expect.stringMatching(/^[0-9a-f]{8}$/) });
    expect(new Uint8Array(readFileSync(path.join(outDir, 'postings/0.bin')))).toEqual(data.postingShards[0]);
    for (const file of written) expect(file.gzipBytes).toBeGreaterThan(0);
  });

  it('opens from a URL: the meta first, then only the files each query and result needs, each with the version', async () => {
    const files = new Map(searchIndexFiles(data).map((file) => [`/search/${file.name}`, file.contents]));
    const requested: string[] = [];
    const fakeFetch = (async (url: string) => {
      requested.push(url);
      const [name, version] = url.split('?v=');
      // The meta with the page's version of it; every other file with the meta's version of them all.
      expect(version).toBe(name!.endsWith('meta.json') ? 'abc' : JSON.parse(files.get('/search/meta.json') as string).version);
      const body = files.get(name!);
      return new Response((body ?? 'not found') as BodyInit, { status: body ? 200 : 404 });
    }) as typeof fetch;

    const searcher = await openSearch('/search', { fetch: fakeFetch, version: 'abc' });
    expect(requested).toEqual(['/search/meta.json?v=abc']);
    expect(await searcher.find('lazy restore')).toEqual(reference.search('lazy restore'));
    expect(await searcher.find('applets ')).toEqual(reference.search('applets '));
    const snippet = await searcher.snippet('/orgs/kde/2010/plasma-widgets-in-c-2/', 'battery');
    expect(snippet!.parts.some((part) => part.match && part.text === 'battery')).toBe(true);
    const kinds = requested.map((url) => url.split('/')[2]);
    expect(kinds.filter((kind) => kind === 'postings').length).toBeLessThan(data.postingShards.length);
    expect(kinds).toContain('abstracts');
  });

  it('reports a missing file as an error of the query that needed it', async () => {
    const meta = JSON.stringify(data.meta);
    const fakeFetch = (async (url: string) => (url.endsWith('meta.json') ? new Response(meta) : new Response('gone', { status: 404 }))) as typeof fetch;
    const searcher = await openSearch('/search/', { fetch: fakeFetch });
    await expect(searcher.find('memory')).rejects.toThrow(/terms\/6d\.json: HTTP 404/);
    // Organizations and facets come from the meta alone.
    expect(searcher.organizations('kde').map((hit) => hit.slug)).toEqual(['kde']);
  });

  it('fetches the term shards of the first query alongside the meta when the page knows the index version', async () => {
    const files = new Map(searchIndexFiles(data).map((file) => [`/search/${file.name}`, file.contents]));
    const meta = JSON.parse(files.get('/search/meta.json') as string);
    const requested: string[] = [];
    let releaseMeta!: () => void;
    const metaHeld = new Promise<void>((resolve) => (releaseMeta = resolve));
    const fakeFetch = (async (url: string) => {
      requested.push(url.split('?')[0]!);
      if (url.includes('meta.json')) await metaHeld;
      return new Response(files.get(url.split('?')[0]!) as BodyInit);
    }) as typeof fetch;
    const opening = openSearch('/search/', { fetch: fakeFetch, early: { version: meta.version, termShards: meta.termShards, firstQuery: 'lazy restore' } });
    // Before the meta has arrived: "l" and "r", both in this index.
    expect(requested).toEqual(['/search/meta.json', '/search/terms/6c.json', '/search/terms/72.json']);
    releaseMeta();
    const searcher = await opening;
    expect(await searcher.find('lazy restore')).toEqual(reference.search('lazy restore'));
    expect(requested.filter((url) => url.includes('/terms/'))).toEqual(['/search/terms/6c.json', '/search/terms/72.json']);
  });
});
