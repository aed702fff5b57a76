/**
 * Puts one generated page on disk without losing anyone's work: a page is written when it is
 * new, or when the page there is the importer's own untouched output (see stamp.ts); a page
 * edited by hand, or not written by the importer, is kept unless the caller forces it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { originOf, type PageOrigin } from './stamp';

export type WriteOutcome =
  /** No page there yet. */
  | 'created'
  /** The importer's untouched page, regenerated because the JSON changed. */
  | 'updated'
  /** Already byte for byte what the import gives. */
  | 'unchanged'
  /** Differs, but edited by hand or not the importer's: left as it is. */
  | 'kept'
  /** Differed and was edited by hand or not the importer's, written over because of --force. */
  | 'overwritten';

export interface WrittenPage {
  path: string;
  outcome: WriteOutcome;
  /** For kept and overwritten pages: why the page was not the importer's to replace. */
  origin?: Exclude<PageOrigin, 'generated'>;
}

/** Writes `text` to `outDir/relativePath` unless that would lose an edit; `force` overrides. */
export function writePage(outDir: string, relativePath: string, text: string, force: boolean): WrittenPage {
  const target = path.join(outDir, relativePath);
  if (!existsSync(target)) {
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
    return { path: relativePath, outcome: 'created' };
  }
  const existing = readFileSync(target, 'utf8');
  if (existing === text) return { path: relativePath, outcome: 'unchanged' };
  const origin = originOf(existing);
  if (origin === 'generated') {
    writeFileSync(target, text);
    return { path: relativePath, outcome: 'updated' };
  }
  if (!force) return { path: relativePath, outcome: 'kept', origin };
  writeFileSync(target, text);
  return { path: relativePath, outcome: 'overwritten', origin };
}
