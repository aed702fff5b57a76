/**
 * Contributor and mentor names in search (lib/search/names.ts): found by the whole name in either
 * order, accents folded, a typo per part, a prefix while typing; never a keyword.
 */
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, createSearcher, SEARCH_DEFAULTS, searchIndexFiles, type SearchConfig } from '../../lib/search';
import { PROJECTS } from './fixtures';

const data = buildSearchIndex(PROJECTS, { postingShardBytes: 64, documentChunkSize: 2, abstractChunkSize: 3 });
const searcher = createSearcher(data);
const found = (query: string) => searcher.search(query).map((hit) => ({ title: searcher.document(hit.path)!.title, person: hit.person?.name }));

describe('search: contributor and mentor names', () => {
  it('finds every project of a name, in either order, and says whose name it is', () => {
    for (const query of ['Jane Doe', 'doe jane']) {
      expect(found(query).slice(0, 2)).toEqual([
        { title: 'Plasma widgets in C++', person: 'Jane Doe' },
        { title: 'Plasma widgets in C++', person: 'Jane Doe' },
      ]);
    }
    expect(searcher.search('jane doe')[0]!.person).toEqual({ name: 'Jane Doe', role: 'contributor' });
  });

  it('folds accents, forgives a typo in each part, and completes the part being typed', () => {
    expect(found('jose martinez')[0]).toEqual({ title: 'Lazy Restore Using Memory Paging', person: 'José Martínez' });
    expect(found('José Martínez')[0]).toEqual({ title: 'Lazy Restore Using Memory Paging', person: 'José Martínez' });
    expect(found('Jose Martniez')[0]).toEqual({ title: 'Lazy Restore Using Memory Paging', person: 'José Martínez' });
    expect(found('martinex jose')[0]).toEqual({ title: 'Lazy Restore Using Memory Paging', person: 'José Martínez' });
    expect(found('jose mar')[0]).toEqual({ title: 'Lazy Restore Using Memory Paging', person: 'José Martínez' });
    // A typo in the second letter: "jone" is no part of "jo…", but "jane" is one edit away in "ja…".
    expect(found('jone doe')[0]).toEqual({ title: 'Plasma widgets in C++', person: 'Jane Doe' });
  });

  it('finds mentors, and a family name that is a stop word', () => {
    expect(searcher.search('grace young')[0]!.person).toEqual({ name: 'Grace Young', role: 'mentor' });
    expect(found('wei he')[0]).toEqual({ title: 'Faster incremental compilation in rustc', person: 'Wei He' });
  });

  it('ranks projects about a word before people named by it', () => {
    const rust = found('rust');
    expect(rust[0]).toEqual({ title: 'Faster incremental compilation in rustc', person: undefined });
    // Ana Rust's project is found, after every project the word describes.
    const byName = rust.findIndex((hit) => hit.person === 'Ana Rust');
    expect(byName).toBeGreaterThan(0);
    expect(rust.slice(byName + 1).every((hit) => hit.person !== undefined)).toBe(true);
  });

  it('ranks queries that name nobody as an index without names does', () => {
    const withoutPeople = createSearcher(buildSearchIndex(PROJECTS.map((project) => ({ ...project, contributor: undefined, mentors: undefined }))));
    for (const query of ['xenwatch', 'lazy restore', 'c++', 'python', 'memory paging', 'compil', 'trust', 'widgets applets']) {
      expect(searcher.search(query), query).toEqual(withoutPeople.search(query));
    }
  });

  it('fetches the names only for the words that need them, and the people only for the results a name found', async () => {
    const files = new Map(searchIndexFiles(data).map((file) => [file.name, file.contents]));
    const fetched: string[] = [];
    const read = (name: string) => (fetched.push(name), files.get(name)!);
    const opened = createSearcher(JSON.parse(files.get('meta.json') as string), {
      loadTermShard: async (key) => JSON.parse(read(`terms/${key}.json`) as string),
      loadPostingShard: async (shard) => read(`postings/${shard}.bin`) as Uint8Array,
      loadDocumentChunk: async (chunk) => JSON.parse(read(`documents/${chunk}.json`) as string),
      loadNameShard: async (key) => JSON.parse(read(`names/${key}.json`) as string),
      loadNamePostingShard: async (shard) => read(`name-postings/${shard}.bin`) as Uint8Array,
      loadPeopleChunk: async (chunk) => JSON.parse(read(`people/${chunk}.json`) as string),
    });
    expect(await opened.find('memory paging')).toEqual(searcher.search('memory paging'));
    expect(fetched.filter((name) => /^(name-postings|people)\//.test(name))).toEqual([]);
    expect(await opened.find('doe jane')).toEqual(searcher.search('doe jane'));
    expect(fetched.filter((name) => name.startsWith('people/'))).not.toEqual([]);
    expect(opened.matchedNameParts('doe jane').sort()).toEqual(['doe', 'jane']);
  });

  it('fetches the name shards of a word\'s first two letters, and those of its whole first letter only for a mistyped name', async () => {
    const files = new Map(searchIndexFiles(data).map((file) => [file.name, file.contents]));
    const open = (config: SearchConfig) => {
      const fetched: string[] = [];
      const read = (name: string) => (fetched.push(name), files.get(name)!);
      const opened = createSearcher(
        JSON.parse(files.get('meta.json') as string),
        {
          loadTermShard: async (key) => JSON.parse(read(`terms/${key}.json`) as string),
          loadPostingShard: async (shard) => read(`postings/${shard}.bin`) as Uint8Array,
          loadDocumentChunk: async (chunk) => JSON.parse(read(`documents/${chunk}.json`) as string),
          loadNameShard: async (key) => JSON.parse(read(`names/${key}.json`) as string),
          loadNamePostingShard: async (shard) => read(`name-postings/${shard}.bin`) as Uint8Array,
          loadPeopleChunk: async (chunk) => JSON.parse(read(`people/${chunk}.json`) as string),
        },
        config,
      );
      return { opened, names: () => fetched.filter((name) => name.startsWith('names/')).sort() };
    };
    const shards = [...files.keys()].filter((name) => name.startsWith('names/'));
    // "jo" (jose, john) and "ja" (jane) are two shards of one letter.
    expect(shards).toEqual(expect.arrayContaining(['names/6a-6f.json', 'names/6a-61.json']));

    // Words that are keywords in a document or more (fuzzySkipWhenDocs 1 here) are taken as typed.
    const keyword = open({ ...SEARCH_DEFAULTS, fuzzySkipWhenDocs: 1 } as unknown as SearchConfig); // the defaults' type is their literal values
    await keyword.opened.find('jose widgets');
    expect(keyword.names()).toEqual(['names/6a-6f.json']);

    const mistyped = open(SEARCH_DEFAULTS);
    expect((await mistyped.opened.find('jone doe'))[0]!.person?.name).toBe('Jane Doe');
    expect(mistyped.names()).toEqual(['names/64-6f.json', 'names/6a-61.json', 'names/6a-6f.json']);
  });

  it('reads a query of a megabyte as its first characters', () => {
    const pasted = `jane doe ${'x'.repeat(1_000_000)}`;
    expect(searcher.search(pasted)).toEqual(searcher.search(pasted.slice(0, 256)));
  });
});
