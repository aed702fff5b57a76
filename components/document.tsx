/**
 * Every page of the site is a document: the one route handler (app/[...file]/route.tsx) renders
 * React components to plain HTML with react-dom/server. Why not Next pages: each of those costs
 * ~20 ms of build per page (the RSC payload, per-segment prefetch files, the hydration runtime) and
 * writes five files; a document costs ~1.5 ms and writes one, with no JavaScript to download but
 * site.js and the page's own script (search, the organization finder). On the whole archive
 * (~18,000 pages) that is the difference between ~460 s and ~70 s. A Next page also carries its
 * content a second time, as an RSC payload, in its HTML, and loads six Next.js/React scripts
 * (171 KB gzip): /topics/ was 619 KB of HTML as a Next page on the whole archive, and is 194 KB as
 * a document (docs/measurements.md).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ReactElement, ReactNode } from 'react';
import { HeadTags } from './HeadTags';
import { PageFrame } from './PageFrame';
import { SiteAssets } from './SiteAssets';
import { publicAddress } from '@/lib/site/publishing';
import type { PageMeta } from '@/lib/site/metadata';

export interface DocumentPage {
  meta: PageMeta;
  body: ReactNode;
  /** What this page adds to <head> after the site's assets: its own script, a preload. */
  head?: ReactNode;
  /** False on a page whose own search form is the site's (home, search, the 404): the header then has none. */
  headerSearch?: boolean;
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

function Document({ meta, head, headerSearch, children }: { meta: PageMeta; head?: ReactNode; headerSearch?: boolean; children: ReactNode }) {
  return (
    // data-base-path: where the site is served ("/gsoc-archive", or ""), for the pages' scripts.
    <html lang="en" data-base-path={publicAddress().basePath}>
      {/* eslint-disable-next-line @next/next/no-head-element -- a document writes its whole HTML itself, outside Next's pages */}
      <head>
        <HeadTags meta={meta} />
        <SiteAssets />
        {head}
      </head>
      <body>
        <PageFrame headerSearch={headerSearch}>{children}</PageFrame>
      </body>
    </html>
  );
}

/** The whole HTML document of a page, as the response its route handler gives (the 404 page's with status 404). */
export function documentResponse(page: DocumentPage, status = 200): Response {
  const html = `<!DOCTYPE html>${renderToStaticMarkup(
    <Document meta={page.meta} head={page.head} headerSearch={page.headerSearch}>
      {page.body}
    </Document>,
  )}`;
  return new Response(html, { status, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}
