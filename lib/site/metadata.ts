/**
 * What a page says about itself (title, description, canonical URL, Open Graph), from one place,
 * for both kinds of page: Next pages take it as Metadata, documents (lib/site/document.tsx) as
 * head tags.
 */
import type { Metadata } from 'next';
import { truncateAtWord } from '../format';
import { absoluteUrl, SITE_NAME } from './config';

export interface PageMeta {
  /** The page's own title; the site's name is added after it, unless `absoluteTitle`. */
  title: string;
  description: string;
  /** The canonical path of the page. */
  path: string;
  type?: 'website' | 'article';
  /** Old addresses and placeholders: not to be indexed. */
  noindex?: boolean;
  /** An old address: the browser goes on to this path at once (meta refresh, no script needed). */
  redirectTo?: string;
  absoluteTitle?: boolean;
}

/** "Xen Project · GSoC Archive Catalog". */
export function documentTitle(meta: PageMeta): string {
  return meta.absoluteTitle ? meta.title : `${meta.title} · ${SITE_NAME}`;
}

/** The same, as Next's Metadata for the pages Next renders. */
export function toNextMetadata(meta: PageMeta): Metadata {
  const url = absoluteUrl(meta.path);
  return {
    title: { absolute: documentTitle(meta) },
    description: meta.description,
    // Without SITE_URL no canonical link and no og:url: better none than a wrong host.
    ...(url !== undefined && { alternates: { canonical: url } }),
    openGraph: { title: meta.title, description: meta.description, ...(url !== undefined && { url }), siteName: SITE_NAME, type: meta.type ?? 'website' },
    twitter: { card: 'summary', title: meta.title, description: meta.description },
    ...(meta.noindex ? { robots: { index: false, follow: true } } : {}),
  };
}

/** A description for meta tags: one line, at most ~160 characters. */
export function metaDescription(text: string): string {
  return truncateAtWord(text.replace(/\s+/g, ' ').trim(), 159);
}
