/** The link checker under a base path: links must stay inside it, and redirect pages are followed. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks, checkListedPages } from '../../scripts/support/link-check';

function site(pages: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'link-check-'));
  for (const [file, html] of Object.entries(pages)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), html);
  }
  return root;
}

describe('the link checker', () => {
  it('resolves links under the base path, and breaks those that leave it', () => {
    const root = site({
      'index.html': '<a href="/gsoc-archive/orgs/kde/">KDE</a> <a href="/orgs/kde/">KDE, no base</a> <a href="orgs/kde/">relative</a>',
      'orgs/kde/index.html': '<h1 id="top">KDE</h1><a href="/gsoc-archive/#x">home</a><form action="/gsoc-archive/search/"></form>',
    });
    const report = checkLinks(root, { basePath: '/gsoc-archive' });
    expect(report.links).toBe(5);
    expect(report.broken).toEqual([
      { page: 'index.html', href: '/orgs/kde/', reason: 'outside the base path /gsoc-archive' },
      { page: 'orgs/kde/index.html', href: '/gsoc-archive/#x', reason: 'no element with id "x"' },
      { page: 'orgs/kde/index.html', href: '/gsoc-archive/search/', reason: 'no such file' },
    ]);
  });

  it('follows a redirect page to where it sends the browser', () => {
    const root = site({
      'old/index.html': '<meta http-equiv="refresh" content="0; url=/gsoc-archive/new/"/>',
      'gone/index.html': '<meta http-equiv="refresh" content="0; url=/gsoc-archive/nowhere/"/>',
      'new/index.html': '<h1>New</h1>',
    });
    expect(checkLinks(root, { basePath: '/gsoc-archive' }).broken).toEqual([{ page: 'gone/index.html', href: '/gsoc-archive/nowhere/', reason: 'no such file' }]);
  });
});

describe('the export against the page registry', () => {
  it('names the listed files the export lacks and the HTML files nothing lists', () => {
    const root = site({ 'index.html': '<h1>Home</h1>', 'orgs/kde/index.html': '<h1>KDE</h1>', 'stray/index.html': '<h1>?</h1>', 'site.css': '' });
    expect(checkListedPages(root, ['index.html', 'orgs/kde/index.html', 'orgs/finder.json'])).toEqual({ missing: ['orgs/finder.json'], unlisted: ['stray/index.html'] });
    expect(checkListedPages(root, ['index.html', 'orgs/kde/index.html', 'stray/index.html'])).toEqual({ missing: [], unlisted: [] });
  });
});
