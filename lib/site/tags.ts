/** The three tag indexes side by side, for what treats every kind alike: routes, redirects, the sitemap. */
import { getCategory, listCategories } from './categories';
import type { Tag, TagIndex, TagKind } from './tag-index';
import { getTechnology, listTechnologies } from './technologies';
import { getTopic, listTopics } from './topics';

export const TAG_KINDS: readonly TagKind[] = ['technology', 'topic', 'category'];

export const TAG_INDEXES: Readonly<Record<TagKind, TagIndex<Tag>>> = {
  technology: { list: listTechnologies, get: getTechnology },
  topic: { list: listTopics, get: getTopic },
  category: { list: listCategories, get: getCategory },
};

/**
 * The slug of the one page a tag route builds when the catalog has no tag of its kind (the text
 * pages of 2009–2015 name none): a static export needs at least one path per dynamic route.
 */
export const NO_TAGS_SLUG = 'none';
