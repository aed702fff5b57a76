import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseMarkdownPage } from '../../lib/content/markdown-page';
import { originOf, stampPage } from '../../lib/import/stamp';
import { WriteRefusedError, writePage } from '../../lib/import/write';

const PAGE = '---\nprogram: Google Summer of Code\nyear: 2016\norganization: Quiet Org\n---\n\nNo projects.\n';
const CHANGED = PAGE.replace('No projects.', 'Still no projects.');

describe('stampPage and originOf', () => {
  it('stamps a page on the line after the opening "---", as a YAML comment the loader ignores', () => {
    const stamped = stampPage(PAGE, '2016.json');
    expect(stamped.split('\n')[1]).toMatch(/^# import-gsoc [0-9a-f]{16}: generated from 2016\.json; /);
    const parsed = parseMarkdownPage(stamped, '2016/quiet-org.md');
    expect(parsed.issues).toEqual([]);
    expect(parsed.fields.name?.value).toBe('Quiet Org');
  });

  it('tells the importer’s untouched page from an edited one and from one it did not write', () => {
    const stamped = stampPage(PAGE, '2016.json');
    expect(originOf(stamped)).toBe('generated');
    expect(originOf(stamped.replace('No projects.', 'No projects, yet.'))).toBe('edited');
    expect(originOf(stamped.replace('year: 2016', 'year: 2016\nslug: quiet'))).toBe('edited');
    expect(originOf(stamped.replace(/\n/g, '\r\n'))).toBe('edited');
    expect(originOf(PAGE)).toBe('unstamped');
    expect(originOf('')).toBe('unstamped');
  });
});

describe('writePage', () => {
  let out: string;
  const file = '2016/quiet-org.md';
  const onDisk = () => readFileSync(path.join(out, file), 'utf8');
  beforeEach(() => {
    out = mkdtempSync(path.join(os.tmpdir(), 'import-write-'));
  });

  it('creates a page, then leaves the same text unchanged', () => {
    const text = stampPage(PAGE, '2016.json');
    expect(writePage(out, file, text, false)).toEqual({ path: file, outcome: 'created' });
    expect(onDisk()).toBe(text);
    expect(writePage(out, file, text, false)).toEqual({ path: file, outcome: 'unchanged' });
  });

  it('updates its own untouched page when the JSON changed', () => {
    writePage(out, file, stampPage(PAGE, '2016.json'), false);
    const newer = stampPage(CHANGED, '2016.json');
    expect(writePage(out, file, newer, false)).toEqual({ path: file, outcome: 'updated' });
    expect(onDisk()).toBe(newer);
  });

  it('keeps a page edited by hand, and writes over it only with force', () => {
    writePage(out, file, stampPage(PAGE, '2016.json'), false);
    const edited = onDisk().replace('No projects.', 'No projects: the mentors were busy.');
    writeFileSync(path.join(out, file), edited);
    const newer = stampPage(CHANGED, '2016.json');
    expect(writePage(out, file, newer, false)).toEqual({ path: file, outcome: 'kept', origin: 'edited' });
    expect(onDisk()).toBe(edited);
    expect(writePage(out, file, newer, true)).toEqual({ path: file, outcome: 'overwritten', origin: 'edited' });
    expect(onDisk()).toBe(newer);
  });

  it('keeps a page the importer did not write', () => {
    writePage(out, file, PAGE, false);
    expect(writePage(out, file, stampPage(PAGE, '2016.json'), false)).toEqual({ path: file, outcome: 'kept', origin: 'unstamped' });
    expect(onDisk()).toBe(PAGE);
  });

  it('finishes what an interrupted import left: an empty page is rewritten without --force', () => {
    mkdirSync(path.join(out, '2016'), { recursive: true });
    writeFileSync(path.join(out, file), '');
    expect(writePage(out, file, stampPage(PAGE, '2016.json'), false).outcome).toBe('updated');
    expect(onDisk()).toBe(stampPage(PAGE, '2016.json'));
  });

  it('writes the whole page or nothing, leaving no temporary file behind', () => {
    writePage(out, file, stampPage(PAGE, '2016.json'), false);
    expect(readdirSync(path.join(out, '2016'))).toEqual(['quiet-org.md']);
  });

  it('never writes through a symbolic link, even a dangling one pointing out of the folder', () => {
    const outside = path.join(mkdtempSync(path.join(os.tmpdir(), 'outside-')), 'target.md');
    mkdirSync(path.join(out, '2016'), { recursive: true });
    symlinkSync(outside, path.join(out, file));
    expect(() => writePage(out, file, PAGE, true)).toThrow(WriteRefusedError);
    expect(existsSync(outside)).toBe(false);
  });

  it('refuses, with a reason, where a folder is in the way of a page or a file in the way of a folder', () => {
    mkdirSync(path.join(out, file), { recursive: true });
    expect(() => writePage(out, file, PAGE, false)).toThrow(/something other than a file is there/);
    writeFileSync(path.join(out, '2017'), 'a file where the year folder goes');
    expect(() => writePage(out, '2017/quiet-org.md', PAGE, false)).toThrow(/cannot make its folder/);
  });
});
