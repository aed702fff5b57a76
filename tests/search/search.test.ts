import { describe, expect, it } from 'vitest';
import { buildSearchIndex, createSearcher, INDEX_FORMAT, markTerms, NotLoadedError, searchIndexFiles, type SearchIndexData } from '../../lib/search';
import { decodePostingShard, encodePostingShard } from '../../lib/search/postings';
import { decodeSortedTerms } from '../../lib/search/front-coding';
import { parseQuery } from '../../lib/search/query';
import { stem, terms } from '../../lib/search/text';
import { PROJECTS } from './fixtures';
import { technologiesNamed } from '../../lib/content/mentions';

const data = buildSearchIndex(PROJECTS, { postingShardBytes: 64, documentChunkSize: 2, abstractChunkSize: 3 });
const searcher = createSearcher(data);
const titlesOf = (query: string, options = {}) => searcher.search(query, options).map((hit) => searcher.document(hit.path)!.title);

describe('search: finding projects', () => {
  it('finds a project by a title keyword, best match first', () => {
    expect(titlesOf('xenwatch')[0]).toBe('Parallel xenwatch kthread');
    expect(titlesOf('lazy restore')[0]).toBe('Lazy Restore Using Memory Paging');
  });

  it('finds projects by abstract, organization and technology', () => {
    expect(titlesOf('scikit')).toEqual(['Machine learning models for astropy']);
    expect(titlesOf('openstreetmap')).toEqual(['Offline vector tiles for the mobile editor']);
    expect(titlesOf('isabelle')).toEqual(['Verified trust anchors']);
  });

  it('forgives a typo, but ranks exact matches of a word before its one-edit neighbours', () => {
    expect(titlesOf('lazy restre memory')[0]).toBe('Lazy Restore Using Memory Paging');
    expect(titlesOf('xenwtach')[0]).toBe('Parallel xenwatch kthread');
    const rust = titlesOf('rust');
    expect(rust[0]).toBe('Faster incremental compilation in rustc');
    expect(rust).not.toContain('Verified trust anchors');
  });

  it('matches the last word as a prefix while it is being typed, not once a space follows', () => {
    expect(titlesOf('compil')).toContain('Faster incremental compilation in rustc');
    expect(titlesOf('compil ')).toEqual([]);
  });

  it('folds accents and plurals the same way on both sides', () => {
    expect(titlesOf('grossenordnung okologie')[0]).toBe('Größenordnung estimation for Ökologie data');
    expect(titlesOf('müller')[0]).toBe('Größenordnung estimation for Ökologie data');
    expect(titlesOf('widget')).toHaveLength(2);
    expect(stem('libraries')).toBe('library');
    expect(terms('The tiles and the Widgets')).toEqual(['tile', 'widget']);
  });

  it('keeps the symbols of c++ and finds it by language and technology', () => {
    expect(parseQuery('c++').map((word) => word.term)).toEqual(['c++']);
    expect(titlesOf('c++')).toEqual(['Plasma widgets in C++', 'Plasma widgets in C++']);
  });

  it('filters by year, organization (slug or name) and technology', () => {
    expect(titlesOf('python', { year: 2021 })).toEqual(['Type hints for the standard library']);
    expect(titlesOf('memory', { organization: 'Xen Project' })).toEqual(['Lazy Restore Using Memory Paging']);
    expect(titlesOf('memory', { organization: 'kde' })).toEqual([]);
    expect(titlesOf('trust', { technology: 'Isabelle' })).toEqual(['Verified trust anchors']);
    expect(titlesOf('lazy', { year: 1999 })).toEqual([]);
  });

  it('respects the limit and returns permalinks with scores, best first', () => {
    const hits = searcher.search('c', { limit: 2 });
    expect(hits).toHaveLength(2);
    expect(hits[0]!.score).toBeGreaterThanOrEqual(hits[1]!.score);
    expect(searcher.search('plasma widgets').map((hit) => hit.path)).toEqual([
      '/orgs/kde/2010/plasma-widgets-in-c/',
      '/orgs/kde/2010/plasma-widgets-in-c-2/',
    ]);
  });

  it('never throws on regex characters, empty, stop-word-only or 1,000-character queries', () => {
    for (const query of ['(a+b)*', '[', '\\', '.*', '$^|?', '', '   ', 'the and of', 'x'.repeat(1000), 'memory '.repeat(200), '🦀 ∑ 漢字']) {
      expect(() => searcher.search(query)).not.toThrow();
    }
    expect(searcher.search('the and of ')).toEqual([]);
    // …while a stop word still being typed may become a word: "of" → "offline".
    expect(titlesOf('the and of')).toEqual(['Offline vector tiles for the mobile editor']);
    expect(titlesOf(`${'memory '.repeat(150)}`)[0]).toBe('Lazy Restore Using Memory Paging');
  });
});

