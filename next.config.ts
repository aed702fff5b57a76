import { availableParallelism } from 'node:os';
import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Plain files that any static host or CDN serves: one folder with an index.html per page.
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
  // `npm run typecheck` (tsc --noEmit, run by CI) checks types; doing it again inside every
  // build costs 10–25 s of a whole-archive build for nothing.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // One rendering worker per core (Next leaves one core idle by default): while pages are
    // rendered, the main process only waits, and the archive has ~18,000 pages to render.
    cpus: Number(process.env.BUILD_WORKERS ?? availableParallelism()),
  },
};

export default nextConfig;
