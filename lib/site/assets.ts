/**
 * The site's own static files (public/site.css, public/site.js), linked with a hash of their
 * contents so that a browser never keeps an old one after a new build.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const versions = new Map<string, string>();

/** "/site.css" → "/site.css?v=3f2a9c1b". */
export function assetUrl(publicPath: string): string {
  let version = versions.get(publicPath);
  if (version === undefined) {
    const contents = readFileSync(path.join(process.cwd(), 'public', publicPath));
    version = createHash('sha256').update(contents).digest('hex').slice(0, 10);
    versions.set(publicPath, version);
  }
  return `${publicPath}?v=${version}`;
}