describe('search: browsing by filter alone', () => {
  it('lists the projects a filter allows, newest first, with no query', () => {
    expect(searcher.browse({ technology: 'c' }).map((hit) => searcher.document(hit.path)!.title)).toEqual([
      'Type hints for the standard library',
      'Machine learning models for astropy',
      'Verified trust anchors',
      'Lazy Restore Using Memory Paging',
      'Parallel xenwatch kthread',
    ]);
    expect(searcher.browse({ organization: 'kde', limit: 1 })).toHaveLength(1);
    expect(searcher.browse({})).toEqual([]);
  });

  it('offers the years, organizations and technologies to filter by', () => {
    const facets = searcher.facets();
    expect(facets.years).toEqual([2023, 2021, 2020, 2019, 2016, 2014, 2012, 2010]);
    expect(facets.organizations.map((organization) => organization.slug)).toEqual([
      'kde', 'muller-lab', 'openstreetmap', 'python-software-foundation', 'the-rust-foundation', 'trustworthy-systems', 'xen-project',
    ]);
    expect(facets.technologies).toEqual(['c', 'c++', 'isabelle', 'javascript', 'ocaml', 'postgresql', 'python', 'qt', 'rust']);
  });

  it('knows the technology a query names exactly, whatever its case', () => {
    expect(searcher.technologyNamed(' PostgreSQL ')).toBe('postgresql');
    expect(searcher.technologyNamed('postgres')).toBeUndefined();
  });
});

describe('search: projects that name a technology themselves', () => {
  // One organization-year that uses rust and python; only some of its projects are about rust.
  const project = (title: string, slug: string, abstract: string) => ({
    title,
    abstract,
    organization: 'Example Org',
    year: 2021,
    technologies: technologiesNamed([title, abstract], ['rust', 'python']),
    organizationTechnologies: ['rust', 'python'],
    path: `/orgs/example-org/2021/${slug}/`,
  });
  const projects = [
    project('A faster parser', 'a-faster-parser', 'Speed up the parser of the documentation tool.'),
    project('Parser bindings', 'parser-bindings', 'Expose the parser to Rust programs.'),
    project('Plugin system', 'plugin-system', 'Load plugins written in Python.'),
  ];
  const own = createSearcher(buildSearchIndex(projects));

  it('lists them first when browsing by the technology, then the rest of their organization', () => {
    expect(own.browse({ technology: 'rust' }).map((hit) => hit.path)).toEqual(['/orgs/example-org/2021/parser-bindings/', '/orgs/example-org/2021/a-faster-parser/', '/orgs/example-org/2021/plugin-system/']);
    expect(own.browse({ technology: 'python' })[0]!.path).toBe('/orgs/example-org/2021/plugin-system/');
  });

  it('ranks them above an equal match under a technology filter, and not without one', () => {
    expect(own.search('parser', { technology: 'rust' })[0]!.path).toBe('/orgs/example-org/2021/parser-bindings/');
    expect(own.search('parser')[0]!.path).toBe('/orgs/example-org/2021/a-faster-parser/');
  });
});

