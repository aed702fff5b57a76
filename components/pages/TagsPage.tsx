import type { ReactNode } from 'react';
import { Breadcrumbs } from '../Breadcrumbs';
import { LetterGroups } from '../LetterIndex';
import { plural } from '@/lib/human-readable';
import { HOME_PATH } from '@/lib/paths';
import { TAG_KIND_WORDS, type Tag, type TagKind } from '@/lib/site/tag-index';
import { publicPath } from '@/lib/site/publishing';
import { TagName } from '../TagName';

/** What a topic or category counts: organizations and organization-years, to whom the tag belongs. */
function organizationCounts(tag: Tag): ReactNode {
  return `${plural(tag.uses.length, 'organization')}, ${plural(tag.organizationYearCount, 'organization-year')}`;
}

const LEDES: Record<TagKind, (count: number) => ReactNode> = {
  technology: (count) => `${plural(count, 'technology', 'technologies')} that organizations name in the archive since 2016, A–Z, each with the organizations that use it.`,
  topic: (count) =>
    `${plural(count, 'topic')} that organizations give themselves in the archive since 2016, A–Z. A topic belongs to an organization-year: each counts the organizations and the organization-years that gave it.`,
  category: (count) =>
    `${plural(count, 'category', 'categories')}: since 2016 the archive files each organization-year under one. Each counts the organizations and the organization-years filed under it.`,
};

/** A kind's tags A–Z, each with its counts (`detail`; by default organizations and organization-years). */
export function TagsPage<T extends Tag>({ kind, tags, detail = organizationCounts }: { kind: TagKind; tags: T[]; detail?: (tag: T) => ReactNode }) {
  const { title } = TAG_KIND_WORDS[kind];
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Home', href: HOME_PATH }]} current={title} />
      <h1>{title}</h1>
      <p className="lede">{LEDES[kind](tags.length)}</p>
      <LetterGroups
        items={tags}
        nameOf={(tag) => tag.name}
        renderItem={(tag) => (
          <li key={tag.slug}>
            <a href={publicPath(tag.path)}>
              <TagName kind={kind} name={tag.name} />
            </a> <span className="muted">· {detail(tag)}</span>
          </li>
        )}
      />
    </>
  );
}
