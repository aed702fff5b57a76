/**
 * The last build's files, out of the way at once and deleted once this build is done. Before it
 * writes, `next build` deletes the last export (out/, or NEXT_DIST_DIR) and .next/server, where it
 * keeps every rendered page a second time, and build-data the search index's files: ~76,000 files
 * on the whole archive, deleted one after another, ~50 s spent waiting on the disk before the first
 * page is rendered (profiled on this machine: Next's "clean" span, its export's rm, and
 * writeSearchIndexFiles's). They are renamed into a trash folder instead (instant). Deleting them
 * while the build ran cost it 10-15 s of its static generation (the disk and both cores are busy
 * then: 25-30 s without a deletion beside it, 40 s with one), so `catalog finish-export` starts the
 * deletion, in a process of its own that goes on after the build has returned.
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
 * Moves the folders that exist into the trash; returns the folders moved. A folder that cannot be
 * renamed (another disk) is left where it is, for Next to delete as before.
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
  return moved;
}

/** Starts deleting the trash in a process that outlives this one, if there is any; true if it started. */
export function removePreviousBuildInBackground(trash = PREVIOUS_BUILD_TRASH): boolean {
  if (!existsSync(trash)) return false;
  const deleter = spawn(process.execPath, ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true, maxRetries: 3 })', trash], {
    detached: true,
    stdio: 'ignore',
  });
  deleter.unref();
  return true;
}

/** Deletes what is in the trash now, and returns when it is gone (a benchmark's next build then starts on a quiet disk). */
export function finishRemovingPreviousBuild(trash = PREVIOUS_BUILD_TRASH): void {
  rmSync(trash, { recursive: true, force: true, maxRetries: 3 });
}
