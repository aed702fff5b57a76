/**
 * Topics as the modern archive tags organization-years ("machine learning", "education"): the tag
 * index (lib/site/tag-index.ts) for topics, one page per canonical topic.
 */
import { catalogTagIndex, type Tag } from './tag-index';

export type Topic = Tag;

const topics = catalogTagIndex('topic', (tag) => tag);

/** All topics, A–Z. */
export function listTopics(): Topic[] {
  return topics.list();
}

export function getTopic(slug: string): Topic | undefined {
  return topics.get(slug);
}