describe('search: organizations by name', () => {
  it('finds an organization by a word of its name, or the start of one being typed', () => {
    expect(searcher.organizations('kde').map((hit) => hit.name)).toEqual(['KDE']);
    expect(searcher.organizations('python soft').map((hit) => hit.slug)).toEqual(['python-software-foundation']);
    expect(searcher.organizations('rust')[0]).toMatchObject({ name: 'The Rust Foundation', path: '/orgs/the-rust-foundation/', years: [2023], projectCount: 1 });
    expect(searcher.organizations('no such organization')).toEqual([]);
    expect(searcher.organizations('')).toEqual([]);
  });

  it('finds an organization by a former name, and names it by its latest', () => {
    const renamed = createSearcher(
      buildSearchIndex([
        { title: 'Skins', abstract: '', organization: 'XBMC Foundation', year: 2017, technologies: [], organizationTechnologies: [], path: '/orgs/kodi/2017/skins/' },
        { title: 'Add-ons', abstract: '', organization: 'Kodi', year: 2021, technologies: [], organizationTechnologies: [], path: '/orgs/kodi/2021/add-ons/' },
      ]),
    );
    expect(renamed.organizations('xbmc')).toEqual([{ slug: 'kodi', name: 'Kodi', path: '/orgs/kodi/', formerNames: ['XBMC Foundation'], years: [2017, 2021], projectCount: 2 }]);
  });

  it('puts the organization the query names wholly before one whose name only contains it', () => {
    const two = createSearcher(
      buildSearchIndex([
        { title: 'A', abstract: '', organization: 'KDE Connect Tools', year: 2020, technologies: [], organizationTechnologies: [], path: '/orgs/kde-connect-tools/2020/a/' },
        { title: 'B', abstract: '', organization: 'KDE', year: 2019, technologies: [], organizationTechnologies: [], path: '/orgs/kde/2019/b/' },
      ]),
    );
    expect(two.organizations('kde').map((hit) => hit.name)).toEqual(['KDE', 'KDE Connect Tools']);
  });
});

describe('search: what a result list shows', () => {
  it('describes a result: title, organization, year, technologies', () => {
    expect(searcher.document('/orgs/xen-project/2014/parallel-xenwatch-kthread/')).toEqual({
      path: '/orgs/xen-project/2014/parallel-xenwatch-kthread/',
      title: 'Parallel xenwatch kthread',
      organization: 'Xen Project',
      organizationSlug: 'xen-project',
      year: 2014,
      technologies: ['c', 'ocaml'],
    });
    expect(searcher.document('/orgs/nobody/2014/nothing/')).toBeUndefined();
  });

  it('lists the matched terms to highlight and marks them in a snippet of the abstract', async () => {
    expect(searcher.matchedTerms('lazy restre')).toEqual(expect.arrayContaining(['lazy', 'restore']));
    const snippet = await searcher.snippet('/orgs/xen-project/2014/lazy-restore-using-memory-paging/', 'memry paging');
    const marked = snippet!.parts.filter((part) => part.match).map((part) => part.text);
    expect(marked).toEqual(['memory', 'memory', 'paging']);
    expect(snippet!.parts.map((part) => part.text).join('')).toContain('entire memory image');
  });

  it('shows Markdown abstracts as plain text', async () => {
    expect(await searcher.abstract('/orgs/python-software-foundation/2021/type-hints-for-the-standard-library/')).toBe(
      'Gradual typing annotations across the standard library, checked by mypy.',
    );
  });
});

