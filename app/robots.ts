import type { MetadataRoute } from 'next';
import { SITEMAP_PATH } from '@/lib/paths';
import { absoluteUrl } from '@/lib/site/config';

export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  const sitemap = absoluteUrl(SITEMAP_PATH);
  return { rules: { userAgent: '*', allow: '/' }, ...(sitemap !== undefined && { sitemap }) };
}
