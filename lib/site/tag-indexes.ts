/** The three tag indexes side by side, for what treats every kind alike: the page registry, redirects. */
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
