/**
 * A small static file server for the exported site, as a static host or CDN would serve it:
 * /path/ → path/index.html, /path → 308 to /path/, unknown → 404.html with status 404. With a
 * base path (a build with BASE_PATH) the site is served under it, as GitHub Pages serves a
 * project site: /gsoc-archive/orgs/ → orgs/index.html, and nothing outside it.
 * Used by `npm start` and by the browser tests; not meant to face the internet, but no request
 * stops it: a path the file system refuses (a NUL byte, a file used as a folder, a name too long)
 * is a 404, a method other than GET and HEAD a 405, and a redirect never leaves the site.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { createGzip } from 'node:zlib';
import { UsageError } from './command-line';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg)/;

function fileAt(root: string, urlPath: string): string | undefined {
  if (urlPath.includes('\0')) return undefined;
  const resolved = path.join(root, urlPath);
  // path.join normalizes "..": anything that climbs out of the root is not ours to serve.
  if (resolved !== root && !resolved.startsWith(root + path.sep)) return undefined;
  const stats = statOrNothing(resolved);
  if (stats?.isFile()) return resolved;
  if (stats?.isDirectory()) {
    const index = path.join(resolved, 'index.html');
    return statOrNothing(index)?.isFile() ? index : undefined;
  }
  return undefined;
}

/** The file's stats, or undefined for whatever the file system refuses (ENOTDIR, ENAMETOOLONG…): a request is never worth a crash. */
function statOrNothing(file: string) {
  try {
    return statSync(file, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/** The base path an export was built with, as its home page names it (<html data-base-path="…">); "" if none. */
export function builtBasePath(root: string): string {
  const home = path.join(root, 'index.html');
  if (!existsSync(home)) return '';
  return /<html[^>]*\sdata-base-path="([^"]*)"/.exec(readFileSync(home, 'utf8'))?.[1] ?? '';
}

export interface ServeOptions {
  /** "/gsoc-archive": serve the site under this path (lib/site/public-address.ts checks its form). */
  basePath?: string;
}

/** Starts serving `root` on `port` (0 picks a free one), under `basePath` if given; resolves once it listens. */
export function serveStatic(root: string, port: number, host = '127.0.0.1', { basePath = '' }: ServeOptions = {}): Promise<Server> {
  const absoluteRoot = path.resolve(root);
  const server = createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }).end('Method not allowed');
      return;
    }
    let urlPath: string;
    try {
      urlPath = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      response.writeHead(400).end('Bad request');
      return;
    }
    const query = request.url?.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
    if (basePath && urlPath === basePath) {
      response.writeHead(308, { Location: `${basePath}/${query}` }).end();
      return;
    }
    // The path within the site; outside the base path there is none, and the answer is the 404 page.
    const sitePath = !basePath ? urlPath : urlPath.startsWith(`${basePath}/`) ? urlPath.slice(basePath.length) : undefined;
    const file = sitePath === undefined ? undefined : fileAt(absoluteRoot, sitePath);
    if (file && !sitePath!.endsWith('/') && file.endsWith(`${path.sep}index.html`) && !sitePath!.endsWith('index.html')) {
      // The folder the file is in, as a path of this site: "//evil.example/../orgs" is "/orgs/",
      // never a protocol-relative address that would take the browser elsewhere.
      const folder = `/${path.relative(absoluteRoot, path.dirname(file)).split(path.sep).filter(Boolean).map(encodeURIComponent).join('/')}/`.replace(/^\/+/, '/');
      response.writeHead(308, { Location: `${basePath}${folder}${query}` }).end();
      return;
    }
    const status = file ? 200 : 404;
    const body = file ?? fileAt(absoluteRoot, '/404.html');
    if (!body) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const contentType = CONTENT_TYPES[path.extname(body)] ?? 'application/octet-stream';
    // Text goes out gzipped when the browser takes it, as any static host or CDN sends it: what
    // Lighthouse and the benchmarks see is then what a visitor downloads.
    const gzip = COMPRESSIBLE.test(contentType) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    response.writeHead(status, {
      'Content-Type': contentType,
      'Cache-Control': body.includes(`${path.sep}_next${path.sep}static${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...(gzip && { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' }),
    });
    if (request.method === 'HEAD') response.end();
    else {
      const file = createReadStream(body).on('error', () => response.destroy());
      if (gzip) file.pipe(createGzip()).pipe(response);
      else file.pipe(response);
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

export interface ServedExport {
  /** "http://127.0.0.1:PORT", with no trailing slash: a site path appends to it. */
  origin: string;
  close(): void;
}

/**
 * An export served on a free port of 127.0.0.1 for a bench or a script, after checking that `root`
 * is one (its home page exists): a wrong --site fails here, with the folder named, not as a 404
 * deep in a browser run.
 */
export async function serveExport(root: string): Promise<ServedExport> {
  if (!statOrNothing(path.join(root, 'index.html'))?.isFile()) {
    throw new UsageError(`${root} is not an export of the site (no ${path.join(root, 'index.html')}): build one with \`npm run build\` (into out/), or give another with --site DIR`);
  }
  const server = await serveStatic(root, 0);
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('the static server has no port');
  return { origin: `http://127.0.0.1:${address.port}`, close: () => server.close() };
}

