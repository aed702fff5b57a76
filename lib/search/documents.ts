/**
 * What a result shows, and where it lives: permalinks (the organization-year's path and the title's
 * slug), titles, and the plain-text abstracts. Titles come in document chunks, abstracts in
 * abstract chunks, each fetched for the results shown.
 */
import { organizationYearPath, parseOrganizationPath } from '../paths';
import { slugify } from '../slugs';
import { PERSON_SLOTS, type DocumentChunk, type PeopleChunk, type SearchMeta } from './format';
import { highlightSnippet, type Snippet } from './snippet';
import { NotLoadedError, type SearchTables } from './tables';

/** What a result list shows once its document chunk is in. */
export interface SearchDocument {
  path: string;
  title: string;
  organization: string;
  organizationSlug: string;
  year: number;
  technologies: string[];
}

type Load<T> = (chunk: number) => Promise<T>;

/** Chunks fetched once each; a failed fetch is forgotten, so the next call tries again. */
class Chunks<T> {
  private readonly loaded = new Map<number, T>();
  private readonly pending = new Map<number, Promise<T>>();

  constructor(private readonly load: Load<T> | undefined) {}

  add(index: number, chunk: T): void {
    this.loaded.set(index, chunk);
  }

  get(index: number): T | undefined {
    return this.loaded.get(index);
  }

  async fetch(index: number): Promise<T | undefined> {
    const known = this.loaded.get(index);
    if (known !== undefined || !this.load) return known;
    let pending = this.pending.get(index);
    if (!pending) {
      pending = this.load(index).then((chunk) => (this.loaded.set(index, chunk), chunk));
      this.pending.set(index, pending);
      pending.catch(() => undefined).finally(() => this.pending.delete(index));
    }
    return pending;
  }
}

export class Documents {
  private readonly paths: (string | undefined)[];
  private readonly idOfPath = new Map<string, number>();
  private readonly runsOfPrefix = new Map<string, number[]>();
  private readonly documentChunks: Chunks<DocumentChunk>;
  private readonly abstractChunks: Chunks<string[]>;
  private readonly peopleChunks: Chunks<PeopleChunk>;

  constructor(
    private readonly meta: SearchMeta,
    private readonly tables: SearchTables,
    loaders: { documents?: Load<DocumentChunk>; abstracts?: Load<string[]>; people?: Load<PeopleChunk> },
  ) {
    this.paths = new Array<string>(tables.documentCount);
    tables.runs.forEach(({ pathPrefix }, run) => {
      const runs = this.runsOfPrefix.get(pathPrefix);
      if (runs) runs.push(run);
      else this.runsOfPrefix.set(pathPrefix, [run]);
    });
    this.documentChunks = new Chunks(loaders.documents);
    this.abstractChunks = new Chunks(loaders.abstracts);
    this.peopleChunks = new Chunks(loaders.people);
  }

  /** Adds chunks held in memory (Node keeps the whole index). */
  addChunks(documents: readonly DocumentChunk[], abstracts: readonly string[][], people: readonly PeopleChunk[]): void {
    documents.forEach((chunk, index) => this.documentChunks.add(index, chunk));
    people.forEach((chunk, index) => this.peopleChunks.add(index, chunk));
    abstracts.forEach((chunk, index) => this.abstractChunks.add(index, chunk));
  }

  /** Fetches the document chunks of `ids` (what pathOf and titleOf need). */
  async load(ids: readonly number[]): Promise<void> {
    const chunks = new Set(ids.map((id) => Math.floor(id / this.meta.documentChunkSize)));
    await Promise.all([...chunks].map((chunk) => this.documentChunks.fetch(chunk)));
  }

  /** Fetches the people chunks of `persons` (what personName needs): only for results a name found. */
  async loadPeople(persons: readonly number[]): Promise<void> {
    const chunks = new Set(persons.map((person) => Math.floor(Math.floor(person / PERSON_SLOTS) / this.meta.documentChunkSize)));
    await Promise.all([...chunks].map((chunk) => this.peopleChunks.fetch(chunk)));
  }

  /** The name of a person (format.ts PERSON_SLOTS) and whether they contributed or mentored; its people chunk must be loaded. */
  person(person: number): { name: string; role: 'contributor' | 'mentor' } | undefined {
    const id = Math.floor(person / PERSON_SLOTS);
    const chunk = this.peopleChunks.get(Math.floor(id / this.meta.documentChunkSize));
    if (!chunk) throw new NotLoadedError(`the people chunk of document ${id}`);
    const slot = person % PERSON_SLOTS;
    const name = chunk[id % this.meta.documentChunkSize]?.[slot];
    return name ? { name, role: slot === 0 ? 'contributor' : 'mentor' } : undefined;
  }

  /** The permalink of document `id`; its document chunk must be loaded. */
  pathOf(id: number): string {
    // Made when asked for: slugify on every title would slow opening the index.
    let path = this.paths[id];
    if (path === undefined) {
      const { chunk, offset } = this.chunkOf(id);
      path = `${this.tables.runs[this.tables.runOf[id]!]!.pathPrefix}${chunk.slugs[offset] ?? slugify(chunk.titles[offset]!)}/`;
      this.paths[id] = path;
      this.idOfPath.set(path, id);
    }
    return path;
  }

  /** The document at permalink `path`; undefined for a path not in the index (or in no loaded chunk). */
  idOf(path: string): number | undefined {
    const known = this.idOfPath.get(path);
    if (known !== undefined) return known;
    const parts = parseOrganizationPath(path);
    if (!parts?.edition || parts.projectSlug === undefined) return undefined;
    for (const run of this.runsOfPrefix.get(organizationYearPath(parts.organizationSlug, parts.edition)) ?? []) {
      const { start, end } = this.tables.runs[run]!;
      for (let id = start; id < end; id++) {
        if (this.documentChunks.get(Math.floor(id / this.meta.documentChunkSize)) && this.pathOf(id) === path) return id;
      }
    }
    return undefined;
  }

  document(path: string): SearchDocument | undefined {
    const id = this.idOf(path);
    if (id === undefined) return undefined;
    const run = this.tables.runs[this.tables.runOf[id]!]!;
    const { chunk, offset } = this.chunkOf(id);
    return {
      path,
      title: chunk.titles[offset]!,
      organization: run.name,
      organizationSlug: run.organizationSlug,
      year: run.year,
      technologies: [...run.technologies],
    };
  }

  /** The plain-text abstract at `path`, fetching its chunk if needed. */
  async abstract(path: string): Promise<string | undefined> {
    const id = this.idOf(path);
    if (id === undefined) return undefined;
    const chunk = await this.abstractChunks.fetch(Math.floor(id / this.meta.abstractChunkSize));
    return chunk?.[id % this.meta.abstractChunkSize];
  }

  /** The window of the abstract at `path` with the most of `terms`, marked. */
  async snippet(path: string, terms: readonly string[], length: number): Promise<Snippet | undefined> {
    const text = await this.abstract(path);
    return text === undefined ? undefined : highlightSnippet(text, terms, length);
  }

  private chunkOf(id: number): { chunk: DocumentChunk; offset: number } {
    const chunk = this.documentChunks.get(Math.floor(id / this.meta.documentChunkSize));
    if (!chunk) throw new NotLoadedError(`the document chunk of document ${id}`);
    return { chunk, offset: id % this.meta.documentChunkSize };
  }
}
