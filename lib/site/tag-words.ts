/**
 * How the site names each kind of tag, in running text and in titles. Browser-safe (the
 * organization finder's script labels its facets with it), unlike lib/site/tag-index.ts, which
 * reads the catalog and re-exports it.
 */
import type { TagKind } from '../content/tag-vocabulary';

export const TAG_KIND_WORDS: Readonly<Record<TagKind, { singular: string; plural: string; label: string; title: string }>> = {
  technology: { singular: 'technology', plural: 'technologies', label: 'Technology', title: 'Technologies' },
  topic: { singular: 'topic', plural: 'topics', label: 'Topic', title: 'Topics' },
  category: { singular: 'category', plural: 'categories', label: 'Category', title: 'Categories' },
};
