import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Plain files that any static host or CDN serves: one folder with an index.html per page.
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
};

export default nextConfig;
