/**
 * The site's own static files (public/site.css, public/site.js, …), linked under the base path
 * with a hash of their contents so that a browser never keeps an old one after a new build.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { publicPath } from './publishing';

const versions = new Map<string, string>();

/** "/site.css" (a file in public/) → "/gsoc-archive/site.css?v=3f2a9c1b". */
export function assetUrl(file: string): string {
  let version = versions.get(file);
  if (version === undefined) {
    const contents = readFileSync(path.join(process.cwd(), 'public', file));
    version = createHash('sha256').update(contents).digest('hex').slice(0, 10);
    versions.set(file, version);
  }
  return `${publicPath(file)}?v=${version}`;
}
