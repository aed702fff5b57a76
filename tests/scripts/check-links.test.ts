/**
 * `npm run check:links` as a person runs it: a --base-path that is no path is a usage error (one
 * line naming the command and the fix, exit 2), not a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const REPOSITORY = path.resolve(import.meta.dirname, '../..');
const folder = mkdtempSync(path.join(tmpdir(), 'catalog-check-links-'));
writeFileSync(path.join(folder, 'index.html'), '<a href="/gsoc-archive/">home</a>');
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const checkLinks = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', path.join(REPOSITORY, 'scripts/check-links.ts'), ...args], { cwd: REPOSITORY, encoding: 'utf8' });

describe('npm run check:links', () => {
  it('answers a base path without its leading "/" with one line and the fix, exit 2', () => {
    const result = checkLinks('--base-path', 'gsoc-archive', folder);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual(['npm run check:links: BASE_PATH=gsoc-archive must start with "/": write it like BASE_PATH=/gsoc-archive']);
    expect(result.stdout).toBe('');
  });

  it('checks a folder whose links resolve, under a good base path', () => {
    const result = checkLinks('--base-path', '/gsoc-archive', '--content', path.join(REPOSITORY, 'content'), folder);
    expect(result.stdout).toContain('1 pages, 1 internal links under /gsoc-archive/, 0 broken');
  });
});
