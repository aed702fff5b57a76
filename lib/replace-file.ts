/**
 * Writes a whole file by writing a new one beside it and renaming it over the old. A reader never
 * sees half a file, and a file that is a hard link (a node_modules/ copied with `cp -al`, whose
 * .cache/ is then shared by every copy) is replaced in this folder only: written in place, one
 * checkout's build would overwrite the snapshot another's Next workers are about to read.
 */
import { renameSync, writeFileSync } from 'node:fs';

export function replaceFile(file: string, contents: string): void {
  const written = `${file}.${process.pid}.tmp`;
  writeFileSync(written, contents);
  renameSync(written, file);
}
