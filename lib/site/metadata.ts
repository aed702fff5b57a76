import type { Metadata } from 'next';
import { absoluteUrl, SITE_NAME } from './config';

/** Title, description, canonical URL and Open Graph tags for one page, from one place. */
export function pageMetadata({ title, description, path, type = 'website' }: { title: string; description: string; path: string; type?: 'website' | 'article' }): Metadata {
  const url = absoluteUrl(path);
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: { title, description, url, siteName: SITE_NAME, type },
    twitter: { card: 'summary', title, description },
  };
}

/** A description for meta tags: one line, at most ~160 characters. */
export function metaDescription(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= 160 ? flat : `${flat.slice(0, 157).replace(/\s+\S*$/, '')}…`;
}

/** An old address: not to be indexed, its canonical URL the page it moved to. */
export function redirectMetadata(to: string): Metadata {
  return { title: 'Page moved', robots: { index: false, follow: true }, alternates: { canonical: absoluteUrl(to) } };
}
