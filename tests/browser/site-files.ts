/** The files of an export, for tests that read all of them. */
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Every file under `root`, as paths relative to it. */
export function exportFiles(root: string, relative = ''): string[] {
  return readdirSync(path.join(root, relative), { withFileTypes: true }).flatMap((entry) => {
    const entryPath = relative ? `${relative}/${entry.name}` : entry.name;
    return entry.isDirectory() ? exportFiles(root, entryPath) : [entryPath];
  });
}

/** The pages of an export that are redirect pages (an old address), with where they send the browser. */
export const REFRESH = /<meta http-equiv="refresh" content="0; url=([^"]+)"/;
