/**
 * How a built index is served by a static site: the file names the build writes (into
 * public/search-data/, lib/site/publishing.ts SEARCH_DATA_DIR) and the browser fetches. Names carry no
 * hash: the meta carries a version of all the others (versionOf), which the browser fetches them
 * with, and the page fetches the meta with a hash of its contents (lib/site/assets.ts).
 */
import type { SearchIndexData } from './format';
import { decodeSortedTerms } from './front-coding';

/** The meta: fetched before anything else. */
export const META_FILE = 'meta.json';

/** Which technologies each project names itself (format.ts SearchIndexData): fetched for a technology filter. */
export const OWN_TECHNOLOGIES_FILE = 'own-technologies.json';

/** The vocabulary of the terms starting with one character (key: format.ts termShardKey). */
export function termShardFile(key: string): string {
  return `terms/${key}.json`;
}

/** Posting shard `n`: binary (postings.ts). */
export function postingShardFile(shard: number): string {
  return `postings/${shard}.bin`;
}

/** Titles and slugs of document chunk `n`, fetched for the results shown. */
export function documentChunkFile(chunk: number): string {
  return `documents/${chunk}.json`;
}

/** The file of abstract chunk `n`, fetched when a result from it wants a snippet. */
export function abstractChunkFile(chunk: number): string {
  return `abstracts/${chunk}.json`;
}

/** The contributor and mentor name parts starting with two characters (key: format.ts nameShardKey). */
export function nameShardFile(key: string): string {
  return `names/${key}.json`;
}

/** Name posting shard `n`: binary (postings.ts), person ids. */
export function namePostingShardFile(shard: number): string {
  return `name-postings/${shard}.bin`;
}

/** The contributors and mentors of document chunk `n`, fetched for the results a name found. */
export function peopleChunkFile(chunk: number): string {
  return `people/${chunk}.json`;
}

export interface SearchIndexFile {
  /** Path relative to the folder the index is served from, like "abstracts/3.json". */
  name: string;
  contents: string | Uint8Array;
}

/** The files to write for `data`: compact JSON, binary posting shards; the meta first. */
export function searchIndexFiles(data: SearchIndexData): SearchIndexFile[] {
  const shards: SearchIndexFile[] = [
    { name: OWN_TECHNOLOGIES_FILE, contents: JSON.stringify(data.ownTechnologies) },
    ...data.meta.termShards.map((key) => ({ name: termShardFile(key), contents: JSON.stringify(data.termShards[key]) })),
    ...data.postingShards.map((bytes, index) => ({ name: postingShardFile(index), contents: bytes })),
    ...data.documents.map((chunk, index) => ({ name: documentChunkFile(index), contents: JSON.stringify(chunk) })),
    ...decodeSortedTerms(data.meta.nameShards).map((key) => ({ name: nameShardFile(key), contents: JSON.stringify(data.nameShards[key]) })),
    ...data.namePostingShards.map((bytes, index) => ({ name: namePostingShardFile(index), contents: bytes })),
    ...data.people.map((chunk, index) => ({ name: peopleChunkFile(index), contents: JSON.stringify(chunk) })),
    ...data.abstracts.map((chunk, index) => ({ name: abstractChunkFile(index), contents: JSON.stringify(chunk) })),
  ];
  return [{ name: META_FILE, contents: JSON.stringify({ ...data.meta, version: versionOf(shards) }) }, ...shards];
}

/** FNV-1a over the files' names and bytes, in hex: changes when any of them does. */
function versionOf(files: readonly SearchIndexFile[]): string {
  let hash = 0x811c9dc5;
  const utf8 = new TextEncoder();
  for (const { name, contents } of files) {
    for (const bytes of [utf8.encode(name), typeof contents === 'string' ? utf8.encode(contents) : contents]) {
      for (const byte of bytes) hash = Math.imul(hash ^ byte, 0x01000193);
    }
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
