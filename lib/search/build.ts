/**
 * Build time: project records → the search index (format.ts). Runs in Node at build time or in the
 * CLI; the browser only reads what this writes.
 */
import type { Project } from '../content/schema';
import { slugify } from '../slugs';
import { SEARCH_DEFAULTS } from './config';
import { INDEX_FORMAT, type OrganizationYearEntry, type SearchIndexData } from './format';
import { readableText } from '../render';
import { truncateAtWord } from '../format';
import { encodePostings } from './postings';
import { terms } from './text';

/** The fields of a project record that search reads. */
export type SearchableProject = Pick<Project, 'title' | 'abstract' | 'organization' | 'year' | 'technologies' | 'path'> &
  Partial<Pick<Project, 'markup'>>;

export interface BuildOptions {
  coreAbstractMaxDocs?: number;
  abstractChunkSize?: number;
  abstractMaxLength?: number;
}

/** Builds the JSON-serializable index of `projects`; the result does not depend on their order. */
export function buildSearchIndex(projects: readonly SearchableProject[], options: BuildOptions = {}): SearchIndexData {
  const coreAbstractMaxDocs = options.coreAbstractMaxDocs ?? SEARCH_DEFAULTS.coreAbstractMaxDocs;
  const chunkSize = options.abstractChunkSize ?? SEARCH_DEFAULTS.abstractChunkSize;
  const maxLength = options.abstractMaxLength ?? SEARCH_DEFAULTS.abstractMaxLength;

  // Permalink order puts an organization-year's projects next to each other: one table row covers
  // them all, and postings gaps stay small. Without the closing slash, "foo" comes before "foo-2".
  const sortKey = (project: SearchableProject) => project.path.replace(/\/$/, '');
  const documents = [...projects].sort((a, b) => compareText(sortKey(a), sortKey(b)) || compareText(a.title, b.title));

  const organizations: OrganizationYearEntry[] = [];
  const titles: string[] = [];
  const slugs: Record<string, string> = {};
  const abstracts: string[] = [];
  const abstractIndex = new Map<string, number[]>();
  let groupKey = '';

  documents.forEach((project, id) => {
    const { prefix, slug } = splitPath(project.path);
    const key = JSON.stringify([prefix, project.organization, project.year, project.technologies]);
    if (key !== groupKey) {
      organizations.push([project.organization, project.year, prefix, [...project.technologies], 0]);
      groupKey = key;
    }
    organizations[organizations.length - 1]![4]++;
    titles.push(project.title);
    if (slug !== slugify(project.title)) slugs[id] = slug;

    // Markdown read, not stripped by patterns: escapes (\\_), links and emphasis come out as the page shows them.
    const abstract = readableText(project.abstract, project.markup ?? 'text');
    abstracts.push(truncateAtWord(abstract, maxLength));
    for (const term of new Set(terms(abstract))) {
      const postings = abstractIndex.get(term);
      if (postings) postings.push(id);
      else abstractIndex.set(term, [id]);
    }
  });

  const abstractTerms = [...abstractIndex.keys()].sort(compareText);
  const common: Record<string, string> = {};
  const commonTermDocs: number[] = [];
  const abstractPostings = abstractTerms.map((term) => {
    const postings = abstractIndex.get(term)!;
    const encoded = encodePostings(postings);
    if (postings.length <= coreAbstractMaxDocs) return encoded;
    common[term] = encoded;
    commonTermDocs.push(postings.length);
    return '';
  });

  const chunks: string[][] = [];
  for (let start = 0; start < abstracts.length; start += chunkSize) chunks.push(abstracts.slice(start, start + chunkSize));

  return {
    core: {
      format: INDEX_FORMAT,
      organizations,
      titles,
      slugs,
      abstractTerms,
      abstractPostings,
      commonTermDocs,
      abstractChunkSize: chunkSize,
      abstractChunks: chunks.length,
    },
    common: { format: INDEX_FORMAT, postings: common },
    abstracts: chunks,
  };
}

/** "/orgs/xen-project/2014/lazy-restore/" → prefix "/orgs/xen-project/2014/", slug "lazy-restore". */
function splitPath(path: string): { prefix: string; slug: string } {
  const trimmed = path.endsWith('/') ? path.slice(0, -1) : path;
  const cut = trimmed.lastIndexOf('/');
  return { prefix: trimmed.slice(0, cut + 1), slug: trimmed.slice(cut + 1) };
}

// Code-point order, the same on every machine (localeCompare is not).
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
