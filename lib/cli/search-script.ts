/**
 * Build time: the site's TypeScript for the browser, bundled and minified with esbuild into files
 * under public/ that the pages link through assetUrl (content-hashed): the search page's script
 * (components/search/main.ts) and its Web Worker (components/search/worker.ts, with the searching
 * half of lib/search), the organization finder's script (components/finder/main.ts) the
 * script every page loads (components/site/main.ts) and /trends/'s compare script
 * (components/trends/main.ts).
 * Written by `catalog build-data`, so `next dev` and `next build` both find them; gitignored.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { FINDER_SCRIPT_PATH, FINDER_SCRIPT_SOURCE, SITE_SCRIPT_PATH, SITE_SCRIPT_SOURCE, SEARCH_SCRIPT_PATH, SEARCH_SCRIPT_SOURCE, SEARCH_WORKER_PATH, SEARCH_WORKER_SOURCE, TRENDS_SCRIPT_PATH, TRENDS_SCRIPT_SOURCE } from '../site/publishing';

export interface WrittenScript {
  file: string;
  bytes: number;
  gzipBytes: number;
}

/** Bundles the search page's script and its worker into public/; returns their sizes, raw and gzip. */
export async function writeSearchScripts(root = process.cwd()): Promise<{ page: WrittenScript; worker: WrittenScript }> {
  return { page: await bundle(root, SEARCH_SCRIPT_SOURCE, SEARCH_SCRIPT_PATH), worker: await bundle(root, SEARCH_WORKER_SOURCE, SEARCH_WORKER_PATH) };
}

/** Bundles the organization finder's script into public/; returns its size, raw and gzip. */
export function writeFinderScript(root = process.cwd()): Promise<WrittenScript> {
  return bundle(root, FINDER_SCRIPT_SOURCE, FINDER_SCRIPT_PATH);
}

/** Bundles the script every page loads into public/; returns its size, raw and gzip. */
export function writeSiteScript(root = process.cwd()): Promise<WrittenScript> {
  return bundle(root, SITE_SCRIPT_SOURCE, SITE_SCRIPT_PATH);
}

/** Bundles /trends/'s compare script (components/trends/main.ts) into public/ the same way. */
export function writeTrendsScript(root = process.cwd()): Promise<WrittenScript> {
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