describe('search: the index as files', () => {
  const files = new Map(searchIndexFiles(data).map((file) => [file.name, file.contents]));
  /** A searcher over the files, recording what it fetched. */
  const fromFiles = () => {
    const fetched: string[] = [];
    const read = (name: string) => {
      fetched.push(name);
      const contents = files.get(name);
      if (contents === undefined) throw new Error(`no file ${name}`);
      return contents;
    };
    const json = async (name: string) => JSON.parse(read(name) as string);
    const opened = createSearcher(JSON.parse(files.get('meta.json') as string), {
      loadTermShard: (key) => json(`terms/${key}.json`),
      loadPostingShard: async (shard) => read(`postings/${shard}.bin`) as Uint8Array,
      loadDocumentChunk: (chunk) => json(`documents/${chunk}.json`),
      loadAbstractChunk: (chunk) => json(`abstracts/${chunk}.json`),
      loadNameShard: (key) => json(`names/${key}.json`),
      loadNamePostingShard: async (shard) => read(`name-postings/${shard}.bin`) as Uint8Array,
      loadPeopleChunk: (chunk) => json(`people/${chunk}.json`),
      loadOwnTechnologies: () => json('own-technologies.json'),
    });
    return { opened, fetched };
  };
  const queries = ['rust', 'lazy restre memory', 'c++', 'plasma', 'python', 'increment', 'okologie', 'the and of', 'xenwtach', 'qqq', ''];

  it('splits the index: a meta, term shards by first character, binary posting shards, document and abstract chunks', () => {
    const names = [...files.keys()];
    expect(names[0]).toBe('meta.json');
    expect(names.filter((name) => name.startsWith('terms/')).length).toBe(data.meta.termShards.length);
    expect(names).toContain('terms/72.json'); // "r": rust, restore, rewrite…
    expect(names.filter((name) => name.endsWith('.bin')).length).toBeGreaterThan(3);
    expect(names.filter((name) => name.startsWith('documents/'))).toHaveLength(5);
    // Every term is in the term shard of its first character, and in exactly one posting shard.
    const inPostings = [...files].filter(([name]) => name.startsWith('postings/')).flatMap(([, bytes]) => decodePostingShard(bytes as Uint8Array).map((entry) => entry.term));
    const inVocabulary = Object.entries(data.termShards).flatMap(([key, shard]) => decodeSortedTerms(shard.terms).map((term) => (expect(key).toBe(term.codePointAt(0)!.toString(16)), term)));
    expect(inPostings).toEqual([...inVocabulary].sort());
    expect(new Set(inPostings).size).toBe(inPostings.length);
  });

  it('answers from the files exactly as from the whole index, fetching only what a query needs', async () => {
    for (const query of queries) {
      const { opened, fetched } = fromFiles();
      expect(await opened.find(query)).toEqual(query ? searcher.search(query) : []);
      expect(fetched.filter((name) => name.startsWith('postings/')).length).toBeLessThan(data.postingShards.length);
    }
    const { opened, fetched } = fromFiles();
    await opened.find('xenwatch');
    // "x" only: the term shard of its first character, the posting shard holding it, the document chunk of its result.
    expect(fetched.filter((name) => name.startsWith('terms/'))).toEqual(['terms/78.json']);
    expect(fetched.filter((name) => name.startsWith('postings/'))).toHaveLength(1);
    expect(fetched.filter((name) => name.startsWith('documents/'))).toHaveLength(1);
    expect(await opened.abstract('/orgs/xen-project/2014/parallel-xenwatch-kthread/')).toContain('xenwatch kernel thread');
  });

  it('never ranks on part of the data: a search before its shards are loaded throws, and after find() equals the whole index', async () => {
    const { opened } = fromFiles();
    expect(() => opened.search('memory paging')).toThrow(NotLoadedError);
    await opened.find('memory');
    // "memory" is loaded, "paging" is not: no answer from "memory" alone.
    expect(() => opened.search('memory paging')).toThrow(NotLoadedError);
    expect(await opened.find('memory paging')).toEqual(searcher.search('memory paging'));
    expect(opened.search('memory paging')).toEqual(searcher.search('memory paging'));
  });

  it('fetches the projects\' own technologies for a technology filter only, and then ranks as the whole index', async () => {
    const { opened, fetched } = fromFiles();
    await opened.find('memory');
    expect(fetched).not.toContain('own-technologies.json');
    expect(() => opened.search('memory', { technology: 'c' })).toThrow(NotLoadedError);
    expect(await opened.find('memory', { technology: 'c' })).toEqual(searcher.search('memory', { technology: 'c' }));
    expect(fetched.filter((name) => name === 'own-technologies.json')).toHaveLength(1);
  });

  it('browses by filter from the files', async () => {
    const { opened } = fromFiles();
    expect(await opened.find('', { technology: 'c' })).toEqual(searcher.browse({ technology: 'c' }));
  });

  it('fetches a shard once for two queries, and again after a failed fetch', async () => {
    let calls = 0;
    let fail = true;
    const opened = createSearcher(JSON.parse(files.get('meta.json') as string), {
      loadTermShard: async (key) => {
        calls++;
        if (fail) throw new Error('offline');
        return JSON.parse(files.get(`terms/${key}.json`) as string);
      },
      loadPostingShard: async (shard) => files.get(`postings/${shard}.bin`) as Uint8Array,
      loadDocumentChunk: async (chunk) => JSON.parse(files.get(`documents/${chunk}.json`) as string),
    });
    await expect(opened.find('xenwatch')).rejects.toThrow('offline');
    fail = false;
    await Promise.all([opened.find('xenwatch'), opened.find('xenwa')]);
    expect(calls).toBe(2);
  });

  it('refuses an index of another format rather than misread it', () => {
    expect(() => createSearcher({ ...data.meta, format: 3 } as unknown as SearchIndexData['meta'])).toThrow(new RegExp(`format 3 is not ${INDEX_FORMAT}: rebuild`));
  });

  it('builds the same index whatever the order of the records', () => {
    expect(buildSearchIndex([...PROJECTS].reverse(), { postingShardBytes: 64, documentChunkSize: 2, abstractChunkSize: 3 })).toEqual(data);
  });

  it('encodes posting shards as binary and decodes them exactly', () => {
    const entries = [
      { term: 'c++', title: [0, 1, 2, 127, 128, 129, 16_383, 16_384, 2_000_000], abstract: [] },
      { term: 'ökologie', title: [], abstract: [5] },
    ];
    const bytes = encodePostingShard(entries);
    expect(decodePostingShard(bytes).map(({ term, title, abstract }) => ({ term, title: [...title], abstract: [...abstract] }))).toEqual(entries);
    // Gaps under 128 take one byte: three consecutive ids are three bytes after the count.
    expect(encodePostingShard([{ term: 'a', title: [0, 1, 2], abstract: [] }])).toEqual(Uint8Array.from([1, 1, 97, 3, 0, 0, 0, 0]));
    expect(() => encodePostingShard([{ term: 'a', title: [3, 3], abstract: [] }])).toThrow(/increasing/);
    expect(() => decodePostingShard(bytes.subarray(0, bytes.length - 1))).toThrow(/ends in the middle/);
    expect(() => decodePostingShard(Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0x0f]))).toThrow(/past the limit/);
  });
});

