/**
 * Build time: the search page's script (components/search/main.ts) and its Web Worker
 * (components/search/worker.ts, with the searching half of lib/search) bundled and minified with
 * esbuild into two files under public/, which the page links through assetUrl (content-hashed).
 * /trends/'s compare script (components/trends/main.ts) is bundled the same way.
 * Written by `catalog build-data`, so `next dev` and `next build` both find them; gitignored.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { SEARCH_SCRIPT_PATH, SEARCH_SCRIPT_SOURCE, SEARCH_WORKER_PATH, SEARCH_WORKER_SOURCE, TRENDS_SCRIPT_PATH, TRENDS_SCRIPT_SOURCE } from '../site/config';

export interface WrittenScript {
  file: string;
  bytes: number;
  gzipBytes: number;
}

/** Bundles the search page's script and its worker into public/; returns their sizes, raw and gzip. */
export async function writeSearchScripts(root = process.cwd()): Promise<{ page: WrittenScript; worker: WrittenScript }> {
  return { page: await bundle(root, SEARCH_SCRIPT_SOURCE, SEARCH_SCRIPT_PATH), worker: await bundle(root, SEARCH_WORKER_SOURCE, SEARCH_WORKER_PATH) };
}

/** Bundles /trends/'s compare script (components/trends/main.ts) into public/ the same way. */
export async function writeTrendsScript(root = process.cwd()): Promise<WrittenScript> {
  return bundle(root, TRENDS_SCRIPT_SOURCE, TRENDS_SCRIPT_PATH);
}

async function bundle(root: string, source: string, publicFile: string): Promise<WrittenScript> {
  const file = path.join(root, 'public', publicFile);
  const result = await build({
    entryPoints: [path.join(root, source)],
    outfile: file,
    bundle: true,
    minify: true,
    // Classic scripts (the page's deferred, the worker's a classic worker), for the browsers the site supports.
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    tsconfig: path.join(root, 'tsconfig.json'),
    legalComments: 'none',
    write: true,
    metafile: true,
    logLevel: 'warning',
  });
  const output = Object.values(result.metafile.outputs)[0];
  const contents = readFileSync(file);
  return { file, bytes: output?.bytes ?? contents.length, gzipBytes: gzipSync(contents, { level: 9 }).length };
}
