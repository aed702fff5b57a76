/**
 * Archive pages (organizations, organization-years, projects, technologies, years, redirects) are
 * documents: Next route handlers that render the same React components to plain HTML with
 * react-dom/server. Why not Next pages: each of those costs ~20 ms of build per page (the RSC
 * payload, per-segment prefetch files, the hydration runtime) and writes five files; a document
 * costs ~1.5 ms and writes one, with no JavaScript to download but site.js. On the whole archive
 * (~18,000 pages) that is the difference between ~460 s and the build budget of 240 s. Pages
 * that need React in the browser (search) stay Next pages.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ReactElement, ReactNode } from 'react';
import { HeadTags } from './HeadTags';
import { PageFrame } from './PageFrame';
import { RedirectPage } from './pages/RedirectPage';
import { SiteAssets } from './SiteAssets';
import { BASE_PATH } from '@/lib/site/config';
import type { PageMeta } from '@/lib/site/metadata';
import { redirectMeta } from '@/lib/site/page-metadata';
import { getRedirect } from '@/lib/site/redirects';

export interface DocumentPage {
  meta: PageMeta;
  body: ReactNode;
  /** What this page adds to <head> after the site's assets: its own script, a preload. */
  head?: ReactNode;
}

/**
 * react-dom/server, loaded at run time: Next refuses a static import of it in server code (it
 * would have server components render HTML, which here is exactly the point), so it is required
 * from node_modules when the route runs, in the build's Node process.
 */
function renderToStaticMarkup(element: ReactElement): string {
  const load = createRequire(path.join(process.cwd(), 'package.json'));
  return (load('react-dom/server') as typeof import('react-dom/server')).renderToStaticMarkup(element);
}

function Document({ meta, head, children }: { meta: PageMeta; head?: ReactNode; children: ReactNode }) {
  return (
    // data-base-path: where the site is served ("/gsoc-archive", or ""), for the pages' scripts.
    <html lang="en" data-base-path={BASE_PATH}>
      {/* eslint-disable-next-line @next/next/no-head-element -- a document writes its whole HTML itself, outside Next's pages */}
      <head>
        <HeadTags meta={meta} />
        <SiteAssets />
        {head}
      </head>
      <body>
        <PageFrame>{children}</PageFrame>
      </body>
    </html>
  );
}

/** The whole HTML document of a page, as the response its route handler gives. */
export function documentResponse(page: DocumentPage): Response {
  const html = `<!DOCTYPE html>${renderToStaticMarkup(<Document meta={page.meta} head={page.head}>{page.body}</Document>)}`;
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

/**
 * A route handler for a document. The route's params give the page's path (lib/paths.ts); the
 * page is what `pageAt` finds there, else the redirect page of an old address at that path (see
 * lib/site/redirects.ts), else a 404 (only reachable in development: the export knows every path).
 */
export function documentRoute<Params>(pathOf: (params: Params) => string, pageAt: (path: string, params: Params) => DocumentPage | undefined) {
  return async (_request: Request, { params }: { params: Promise<Params> }): Promise<Response> => {
    const awaited = await params;
    const path = pathOf(awaited);
    const page = pageAt(path, awaited) ?? redirectDocument(path);
    return page ? documentResponse(page) : new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  };
}

function redirectDocument(path: string): DocumentPage | undefined {
  const redirect = getRedirect(path);
  return redirect && { meta: redirectMeta(redirect.to), body: <RedirectPage redirect={redirect} /> };
}