describe('search: limits on hostile queries', () => {
  it('caps the words, the characters and the terms a query looks up', async () => {
    expect(parseQuery(Array.from({ length: 50 }, (_, index) => `word${index}`).join(' '))).toHaveLength(12);
    expect(parseQuery(`${'a'.repeat(300)} memory`)).toHaveLength(1);
    const { opened, fetched } = fromFilesOf(buildSearchIndex(PROJECTS, { postingShardBytes: 1 }));
    // Twelve words that each expand to prefix and typo variants: never more than maxExpansions terms (and name parts), so never more shards.
    await opened.find('p m r c t s a l w x e o');
    expect(fetched.filter((name) => name.startsWith('postings/')).length).toBeLessThanOrEqual(96);
    expect(fetched.filter((name) => name.startsWith('name-postings/')).length).toBeLessThanOrEqual(96);
  });
});

function fromFilesOf(index: SearchIndexData) {
  const files = new Map(searchIndexFiles(index).map((file) => [file.name, file.contents]));
  const fetched: string[] = [];
  const read = (name: string) => (fetched.push(name), files.get(name)!);
  const opened = createSearcher(index.meta, {
    loadTermShard: async (key) => JSON.parse(read(`terms/${key}.json`) as string),
    loadPostingShard: async (shard) => read(`postings/${shard}.bin`) as Uint8Array,
    loadDocumentChunk: async (chunk) => JSON.parse(read(`documents/${chunk}.json`) as string),
    loadNameShard: async (key) => JSON.parse(read(`names/${key}.json`) as string),
    loadNamePostingShard: async (shard) => read(`name-postings/${shard}.bin`) as Uint8Array,
    loadPeopleChunk: async (chunk) => JSON.parse(read(`people/${chunk}.json`) as string),
  });
  return { opened, fetched };
}

describe('search: permalinks', () => {
  it('keeps a Code-in organization-year apart from the same year of Summer of Code', () => {
    const codeIn = { ...PROJECTS[0]!, path: '/orgs/xen-project/code-in-2014/lazy-restore-using-memory-paging/' };
    const both = createSearcher(buildSearchIndex([...PROJECTS, codeIn]));
    expect(both.search('lazy restore', { limit: 2 }).map((hit) => hit.path).sort()).toEqual([
      '/orgs/xen-project/2014/lazy-restore-using-memory-paging/',
      '/orgs/xen-project/code-in-2014/lazy-restore-using-memory-paging/',
    ]);
    expect(both.document(codeIn.path)).toMatchObject({ title: 'Lazy Restore Using Memory Paging', organizationSlug: 'xen-project', year: 2014 });
    expect(both.browse({ organization: 'xen-project' })).toHaveLength(3);
  });

  it('refuses a record whose path is not a project permalink', () => {
    expect(() => buildSearchIndex([{ ...PROJECTS[0]!, path: '/years/2014/' }])).toThrow(/\/years\/2014\/ is not a project permalink/);
  });
});

describe('search: marking matches', () => {
  it('marks matched words across a whole title', () => {
    const terms = searcher.matchedTerms('memory paging');
    expect(markTerms('Lazy Restore Using Memory Paging', terms)).toEqual([
      { text: 'Lazy Restore Using ', match: false },
      { text: 'Memory', match: true },
      { text: ' ', match: false },
      { text: 'Paging', match: true },
    ]);
  });
});
