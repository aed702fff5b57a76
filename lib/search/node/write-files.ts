/**
 * Node-only: writes a built index as the files a static site serves (files.ts names them), for
 * the site build to call with its output folder (public/search-data/, lib/site/publishing.ts).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { SearchIndexData } from '../format';
import { searchIndexFiles } from '../files';

export interface WrittenFile {
  name: string;
  bytes: number;
  gzipBytes: number;
}

/** Replaces `outDir` with the index files of `data`; returns each file's size, raw and gzip. */
export function writeSearchIndexFiles(outDir: string, data: SearchIndexData): WrittenFile[] {
  // Stale chunks from a bigger catalog must not linger: the folder is the index's alone.
  rmSync(outDir, { recursive: true, force: true });
  return searchIndexFiles(data).map(({ name, contents }) => {
    const file = path.join(outDir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, contents);
    return { name, bytes: typeof contents === 'string' ? Buffer.byteLength(contents) : contents.length, gzipBytes: gzipSync(contents).length };
  });
}
