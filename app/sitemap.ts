import type { MetadataRoute } from 'next';
import { sitemapEntries } from '@/lib/site/sitemap';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries();
}
