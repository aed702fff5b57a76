/**
 * Every old slug of a merged organization still leads to the merged pages (lib/site/redirects.ts):
 * the organization, each organization-year and each project under each name it ever had.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as RedirectsModule from '../../lib/site/redirects';

let redirects: typeof RedirectsModule;
let folder: string;

const page = (year: number, organization: string, project: string, webPage: string) =>
  `---\nprogram: gsoc\nyear: ${year}\norganization: ${organization}\nweb_page: ${webPage}\n---\n## Projects\n### ${project}\nAn abstract.\n`;

beforeAll(async () => {
  // The site's getters read CONTENT_DIR when first imported: three names of one organization, each
  // joined on other evidence (a distinctive head, then the same site name), and one that is not.
  folder = mkdtempSync(path.join(tmpdir(), 'catalog-redirects-'));
  const files: Record<string, string> = {
    '2010/mixxx-digital-dj.md': page(2010, 'Mixxx Digital DJ', 'Beat Tracking', 'http://mixxx.org/wiki/gsoc2010'),
    '2016/mixxx.md': page(2016, 'Mixxx', 'Effects Rack', 'https://mixxx.org/'),
    '2017/genivi-development-platform.md': page(2017, 'GENIVI Development Platform', 'Audio Manager', 'https://at.projects.genivi.org/wiki'),
    '2018/genivi-alliance.md': page(2018, 'GENIVI Alliance', 'Vehicle Signals', 'https://genivi.org/'),
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    writeFileSync(path.join(folder, file), text);
  }
  process.env.CONTENT_DIR = folder;
  redirects = await import('../../lib/site/redirects');
});

afterAll(() => {
  delete process.env.CONTENT_DIR;
  rmSync(folder, { recursive: true, force: true });
});

describe('redirects of merged slugs', () => {
  it('send every address under an old slug to the merged organization', () => {
    const to = (from: string) => redirects.getRedirect(from)?.to;
    expect(to('/orgs/mixxx-digital-dj/')).toBe('/orgs/mixxx/');
    expect(to('/orgs/mixxx-digital-dj/2010/')).toBe('/orgs/mixxx/2010/');
    expect(to('/orgs/mixxx-digital-dj/2010/beat-tracking/')).toBe('/orgs/mixxx/2010/beat-tracking/');
    expect(to('/orgs/genivi-development-platform/')).toBe('/orgs/genivi-alliance/');
    expect(to('/orgs/genivi-development-platform/2017/audio-manager/')).toBe('/orgs/genivi-alliance/2017/audio-manager/');
    // The merged organization's own addresses are pages, not redirects.
    expect(to('/orgs/mixxx/')).toBeUndefined();
    expect(to('/orgs/mixxx/2010/')).toBeUndefined();
  });

  it('lead nowhere but to a page of the merged organization', () => {
    const organizationRedirects = redirects.listRedirects().filter((redirect) => redirect.from.startsWith('/orgs/'));
    expect(organizationRedirects.map((redirect) => redirect.from).sort()).toEqual([
      '/orgs/genivi-development-platform/',
      '/orgs/genivi-development-platform/2017/',
      '/orgs/genivi-development-platform/2017/audio-manager/',
      '/orgs/mixxx-digital-dj/',
      '/orgs/mixxx-digital-dj/2010/',
      '/orgs/mixxx-digital-dj/2010/beat-tracking/',
    ]);
    for (const redirect of organizationRedirects) expect(redirects.getRedirect(redirect.to)).toBeUndefined();
  });
});
