/**
 * What a page says about itself (title, description, canonical URL, Open Graph), from one place:
 * every page is a document (components/document.tsx), whose <HeadTags> writes it.
 */
import { truncateAtWord } from '../human-readable';
import { SITE_NAME } from './publishing';

export interface PageMeta {
  /** The page's own title; the site's name is added after it, unless `absoluteTitle`. */
  title: string;
  description: string;
  /** The canonical path of the page; none for a page that is the canonical form of nothing (the 404). */
  path?: string;
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

/** A description for meta tags: one line, at most ~160 characters. */
export function metaDescription(text: string): string {
  return truncateAtWord(text.replace(/\s+/g, ' ').trim(), 159);
}
