/**
 * Build time: the search page's script (components/search/main.ts and the searching half of
 * lib/search) bundled and minified with esbuild into one file under public/, which the page links
 * through assetUrl (content-hashed). Written by `catalog build-data`, so `next dev` and
 * `next build` both find it; gitignored.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { SEARCH_SCRIPT_PATH, SEARCH_SCRIPT_SOURCE } from '../site/config';

/** Bundles the search page's script into public/; returns its size, raw and gzip. */
export async function writeSearchScript(root = process.cwd()): Promise<{ file: string; bytes: number; gzipBytes: number }> {
  const file = path.join(root, 'public', SEARCH_SCRIPT_PATH);
  const result = await build({
    entryPoints: [path.join(root, SEARCH_SCRIPT_SOURCE)],
    outfile: file,
    bundle: true,
    minify: true,
    // A classic script (deferred), for the browsers the site supports.
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
