/**
 * Builds the site from the fixture content (content/ plus tests/fixtures/site/) with the real
 * `npm run build`, into test-results/site (your out/ is left alone), and serves the export on a
 * free port, as a static host would.
 * BROWSER_SITE_DIR=out skips the build and tests an export you already have (the melange corpus,
 * say).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/support/serve-static';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    siteDir: string;
  }
}

const REPOSITORY = path.resolve(import.meta.dirname, '../..');
export const FIXTURE_SITE = path.join(REPOSITORY, 'test-results/site');

let server: Server | undefined;

export async function setup(project: TestProject) {
  let siteDir = process.env.BROWSER_SITE_DIR;
  if (!siteDir) {
    const content = mkdtempSync(path.join(tmpdir(), 'catalog-site-content-'));
    cpSync(path.join(REPOSITORY, 'content'), content, { recursive: true });
    cpSync(path.join(REPOSITORY, 'tests/fixtures/site'), content, { recursive: true });
    rmSync(FIXTURE_SITE, { recursive: true, force: true });
    execFileSync('npm', ['run', '--silent', 'build'], {
      cwd: REPOSITORY,
      env: { ...process.env, CONTENT_DIR: content, NEXT_DIST_DIR: path.relative(REPOSITORY, FIXTURE_SITE), NEXT_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    rmSync(content, { recursive: true, force: true });
    siteDir = FIXTURE_SITE;
  }
  server = await serveStatic(siteDir, 0);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  project.provide('siteDir', path.resolve(siteDir));
}

export async function teardown() {
  await new Promise((resolve) => server?.close(resolve));
}
