/** The last build's folders, set aside at once and deleted once the build is done (lib/cli/previous-build.ts). */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { finishRemovingPreviousBuild, previousBuildFolders, removePreviousBuildInBackground, setAsidePreviousBuild } from '../../lib/cli/previous-build';

function folderWithFiles(parent: string, name: string, count: number): string {
  const folder = path.join(parent, name);
  mkdirSync(path.join(folder, 'orgs'), { recursive: true });
  for (let index = 0; index < count; index++) writeFileSync(path.join(folder, 'orgs', `${index}.html`), `<p>${index}</p>`);
  return folder;
}

describe('the last build, set aside', () => {
  it('are the export folder Next writes (NEXT_DIST_DIR, else out/), its rendered pages and the search index', () => {
    expect(previousBuildFolders('test-results/site')).toEqual(['test-results/site', path.join('.next', 'server'), path.join('public', 'search-data')]);
  });

  it('moves the folders that exist out of their place at once, leaves the others, and is gone once finished', () => {
    const checkout = mkdtempSync(path.join(tmpdir(), 'previous-build-'));
    const out = folderWithFiles(checkout, 'out', 50);
    const server = folderWithFiles(checkout, 'server', 20);
    const trash = path.join(checkout, 'trash');
    const moved = setAsidePreviousBuild([out, path.join(checkout, 'never-built'), server], trash);
    expect(moved).toEqual([out, server]);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(server)).toBe(false);
    finishRemovingPreviousBuild(trash);
    expect(existsSync(trash)).toBe(false);
    expect(readdirSync(checkout)).toEqual([]);
  });

  it('are deleted in the background once asked, and not before: the build they were set aside for has the disk to itself', async () => {
    const checkout = mkdtempSync(path.join(tmpdir(), 'previous-build-'));
    const trash = path.join(checkout, 'trash');
    setAsidePreviousBuild([folderWithFiles(checkout, 'out', 200)], trash);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(readdirSync(trash)).toHaveLength(1);
    expect(removePreviousBuildInBackground(trash)).toBe(true);
    const started = Date.now();
    while (existsSync(trash) && Date.now() - started < 20_000) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(existsSync(trash)).toBe(false);
    expect(removePreviousBuildInBackground(trash)).toBe(false);
  });

  it('does nothing on a first build', () => {
    const checkout = mkdtempSync(path.join(tmpdir(), 'previous-build-'));
    expect(setAsidePreviousBuild([path.join(checkout, 'out')], path.join(checkout, 'trash'))).toEqual([]);
    expect(readdirSync(checkout)).toEqual([]);
  });
});
