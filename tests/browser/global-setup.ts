/**
 * Builds the site from the fixture content (tests/browser/fixture-site.ts) into test-results/site,
 * as a build without SITE_URL or BASE_PATH (the local preview's), and serves the export on a free
 * port, as a static host would.
 * BROWSER_SITE_DIR=out skips the build and tests an export you already have (the melange corpus,
 * say).
 */
import type { Server } from 'node:http';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/support/serve-static';
import { buildFixtureSite, REPOSITORY } from './fixture-site';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    siteDir: string;
  }
}

export const FIXTURE_SITE = path.join(REPOSITORY, 'test-results/site');

let server: Server | undefined;

export async function setup(project: TestProject) {
  let siteDir = process.env.BROWSER_SITE_DIR;
  if (!siteDir) siteDir = buildFixtureSite(FIXTURE_SITE);
  server = await serveStatic(siteDir, 0);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  project.provide('siteDir', path.resolve(siteDir));
}

export async function teardown() {
  await new Promise((resolve) => server?.close(resolve));
}
