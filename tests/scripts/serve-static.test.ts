/** The static server behind `npm start` and the browser tests: every request gets an answer, and it keeps serving. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../scripts/support/command-line';
import { serveExport, serveStatic } from '../../scripts/support/serve-static';

let server: Server;
let underPath: Server;
let base: string;
let baseUnderPath: string;

beforeAll(async () => {
  const root = mkdtempSync(path.join(tmpdir(), 'serve-'));
  mkdirSync(path.join(root, 'orgs', 'kde'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<h1>Home</h1>');
  writeFileSync(path.join(root, '404.html'), '<h1>Page not found</h1>');
  writeFileSync(path.join(root, 'site.js'), '// script');
  writeFileSync(path.join(root, 'orgs', 'kde', 'index.html'), '<h1>KDE</h1>');
  server = await serveStatic(root, 0);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  underPath = await serveStatic(root, 0, '127.0.0.1', { basePath: '/gsoc-archive' });
  baseUnderPath = `http://127.0.0.1:${(underPath.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const one of [server, underPath]) await new Promise<void>((resolve) => one.close(() => resolve()));
});

/** A raw request path (fetch would normalize it), without following redirects. */
async function get(rawPath: string, method = 'GET', origin = base): Promise<{ status: number; location: string | null; body: string }> {
  const response = await fetch(`${origin}${rawPath}`, { method, redirect: 'manual' });
  const body = await response.text().catch(() => '');
  return { status: response.status, location: response.headers.get('location'), body };
}

describe('the static server', () => {
  it('serves pages, redirects a folder without its slash, and answers 404 with the 404 page', async () => {
    expect((await get('/orgs/kde/')).status).toBe(200);
    expect(await get('/orgs/kde')).toMatchObject({ status: 308, location: '/orgs/kde/' });
    expect((await get('/orgs/nothing/')).status).toBe(404);
  });

  it('answers requests the file system refuses, and keeps serving', async () => {
    for (const hostile of ['/%00', '/a%00b/', '/site.js/', '/index.html/x', `/${'a'.repeat(300)}/`, '/%E0%A4%A', '/..%2F..%2Fetc%2Fpasswd']) {
      const { status } = await get(hostile);
      expect([400, 404], hostile).toContain(status);
    }
    expect((await get('/')).status).toBe(200);
  });

  it('never redirects off the site', async () => {
    const { status, location } = await get('/%2F%2Fevil.example%2F..%2Forgs%2Fkde');
    expect(status).toBe(308);
    expect(location).toBe('/orgs/kde/');
  });

  it('allows only GET and HEAD', async () => {
    for (const method of ['POST', 'DELETE', 'OPTIONS', 'PUT']) expect((await get('/', method)).status).toBe(405);
    expect((await get('/', 'HEAD')).status).toBe(200);
  });
});

describe('the static server under a base path', () => {
  const getUnder = (rawPath: string) => get(rawPath, 'GET', baseUnderPath);

  it('serves the site under the path, as GitHub Pages serves a project site', async () => {
    expect(await getUnder('/gsoc-archive/')).toMatchObject({ status: 200, body: '<h1>Home</h1>' });
    expect(await getUnder('/gsoc-archive/orgs/kde/')).toMatchObject({ status: 200, body: '<h1>KDE</h1>' });
    expect(await getUnder('/gsoc-archive/site.js')).toMatchObject({ status: 200, body: '// script' });
  });

  it('redirects a folder without its slash, and the base path itself, within the base path', async () => {
    expect(await getUnder('/gsoc-archive/orgs/kde?x=1')).toMatchObject({ status: 308, location: '/gsoc-archive/orgs/kde/?x=1' });
    expect(await getUnder('/gsoc-archive')).toMatchObject({ status: 308, location: '/gsoc-archive/' });
    expect(await getUnder('/gsoc-archive/%2F%2Fevil.example%2F..%2Forgs%2Fkde')).toMatchObject({ status: 308, location: '/gsoc-archive/orgs/kde/' });
  });

  it('serves nothing outside the base path but the 404 page', async () => {
    for (const outside of ['/', '/orgs/kde/', '/site.js', '/gsoc-archived/', '/gsoc-archive-x/orgs/kde/']) {
      expect(await getUnder(outside), outside).toMatchObject({ status: 404, body: '<h1>Page not found</h1>' });
    }
    expect(await getUnder('/gsoc-archive/nothing/')).toMatchObject({ status: 404, body: '<h1>Page not found</h1>' });
  });
});

describe('serveExport, for the benches', () => {
  it('serves an export at an origin a site path appends to', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'serve-export-'));
    writeFileSync(path.join(root, 'index.html'), '<h1>Home</h1>');
    const served = await serveExport(root);
    try {
      expect(served.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(await (await fetch(`${served.origin}/`)).text()).toBe('<h1>Home</h1>');
    } finally {
      served.close();
    }
  });

  it('refuses a folder that is no export, naming it, before any browser opens', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'serve-export-empty-'));
    await expect(serveExport(empty)).rejects.toThrow(UsageError);
    await expect(serveExport(empty)).rejects.toThrow(`${empty} is not an export of the site`);
    await expect(serveExport(path.join(empty, 'missing'))).rejects.toThrow('is not an export of the site');
  });
});
