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
import { HeadTags } from '@/components/HeadTags';
import { PageFrame } from '@/components/PageFrame';
import { SiteAssets } from '@/components/SiteAssets';
import type { PageMeta } from './metadata';

export interface DocumentPage {
  meta: PageMeta;
  body: ReactNode;
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

function Document({ meta, children }: { meta: PageMeta; children: ReactNode }) {
  return (
    <html lang="en">
      {/* eslint-disable-next-line @next/next/no-head-element -- a document writes its whole HTML itself, outside Next's pages */}
      <head>
        <HeadTags meta={meta} />
        <SiteAssets />
      </head>
      <body>
        <PageFrame>{children}</PageFrame>
      </body>
    </html>
  );
}

/** The whole HTML document of a page, as the response its route handler gives. */
export function documentResponse(page: DocumentPage): Response {
  const html = `<!DOCTYPE html>${renderToStaticMarkup(<Document meta={page.meta}>{page.body}</Document>)}`;
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

/**
 * A route handler for a document: awaits the params, asks `pageFor` for the page, answers 404
 * when there is none (only reachable in development: the export knows every path).
 */
export function documentRoute<Params>(pageFor: (params: Params) => DocumentPage | undefined) {
  return async (_request: Request, { params }: { params: Promise<Params> }): Promise<Response> => {
    const page = pageFor(await params);
    return page ? documentResponse(page) : new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  };
}
