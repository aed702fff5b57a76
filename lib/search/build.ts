/**
 * Build time: project records → the search index (format.ts). Runs in Node at build time or in the
 * CLI; the browser only reads what this writes.
 */
import type { Project } from '../content/schema';
import { truncateAtWord } from '../format';
import { organizationYearPath, parseOrganizationPath } from '../paths';
import { readableText } from '../render';
import { slugify } from '../slugs';
import { SEARCH_DEFAULTS } from './config';
import { INDEX_FORMAT, type OrganizationYearRow, type SearchIndexData } from './format';
import { encodePostings } from './postings';
import { terms } from './text';

/** The fields of a project record that search reads. */
export type SearchableProject = Pick<Project, 'title' | 'abstract' | 'organization' | 'year' | 'technologies' | 'organizationTechnologies' | 'path'> &
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

  const organizationYears: OrganizationYearRow[] = [];
  const titles: string[] = [];
  const ownTechnologies: number[] = [];
  const slugs: Record<string, string> = {};
  const abstracts: string[] = [];
  const abstractIndex = new Map<string, number[]>();
  let rowKey = '';

  documents.forEach((project, id) => {
    const { prefix, slug } = splitPermalink(project.path);
    const key = JSON.stringify([prefix, project.organization, project.year, project.organizationTechnologies]);
    if (key !== rowKey) {
      organizationYears.push([project.organization, project.year, prefix, [...project.organizationTechnologies], 0]);
      rowKey = key;
    }
    // Bits past 30 would overflow a small integer; no organization-year lists that many.
    ownTechnologies.push(project.organizationTechnologies.reduce((mask, name, bit) => (bit < 31 && project.technologies.includes(name) ? mask | (1 << bit) : mask), 0));
    organizationYears[organizationYears.length - 1]![4]++;
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
      organizationYears,
      titles,
      ownTechnologies,
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

/**
 * "/orgs/xen-project/2014/lazy-restore/" → prefix "/orgs/xen-project/2014/" (its organization-year's
 * path, which the searcher parses back), slug "lazy-restore" (rebuilt from the title when it can be).
 */
function splitPermalink(path: string): { prefix: string; slug: string } {
  const parts = parseOrganizationPath(path);
  if (!parts?.edition || parts.projectSlug === undefined) throw new Error(`search index: ${path} is not a project permalink`);
  return { prefix: organizationYearPath(parts.organizationSlug, parts.edition), slug: parts.projectSlug };
}

// Code-point order, the same on every machine (localeCompare is not).
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
