/**
 * Build time: project records → the search index (format.ts). Runs in Node at build time or in the
 * CLI; the browser only reads what this writes.
 */
import type { Project } from '../content/schema';
import { truncateAtWord } from '../human-readable';
import { organizationYearPath, parseOrganizationPath } from '../paths';
import { editionSegment } from '../programs';
import { abstractText } from '../render';
import { slugify } from '../slugs';
import { SEARCH_DEFAULTS } from './config';
import { INDEX_FORMAT, PERSON_SLOTS, nameShardKey, termShardKey, type DocumentChunk, type OrganizationYearRow, type PeopleChunk, type SearchIndexData, type TermShard } from './format';
import { encodeSortedTerms } from './front-coding';
import { nameParts } from './names';
import { encodePostingShard, type TermPostings } from './postings';
import { terms } from './text';

/** The fields of a project record that search reads. */
export type SearchableProject = Pick<Project, 'title' | 'abstract' | 'organization' | 'year' | 'technologies' | 'organizationTechnologies' | 'path'> &
  Partial<Pick<Project, 'markup' | 'contributor' | 'mentors'>>;

export interface BuildOptions {
  postingShardBytes?: number;
  /** Name posting shards (config namePostingShardBytes); postingShardBytes when only that is given. */
  namePostingShardBytes?: number;
  documentChunkSize?: number;
  abstractChunkSize?: number;
  abstractMaxLength?: number;
}

/** Builds the index of `projects` (format.ts); the result does not depend on their order. */
export function buildSearchIndex(projects: readonly SearchableProject[], options: BuildOptions = {}): SearchIndexData {
  const shardBytes = options.postingShardBytes ?? SEARCH_DEFAULTS.postingShardBytes;
  const nameShardBytes = options.namePostingShardBytes ?? options.postingShardBytes ?? SEARCH_DEFAULTS.namePostingShardBytes;
  const documentChunkSize = options.documentChunkSize ?? SEARCH_DEFAULTS.documentChunkSize;
  const abstractChunkSize = options.abstractChunkSize ?? SEARCH_DEFAULTS.abstractChunkSize;
  const maxLength = options.abstractMaxLength ?? SEARCH_DEFAULTS.abstractMaxLength;

  // Permalink order puts an organization-year's projects next to each other: one table row covers
  // them all, and postings gaps stay small. Without the closing slash, "foo" comes before "foo-2".
  const sortKey = (project: SearchableProject) => project.path.replace(/\/$/, '');
  const documents = [...projects].sort((a, b) => compareText(sortKey(a), sortKey(b)) || compareText(a.title, b.title));

  const organizationYears: OrganizationYearRow[] = [];
  const technologyIndex = new Map<string, number>();
  const technologyOf = (name: string) => {
    let index = technologyIndex.get(name);
    if (index === undefined) technologyIndex.set(name, (index = technologyIndex.size));
    return index;
  };
  const ownTechnologies: number[] = [];
  const titleLengths: number[] = [];
  const chunks: DocumentChunk[] = [];
  const abstracts: string[] = [];
  const titleIndex = new Map<string, number[]>();
  const abstractIndex = new Map<string, number[]>();
  // Name part → person ids (document × PERSON_SLOTS + slot): apart from the terms, a name is not a keyword.
  const nameIndex = new Map<string, number[]>();
  const people: PeopleChunk[] = [];
  let rowKey = '';
  // The organization and slug of the row before: a row of the same organization leaves them out (format.ts).
  let rowOrganization = '';
  let rowSlug = '';

  documents.forEach((project, id) => {
    const { prefix, organizationSlug, segment, slug } = splitPermalink(project.path);
    const key = JSON.stringify([prefix, project.organization, project.year, project.organizationTechnologies]);
    if (key !== rowKey) {
      if (project.organization === '') throw new Error(`search index: ${project.path} has no organization name`);
      const sameOrganization = project.organization === rowOrganization;
      const impliedSlug = sameOrganization ? rowSlug : slugify(project.organization);
      const row: OrganizationYearRow = [sameOrganization ? '' : project.organization, project.year, 0, project.organizationTechnologies.map(technologyOf)];
      if (segment !== String(project.year)) row.push(organizationSlug === impliedSlug ? '' : organizationSlug, segment);
      else if (organizationSlug !== impliedSlug) row.push(organizationSlug);
      organizationYears.push(row);
      rowKey = key;
      rowOrganization = project.organization;
      rowSlug = organizationSlug;
    }
    // Bits past 30 would overflow a small integer; no organization-year lists that many.
    ownTechnologies.push(project.organizationTechnologies.reduce((mask, name, bit) => (bit < 31 && project.technologies.includes(name) ? mask | (1 << bit) : mask), 0));
    organizationYears[organizationYears.length - 1]![2]++;

    if (id % documentChunkSize === 0) {
      chunks.push({ titles: [], slugs: {} });
      people.push({});
    }
    // Slot 0 the contributor, then the mentors; a page naming more than seven mentors has the first seven searchable.
    const persons = [project.contributor ?? '', ...(project.mentors ?? [])].slice(0, PERSON_SLOTS);
    if (persons.some(Boolean)) {
      people[people.length - 1]![id % documentChunkSize] = persons;
      persons.forEach((person, slot) => addPostings(nameIndex, nameParts(person), id * PERSON_SLOTS + slot));
    }
    const chunk = chunks[chunks.length - 1]!;
    if (slug !== slugify(project.title)) chunk.slugs[chunk.titles.length] = slug;
    chunk.titles.push(project.title);
    const titleTerms = terms(project.title);
    titleLengths.push(Math.min(255, titleTerms.length));
    addPostings(titleIndex, titleTerms, id);

    // Markdown read, not stripped by patterns: escapes (\\_), links and emphasis come out as the page shows them.
    const abstract = abstractText(project);
    abstracts.push(truncateAtWord(abstract, maxLength));
    addPostings(abstractIndex, terms(abstract), id);
  });

  const allTerms = [...new Set([...titleIndex.keys(), ...abstractIndex.keys()])].sort(compareText);
  const keywords = shardTerms(
    allTerms.map((term) => ({ term, title: titleIndex.get(term) ?? [], abstract: abstractIndex.get(term) ?? [] })),
    shardBytes,
    termShardKey,
  );
  // A person's parts in `title`, `abstract` empty: the posting shard layout, one list unused.
  const names = shardTerms(
    [...nameIndex.keys()].sort(compareText).map((term) => ({ term, title: nameIndex.get(term)!, abstract: [] })),
    nameShardBytes,
    nameShardKey,
  );

  const abstractChunks: string[][] = [];
  for (let start = 0; start < abstracts.length; start += abstractChunkSize) abstractChunks.push(abstracts.slice(start, start + abstractChunkSize));

  return {
    meta: {
      format: INDEX_FORMAT,
      organizationYears,
      technologies: [...technologyIndex.keys()],
      titleLengths: titleLengths.map((length) => String.fromCharCode(48 + length)).join(''),
      termShards: Object.keys(keywords.termShards).sort(compareText),
      postingShards: encodeSortedTerms(keywords.postingShardStarts),
      nameShards: encodeSortedTerms(Object.keys(names.termShards).sort(compareText)),
      namePostingShards: encodeSortedTerms(names.postingShardStarts),
      documentChunkSize,
      abstractChunkSize,
    },
    ownTechnologies,
    termShards: keywords.termShards,
    postingShards: keywords.postingShards,
    nameShards: names.termShards,
    namePostingShards: names.postingShards,
    people,
    documents: chunks,
    abstracts: abstractChunks,
  };
}

