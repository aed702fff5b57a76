import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { NextConfig } from 'next';
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants';
import { developmentRewrites } from './lib/site/page-files';
import { parseBasePath } from './lib/site/public-address';

export default function nextConfig(phase: string): NextConfig {
  const development = phase === PHASE_DEVELOPMENT_SERVER;
  return {
    // Plain files that any static host or CDN serves: one folder with an index.html per page.
    // `next dev` serves the same routes itself (an export cannot run there, and needs no rewrites).
    output: development ? undefined : 'export',
    // Where the export goes (out/ by default); the browser tests build into test-results/site so
    // that running them leaves your out/ alone.
    distDir: process.env.NEXT_DIST_DIR,
    trailingSlash: true,
    // BASE_PATH=/gsoc-archive: the site is served under that path (a GitHub Pages project site).
    // Next puts it before its own files (/_next/…); the archive's links take it from
    // lib/site/publishing.ts publicPath, given the same variable by app/[...file]/route.tsx.
    basePath: parseBasePath(process.env.BASE_PATH),
    images: { unoptimized: true },
    poweredByHeader: false,
    // `npm run typecheck` (tsc --noEmit, run by CI) checks types; doing it again inside every
    // build costs 10–25 s of a whole-archive build for nothing.
    typescript: { ignoreBuildErrors: true },
    // Puts the 404 document at 404.html once the export is written (export-adapter.mjs).
    adapterPath: fileURLToPath(new URL('./export-adapter.mjs', import.meta.url)),
    experimental: {
      // One rendering worker per core (Next leaves one core idle by default): while pages are
      // rendered, the main process only waits.
      cpus: Number(process.env.BUILD_WORKERS ?? availableParallelism()),
    },
    // Pages are documents at .../index.html (lib/site/page-files.ts); a static host serves them
    // at .../, and in development these rewrites do the same (an address with no page: see there).
    ...(development && {
      async rewrites() {
        return developmentRewrites();
      },
    }),
  };
}
