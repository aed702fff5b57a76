import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { PageFrame } from '@/components/PageFrame';
import { SiteAssets } from '@/components/SiteAssets';
import { BASE_PATH, SITE_DESCRIPTION, SITE_NAME, SITE_URL, THEME_COLORS } from '@/lib/site/config';

// The pages Next renders (home, the A–Z lists, search, 404) share the frame, stylesheet and
// script of the archive's document pages (lib/site/document.tsx).
export const metadata: Metadata = {
  ...(SITE_URL !== undefined && { metadataBase: new URL(SITE_URL) }),
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  description: SITE_DESCRIPTION,
};

export const viewport: Viewport = { themeColor: [...THEME_COLORS] };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // data-base-path: where the site is served ("/gsoc-archive", or ""), for the pages' scripts.
    <html lang="en" data-base-path={BASE_PATH}>
      <head>
        <SiteAssets />
      </head>
      <body>
        <PageFrame>{children}</PageFrame>
      </body>
    </html>
  );
}
