/**
 * What a result shows, and where it lives: permalinks (the organization-year's path and the title's
 * slug), titles, and the plain-text abstracts, which come in chunks as results need them.
 */
import { organizationYearPath, parseOrganizationPath } from '../paths';
import { slugify } from '../slugs';
import type { SearchCore } from './format';
import { highlightSnippet, type Snippet } from './snippet';
import type { SearchTables } from './tables';

/** What a result list shows without any further download. */
export interface SearchDocument {
  path: string;
  title: string;
  organization: string;
  organizationSlug: string;
  year: number;
  technologies: string[];
}

export class Documents {
  private readonly paths: (string | undefined)[];
  private readonly runsOfPrefix = new Map<string, number[]>();
  private readonly abstractChunks = new Map<number, Promise<string[]>>();

  constructor(
    private readonly core: SearchCore,
    private readonly tables: SearchTables,
    /** The abstracts when they are in memory (Node keeps the whole index). */
    abstracts: string[][] | undefined,
    private readonly loadAbstractChunk: ((chunk: number) => Promise<string[]>) | undefined,
  ) {
    this.paths = new Array<string>(tables.documentCount);
    tables.runs.forEach(({ pathPrefix }, run) => {
      const runs = this.runsOfPrefix.get(pathPrefix);
      if (runs) runs.push(run);
      else this.runsOfPrefix.set(pathPrefix, [run]);
    });
    abstracts?.forEach((chunk, index) => this.abstractChunks.set(index, Promise.resolve(chunk)));
  }

  /** The permalink of document `id`. */
  pathOf(id: number): string {
    // Made when asked for: slugify on every title would slow the first load.
    let path = this.paths[id];
    if (path === undefined) {
      const title = this.core.titles[id]!;
      path = `${this.tables.runs[this.tables.runOf[id]!]!.pathPrefix}${this.core.slugs[id] ?? slugify(title)}/`;
      this.paths[id] = path;
    }
    return path;
  }

  /** The document at permalink `path`; undefined for a path not in the index. */
  idOf(path: string): number | undefined {
    const parts = parseOrganizationPath(path);
    if (!parts?.edition || parts.projectSlug === undefined) return undefined;
    for (const run of this.runsOfPrefix.get(organizationYearPath(parts.organizationSlug, parts.edition)) ?? []) {
      const { start, end } = this.tables.runs[run]!;
      for (let id = start; id < end; id++) if (this.pathOf(id) === path) return id;
    }
    return undefined;
  }

  document(path: string): SearchDocument | undefined {
    const id = this.idOf(path);
    if (id === undefined) return undefined;
    const run = this.tables.runs[this.tables.runOf[id]!]!;
    return {
      path,
      title: this.core.titles[id]!,
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
    const chunkIndex = Math.floor(id / this.core.abstractChunkSize);
    let chunk = this.abstractChunks.get(chunkIndex);
    if (!chunk) {
      if (!this.loadAbstractChunk) return undefined;
      chunk = this.loadAbstractChunk(chunkIndex);
      this.abstractChunks.set(chunkIndex, chunk);
      // A failed fetch is not cached, so the next call tries again.
      chunk.catch(() => this.abstractChunks.delete(chunkIndex));
    }
    return (await chunk)[id % this.core.abstractChunkSize];
  }

  /** The window of the abstract at `path` with the most of `terms`, marked. */
  async snippet(path: string, terms: readonly string[], length: number): Promise<Snippet | undefined> {
    const text = await this.abstract(path);
    return text === undefined ? undefined : highlightSnippet(text, terms, length);
  }
}
