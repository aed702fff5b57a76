/**
 * Builds the site from the fixture content (content/ plus tests/fixtures/site/) with the real
 * `npm run build`, into a folder of test-results/ (your out/ is left alone). The public address
 * is what the caller gives, never what the shell running the tests happens to have set.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const REPOSITORY = path.resolve(import.meta.dirname, '../..');

export function buildFixtureSite(siteDir: string, address: { SITE_URL?: string; BASE_PATH?: string } = {}): string {
  const content = mkdtempSync(path.join(tmpdir(), 'catalog-site-content-'));
  cpSync(path.join(REPOSITORY, 'content'), content, { recursive: true });
  cpSync(path.join(REPOSITORY, 'tests/fixtures/site'), content, { recursive: true });
  rmSync(siteDir, { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = { ...process.env, CONTENT_DIR: content, NEXT_DIST_DIR: path.relative(REPOSITORY, siteDir), NEXT_TELEMETRY_DISABLED: '1' };
  delete env.SITE_URL;
  delete env.BASE_PATH;
  try {
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: REPOSITORY, env: { ...env, ...address }, stdio: ['ignore', 'ignore', 'inherit'] });
  } finally {
    rmSync(content, { recursive: true, force: true });
  }
  return siteDir;
}
