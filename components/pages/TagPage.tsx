import type { ReactNode } from 'react';
import { Breadcrumbs } from '../Breadcrumbs';
import type { DocumentPage } from '../document';
import { ProjectLinks, TagUseList } from '../TagLists';
import { CatalogTagTrend } from '../TagTrendSection';
import { plural } from '@/lib/format';
import { HOME_PATH, ORGANIZATIONS_PATH, TAG_INDEX_PATHS, YEARS_PATH } from '@/lib/paths';
import type { PageMeta } from '@/lib/site/metadata';
import { tagMeta } from '@/lib/site/page-metadata';
import { TAG_KIND_WORDS, type Tag, type TagKind } from '@/lib/site/tag-index';
import { TAG_INDEXES } from '@/lib/site/tags';
import { publicPath } from '@/lib/site/config';

/** Projects listed on a topic's or category's page: the most recent; a category has thousands. */
export const RECENT_PROJECTS_SHOWN = 50;

/** A topic or a category: the organizations that gave it, and their most recent projects. */
export function TagPage({ tag }: { tag: Tag }) {
  const { singular, label, title } = TAG_KIND_WORDS[tag.kind];
  const recent = tag.projects.slice(0, RECENT_PROJECTS_SHOWN);
  const gave = tag.kind === 'category' ? `had ${tag.name} as their category` : `gave ${tag.name} among their topics`;
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Home', href: HOME_PATH }, { label: title, href: TAG_INDEX_PATHS[tag.kind] }]} current={tag.name} />
      <h1>{tag.name}</h1>
      <p className="eyebrow">{label}</p>
      <p className="lede">
        {plural(tag.uses.length, 'organization')} {gave}, in {plural(tag.organizationYearCount, 'organization-year')} with {plural(tag.projects.length, 'project')}. In the
        archive a {singular} belongs to the organization-year, not to a project: the projects are those of these organization-years.
      </p>
      {tag.spellings.length > 0 && <p className="muted">Also written: {tag.spellings.join(', ')}.</p>}

      <CatalogTagTrend tag={tag} />

      <h2>Organizations</h2>
      <TagUseList uses={tag.uses} />

      {recent.length > 0 && (
        <>
          <h2>Recent projects</h2>
          {tag.projects.length > recent.length && (
            <p className="muted">
              The {recent.length} most recent of {tag.projects.length.toLocaleString('en-US')}; each organization above lists the rest.
            </p>
          )}
          <ProjectLinks projects={recent} />
        </>
      )}
    </>
  );
}

/** The placeholder of an archive that names no tag of a kind (a static export needs one path). */
export function NoTagsPage({ kind }: { kind: TagKind }) {
  const { plural: kinds } = TAG_KIND_WORDS[kind];
  return (
    <>
      <h1>No {kinds}</h1>
      <p className="lede">
        The pages of this catalog name no {kinds}: the archive lists them from 2016 on. Browse <a href={publicPath(ORGANIZATIONS_PATH)}>the organizations</a> or{' '}
        <a href={publicPath(YEARS_PATH)}>the years</a>.
      </p>
    </>
  );
}

/**
 * The document at a tag's slug: its page (drawn by `render`), or, when the catalog names no tag
 * of the kind, the placeholder; undefined otherwise (an old spelling: its redirect).
 */
export function tagDocument<T extends Tag>(
  kind: TagKind,
  slug: string,
  find: (slug: string) => T | undefined,
  render: (tag: T) => ReactNode,
  meta: (tag: T) => PageMeta = tagMeta,
): DocumentPage | undefined {
  const found = find(slug);
  if (found) return { meta: meta(found), body: render(found) };
  if (TAG_INDEXES[kind].list().length > 0) return undefined;
  const { plural: kinds } = TAG_KIND_WORDS[kind];
  return {
    meta: { title: `No ${kinds}`, description: `This catalog names no ${kinds}.`, path: TAG_INDEX_PATHS[kind], noindex: true },
    body: <NoTagsPage kind={kind} />,
  };
}
