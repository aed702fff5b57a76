import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../lib/cli/command-runner';
import { loadCatalog } from '../../lib/content/load';
import { renderMarkup } from '../../lib/render';

const fixture = (name: string) => path.join(__dirname, '../fixtures/import', name);

async function importGsoc(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['import-gsoc', ...args], { out: (text) => out.push(text), err: (text) => err.push(text) });
  return { code, out, err };
}

/** Every file under `dir` with its text, to prove a run changed nothing. */
function snapshot(dir: string, relative = ''): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(path.join(dir, relative), { withFileTypes: true })) {
    const entryPath = path.posix.join(relative, entry.name);
    if (entry.isDirectory()) Object.assign(files, snapshot(dir, entryPath));
    else files[entryPath] = readFileSync(path.join(dir, entryPath), 'utf8');
  }
  return files;
}

describe('catalog import-gsoc', () => {
  let out: string;
  let work: string;
  beforeEach(() => {
    out = mkdtempSync(path.join(os.tmpdir(), 'import-out-'));
    work = mkdtempSync(path.join(os.tmpdir(), 'import-json-'));
  });

  /** A copy of the small fixture year, changed by `edit`, as `name` in a temporary folder. */
  function changedYear(edit: (year: { organizations: { name: string; description: string }[] }) => void, name = 'small-year.json'): string {
    const year = JSON.parse(readFileSync(fixture('small-year.json'), 'utf8'));
    edit(year);
    const file = path.join(work, name);
    writeFileSync(file, JSON.stringify(year));
    return file;
  }

  it('imports what it can, names what it cannot, and exits 1 when something was not imported', async () => {
    const result = await importGsoc(fixture('small-year.json'), fixture('broken-organizations.json'), fixture('not-json.json'), '--out', out);
    expect(result.code).toBe(1);
    expect(result.out).toEqual([
      'small-year.json: 2016, 3 organizations, 4 projects',
      'broken-organizations.json: 2019, 1 of 4 organizations, 1 project',
      'not-json.json: nothing imported',
      `4 pages in ${out}: 4 created, 0 updated, 0 unchanged, 0 kept, 0 overwritten; 5 errors, 1 warning`,
    ]);
    expect(result.err).toHaveLength(6);
    expect(result.err).toContain(
      'broken-organizations.json: organizations[1] "Apache Software Foundation": projects[3].title: expected text, found a number (42); this organization is not imported',
    );
    const catalog = loadCatalog(out);
    expect(catalog.issues).toEqual([]);
    expect(catalog.organizationYears.map((organization) => organization.name).sort()).toEqual([
      'C++ Tools & *Friends*',
      'Plain Text Org',
      'Quiet Org',
      'Still Imported',
    ]);
    expect(catalog.projects).toHaveLength(5);
  });

  it('is idempotent: a second run reports every page unchanged and changes no byte', async () => {
    expect((await importGsoc(fixture('small-year.json'), '--out', out)).code).toBe(0);
    const before = snapshot(out);
    const second = await importGsoc(fixture('small-year.json'), '--out', out);
    expect(second.code).toBe(0);
    expect(second.out.at(-1)).toBe(`3 pages in ${out}: 0 created, 0 updated, 3 unchanged, 0 kept, 0 overwritten; 0 errors, 0 warnings`);
    expect(snapshot(out)).toEqual(before);
  });

  it('updates its own untouched pages when the JSON changes', async () => {
    await importGsoc(fixture('small-year.json'), '--out', out);
    const changed = changedYear((year) => {
      year.organizations[1]!.description = 'Quiet, but busy next year';
    });
    const result = await importGsoc(changed, '--out', out);
    expect(result.out.at(-1)).toBe(`3 pages in ${out}: 0 created, 1 updated, 2 unchanged, 0 kept, 0 overwritten; 0 errors, 0 warnings`);
    expect(readFileSync(path.join(out, '2016/quiet-org.md'), 'utf8')).toContain('Quiet, but busy next year');
  });

  it('keeps a page edited by hand and says so; --force writes over it', async () => {
    await importGsoc(fixture('small-year.json'), '--out', out);
    const page = path.join(out, '2016/quiet-org.md');
    const edited = readFileSync(page, 'utf8').replace('category: Other', 'category: Infrastructure');
    writeFileSync(page, edited);
    const changed = changedYear((year) => {
      year.organizations[1]!.description = 'Changed in the JSON too';
    });

    const kept = await importGsoc(changed, '--out', out);
    expect(kept.code).toBe(0);
    expect(kept.out).toContain(
      'kept 2016/quiet-org.md: differs from the import and was edited by hand since the import wrote it; run with --force to overwrite it',
    );
    expect(kept.out.at(-1)).toBe(`3 pages in ${out}: 0 created, 0 updated, 2 unchanged, 1 kept, 0 overwritten; 0 errors, 0 warnings`);
    expect(readFileSync(page, 'utf8')).toBe(edited);

    const forced = await importGsoc(changed, '--out', out, '--force');
    expect(forced.out).toContain('overwrote 2016/quiet-org.md (edited by hand since the import wrote it)');
    expect(readFileSync(page, 'utf8')).toContain('Changed in the JSON too');
  });

  it('lists its pages that the JSON no longer gives, and leaves them in place', async () => {
    await importGsoc(fixture('small-year.json'), '--out', out);
    const renamed = changedYear((year) => {
      year.organizations[1]!.name = 'Quiet Organization';
    });
    const result = await importGsoc(renamed, '--out', out);
    expect(result.out).toContain('stale 2016/quiet-org.md: written by an earlier import, but no organization of this import gives it now; left in place');
    expect(Object.keys(snapshot(out)).sort()).toEqual(['2016/c-plus-plus-tools-and-friends.md', '2016/plain-text-org.md', '2016/quiet-org.md', '2016/quiet-organization.md']);
  });

  it('imports an HTML table in a description as a GFM table', async () => {
    const withTable = changedYear((year) => {
      const organization = year.organizations[2] as unknown as { projects: { description: string }[] };
      organization.projects[0]!.description = '<p>Results:</p><table><tr><th>speed</th></tr><tr><td>fast</td></tr></table>';
    });
    const result = await importGsoc(withTable, '--out', out);
    expect(result.code).toBe(0);
    const project = loadCatalog(out).projects.find((candidate) => candidate.organization === 'Plain Text Org')!;
    expect(project.abstract).toBe('Results:\n\n| speed |\n| ----- |\n| fast  |');
    expect(renderMarkup(project.abstract, project.markup)).toContain('<table>');
  });

  it('refuses to write one organization-year twice in a run', async () => {
    const again = changedYear(() => {}, 'again.json');
    const result = await importGsoc(fixture('small-year.json'), again, '--out', out);
    expect(result.code).toBe(1);
    expect(result.err[0]).toBe(
      'again.json: organizations[0] "C++ Tools & *Friends*": would be written to 2016/c-plus-plus-tools-and-friends.md, as is organizations[0] "C++ Tools & *Friends*" of small-year.json; each organization-year gets one page, so this one is not imported (is the same year given twice?)',
    );
  });

  it('imports "C Tools" and "C# Tools" of one year, each at its organization slug', async () => {
    const year = changedYear((data) => {
      data.organizations.push({ ...data.organizations[1]!, name: 'C Tools' }, { ...data.organizations[1]!, name: 'C# Tools' });
    });
    const result = await importGsoc(year, '--out', out);
    expect(result.err).toEqual([]);
    expect(result.code).toBe(0);
    expect(readdirSync(path.join(out, '2016')).sort()).toEqual(expect.arrayContaining(['c-sharp-tools.md', 'c-tools.md']));
    const catalog = loadCatalog(out);
    expect(catalog.issues).toEqual([]);
    expect(catalog.organizationYears.filter((organizationYear) => organizationYear.name.startsWith('C')).map((organizationYear) => [organizationYear.name, organizationYear.slug, organizationYear.source.file])).toEqual(
      expect.arrayContaining([
        ['C Tools', 'c-tools', '2016/c-tools.md'],
        ['C# Tools', 'c-sharp-tools', '2016/c-sharp-tools.md'],
      ]),
    );
  });

  it('explains how to call it', async () => {
    expect((await importGsoc('--out', out)).code).toBe(2);
    const noOut = await importGsoc(fixture('small-year.json'));
    expect(noOut.code).toBe(2);
    expect(noOut.err[0]).toMatch(/^give the folder to write the pages to with --out DIR/);
  });
});