/**
 * Sorted terms with their postings → term shards (the vocabulary by `shardKey`, with document
 * counts) and posting shards of about `shardBytes` each.
 */
function shardTerms(sorted: readonly TermPostings[], shardBytes: number, shardKey: (term: string) => string): { termShards: Record<string, TermShard>; postingShards: Uint8Array[]; postingShardStarts: string[] } {
  const vocabularies: Record<string, { terms: string[]; documents: number[] }> = {};
  const postingShards: Uint8Array[] = [];
  const postingShardStarts: string[] = [];
  let pending: TermPostings[] = [];
  let pendingBytes = 0;
  const flush = () => {
    if (pending.length === 0) return;
    postingShardStarts.push(pending[0]!.term);
    postingShards.push(encodePostingShard(pending));
    pending = [];
    pendingBytes = 0;
  };
  for (const postings of sorted) {
    const { term, title, abstract } = postings;
    const shard = (vocabularies[shardKey(term)] ??= { terms: [], documents: [] });
    shard.terms.push(term);
    shard.documents.push(title.length + abstract.length);
    // About two bytes an id (gaps mostly under 16,384) plus the term: close enough to cut shards.
    const bytes = term.length + 2 * (title.length + abstract.length) + 4;
    if (pendingBytes > 0 && pendingBytes + bytes > shardBytes) flush();
    pending.push(postings);
    pendingBytes += bytes;
  }
  flush();
  const termShards: Record<string, TermShard> = {};
  for (const [key, { terms, documents }] of Object.entries(vocabularies)) termShards[key] = { format: INDEX_FORMAT, terms: encodeSortedTerms(terms), documents };
  return { termShards, postingShards, postingShardStarts };
}

function addPostings(index: Map<string, number[]>, terms: string[], id: number): void {
  for (const term of new Set(terms)) {
    const postings = index.get(term);
    if (postings) postings.push(id);
    else index.set(term, [id]);
  }
}

/**
 * "/orgs/xen-project/2014/lazy-restore/" → prefix "/orgs/xen-project/2014/" (its organization-year's
 * path, which the searcher parses back), slug "lazy-restore" (rebuilt from the title when it can be).
 */
function splitPermalink(path: string): { prefix: string; organizationSlug: string; segment: string; slug: string } {
  const parts = parseOrganizationPath(path);
  if (!parts?.edition || parts.projectSlug === undefined) throw new Error(`search index: ${path} is not a project permalink`);
  const segment = editionSegment(parts.edition);
  return { prefix: organizationYearPath(parts.organizationSlug, segment), organizationSlug: parts.organizationSlug, segment, slug: parts.projectSlug };
}

// Code-point order, the same on every machine (localeCompare is not).
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
