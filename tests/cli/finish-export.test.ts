/** The build's first and last steps and the public address: a wrong one stops the build, a missing one is said once. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../lib/cli/command-runner';
import { NOT_FOUND_FILE } from '../../lib/site/page-files';
// @ts-expect-error -- plain JavaScript without types: Next imports it with Node's own import()
import { NOT_FOUND_DOCUMENT } from '../../export-adapter.mjs';

/** `catalog ARGS` under the given SITE_URL and BASE_PATH, as lib/cli/main.ts reads them from the environment. */
async function runUnder(variables: { SITE_URL?: string; BASE_PATH?: string }, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (text) => out.push(text), err: (text) => err.push(text) }, variables);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function exportFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'catalog-export-'));
  writeFileSync(path.join(folder, 'index.html'), '<h1>Home</h1>');
  return folder;
}

describe('catalog finish-export', () => {
  it('without SITE_URL, says once what was left out and how to set it', async () => {
    const folder = exportFolder();
    const result = await runUnder({ BASE_PATH: '/gsoc-archive' }, 'finish-export', '--out', folder);
    expect(result.code).toBe(0);
    expect(result.out.match(/SITE_URL is not set/g)).toHaveLength(1);
    expect(result.out).toMatch(/no canonical link and no og:url, it has no sitemap\.xml/);
    expect(result.out).toContain('SITE_URL=https://example.org BASE_PATH=/gsoc-archive npm run build');
  });

  it('with SITE_URL, names the address the site is published at', async () => {
    const folder = exportFolder();
    const result = await runUnder({ SITE_URL: 'https://name.github.io', BASE_PATH: '/gsoc-archive' }, 'finish-export', '--out', folder);
    expect(result).toMatchObject({ code: 0, out: expect.stringContaining('published at https://name.github.io/gsoc-archive/') });
  });

  it('says to build first when there is no export', async () => {
    const result = await runUnder({}, 'finish-export', '--out', path.join(tmpdir(), 'catalog-no-such-export'));
    expect(result).toMatchObject({ code: 1, err: expect.stringContaining('run this after `next build`') });
  });

  it('stops the build at its first step on a wrong SITE_URL or BASE_PATH, saying what to write', async () => {
    const badUrl = await runUnder({ SITE_URL: 'https://name.github.io/gsoc-archive' }, 'build-data', '--content', tmpdir());
    expect(badUrl.code).toBe(2);
    expect(badUrl.err).toBe('SITE_URL=https://name.github.io/gsoc-archive has a path (/gsoc-archive): give the host as SITE_URL=https://name.github.io and the path as BASE_PATH=/gsoc-archive');
    const badPath = await runUnder({ BASE_PATH: '/gsoc-archive/' }, 'build-data', '--content', tmpdir());
    expect(badPath).toMatchObject({ code: 2, err: 'BASE_PATH=/gsoc-archive/ must not end with "/": write it like BASE_PATH=/gsoc-archive' });
  });
});

describe('the export adapter', () => {
  it('moves the file the page registry writes the 404 document to', () => {
    expect(NOT_FOUND_DOCUMENT).toBe(NOT_FOUND_FILE);
  });
});
