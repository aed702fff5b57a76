/** The search index written on the second core (lib/search/node/write-aside.ts) is the one this thread writes. */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../lib/search';
import { ASIDE_MIN_PROJECTS, writeSearchIndexAside } from '../../lib/search/node/write-aside';
import { writeSearchIndexFiles } from '../../lib/search/node/write-files';
import { PROJECTS } from './fixtures';

const folder = mkdtempSync(path.join(tmpdir(), 'search-aside-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Every file under `dir`, by its path in it. */
function filesIn(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const file = path.join(dir, name);
    try {
      files.set(name, readFileSync(file));
    } catch {
      // a folder
    }
  }
  return files;
}

describe('the search index written on the second core', () => {
  it('is, file for file, the index this thread writes', async () => {
    // Enough projects for the worker to be used: the fixture's, each many times over under new addresses.
    const projects = Array.from({ length: ASIDE_MIN_PROJECTS + 50 }, (_, index) => {
      const project = PROJECTS[index % PROJECTS.length]!;
      return { ...project, path: project.path.replace(/\/$/, `-${index}/`), contributor: index % 7 === 0 ? `Person ${index}` : project.contributor };
    });
    const aside = path.join(folder, 'aside');
    const here = path.join(folder, 'here');
    const written = await writeSearchIndexAside(aside, projects);
    writeSearchIndexFiles(here, buildSearchIndex(projects));
    const expected = filesIn(here);
    expect(expected.size).toBeGreaterThan(10);
    expect(filesIn(aside)).toEqual(expected);
    expect(written.map((file) => file.name).sort()).toEqual([...expected.keys()].sort());
  });
});
