/**
 * Categories, the one broad field the modern archive gives each organization-year ("Science and
 * medicine", "Web"): the tag index (lib/site/tag-index.ts) for categories, one page each.
 */
import { catalogTagIndex, type Tag } from './tag-index';

export type Category = Tag;

const categories = catalogTagIndex('category', (tag) => tag);

/** All categories, A–Z. */
export function listCategories(): Category[] {
  return categories.list();
}

export function getCategory(slug: string): Category | undefined {
  return categories.get(slug);
}
