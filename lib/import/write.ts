/**
 * Puts one generated page on disk without losing anyone's work: a page is written when it is
 * new, or when the page there is the importer's own untouched output (see stamp.ts); a page
 * edited by hand, or not written by the importer, is kept unless the caller forces it.
 */
import { lstatSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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

/** A page the importer will not write, for a reason the person running it must hear. */
export class WriteRefusedError extends Error {
  constructor(
    readonly relativePath: string,
    reason: string,
  ) {
    super(`${relativePath}: ${reason}`);
    this.name = 'WriteRefusedError';
  }
}

/**
 * Writes `text` to `outDir/relativePath` unless that would lose an edit; `force` overrides.
 * Throws WriteRefusedError where no page can be written (a link, a folder or a file in the way).
 */
export function writePage(outDir: string, relativePath: string, text: string, force: boolean): WrittenPage {
  const target = path.join(outDir, relativePath);
  const existing = statOrNothing(target);
  // A link could point anywhere, outside --out too: never written through, whatever it points at.
  if (existing?.isSymbolicLink()) throw new WriteRefusedError(relativePath, 'a symbolic link is there; the importer never writes through a link: remove it, or import into another folder');
  if (existing && !existing.isFile()) throw new WriteRefusedError(relativePath, 'something other than a file is there (a folder?): move it away');
  if (!existing) {
    writeAtomically(target, text, relativePath);
    return { path: relativePath, outcome: 'created' };
  }
  const current = readFileSync(target, 'utf8');
  if (current === text) return { path: relativePath, outcome: 'unchanged' };
  // An empty page holds nobody's work: what an import interrupted before atomic writes left.
  const origin = current === '' ? 'generated' : originOf(current);
  if (origin === 'generated') {
    writeAtomically(target, text, relativePath);
    return { path: relativePath, outcome: 'updated' };
  }
  if (!force) return { path: relativePath, outcome: 'kept', origin };
  writeAtomically(target, text, relativePath);
  return { path: relativePath, outcome: 'overwritten', origin };
}

function statOrNothing(file: string) {
  try {
    return lstatSync(file);
  } catch (error) {
    // ENOTDIR: a file stands where a folder of the path should; writing will say so.
    if (['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '')) return undefined;
    throw error;
  }
}

/**
 * The whole page or nothing: written beside its place and renamed into it, so an import stopped
 * half-way (Ctrl+C) never leaves an empty or cut page, and a second import into the same folder
 * never sees one being written.
 */
function writeAtomically(target: string, text: string, relativePath: string): void {
  const folder = path.dirname(target);
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw new WriteRefusedError(relativePath, `cannot make its folder (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}: is a file where a folder should be?)`);
  }
  const temporary = path.join(folder, `.${path.basename(target)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new WriteRefusedError(relativePath, `cannot write it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}
