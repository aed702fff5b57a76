/**
 * The last build's files, out of the way at once and deleted while this build works. Before it
 * writes, `next build` deletes the last export (out/, or NEXT_DIST_DIR) and .next/server, where it
 * keeps every rendered page a second time, and build-data the search index's files: ~76,000 files
 * on the whole archive, deleted one after another, ~50 s spent waiting on the disk before the first
 * page is rendered (profiled on this machine: Next's "clean" span, its export's rm, and
 * writeSearchIndexFiles's). Renamed into a trash folder instead (instant),
 * they are deleted by a process of their own while build-data and Next keep the processors busy,
 * and `catalog finish-export` finishes whatever is left, so a build still ends with them gone.
 *
 * Like Next's own deletion, this assumes one build at a time in a checkout (Next's lock on .next/
 * refuses a second one, but only once this step has run).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { SEARCH_DATA_DIR } from '../site/publishing';

/** Where the last build's folders wait to be deleted: in the checkout, so renaming them there is instant. */
export const PREVIOUS_BUILD_TRASH = path.join('node_modules', '.cache', 'gsoc-catalog', 'previous-build');

/** What a build deletes before it writes: Next's export folder (next.config.ts distDir) and rendered pages, and the search index. */
export function previousBuildFolders(exportDir = process.env.NEXT_DIST_DIR || 'out'): string[] {
  return [exportDir, path.join('.next', 'server'), SEARCH_DATA_DIR];
}

/**
 * Moves the folders that exist into the trash, and starts deleting the trash in a process that
 * outlives this one; returns the folders moved. A folder that cannot be renamed (another disk) is
 * left where it is, for Next to delete as before.
 */
export function setAsidePreviousBuild(folders: readonly string[], trash = PREVIOUS_BUILD_TRASH): string[] {
  const moved: string[] = [];
  for (const folder of folders) {
    if (!existsSync(folder)) continue;
    mkdirSync(trash, { recursive: true });
    try {
      renameSync(folder, path.join(trash, `${process.pid}-${Date.now()}-${moved.length}`));
      moved.push(folder);
    } catch {
      // EXDEV and the like: Next deletes it in place.
    }
  }
  if (moved.length > 0 || existsSync(trash)) {
    const deleter = spawn(process.execPath, ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true, maxRetries: 3 })', trash], {
      detached: true,
      stdio: 'ignore',
    });
    deleter.unref();
  }
  return moved;
}

/** Deletes what is still in the trash (the deleting process may not be done, or may have been stopped). */
export function finishRemovingPreviousBuild(trash = PREVIOUS_BUILD_TRASH): void {
  rmSync(trash, { recursive: true, force: true, maxRetries: 3 });
}
