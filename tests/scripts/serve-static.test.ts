/** The static server behind `npm start` and the browser tests: every request gets an answer, and it keeps serving. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/support/serve-static';

let server: Server;
let base: string;

beforeAll(async () => {
  const root = mkdtempSync(path.join(tmpdir(), 'serve-'));
  mkdirSync(path.join(root, 'orgs', 'kde'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<h1>Home</h1>');
  writeFileSync(path.join(root, '404.html'), '<h1>Page not found</h1>');
  writeFileSync(path.join(root, 'site.js'), '// script');
  writeFileSync(path.join(root, 'orgs', 'kde', 'index.html'), '<h1>KDE</h1>');
  server = await serveStatic(root, 0);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A raw request path (fetch would normalize it), without following redirects. */
async function get(rawPath: string, method = 'GET'): Promise<{ status: number; location: string | null }> {
  const response = await fetch(`${base}${rawPath}`, { method, redirect: 'manual' });
  await response.arrayBuffer().catch(() => undefined);
  return { status: response.status, location: response.headers.get('location') };
}

describe('the static server', () => {
  it('serves pages, redirects a folder without its slash, and answers 404 with the 404 page', async () => {
    expect((await get('/orgs/kde/')).status).toBe(200);
    expect(await get('/orgs/kde')).toEqual({ status: 308, location: '/orgs/kde/' });
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
