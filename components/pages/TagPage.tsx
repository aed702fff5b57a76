import { Breadcrumbs } from '../Breadcrumbs';
import { NameList } from '../NameList';
import { ProjectLinks, TagUseList } from '../TagLists';
import { CatalogTagTrend } from '../TagTrendSection';
import { plural } from '@/lib/human-readable';
import { HOME_PATH, TAG_INDEX_PATHS } from '@/lib/paths';
import { TAG_KIND_WORDS, type Tag } from '@/lib/site/tag-index';

/** Projects listed on a topic's or category's page: the most recent; a category has thousands. */
export const RECENT_PROJECTS_SHOWN = 50;

/** A topic or a category: the organizations that gave it, and their most recent projects. */
export function TagPage({ tag }: { tag: Tag }) {
  const { singular, label, title } = TAG_KIND_WORDS[tag.kind];
  const recent = tag.projects.slice(0, RECENT_PROJECTS_SHOWN);
  const gave = tag.kind === 'category' ? <>had <bdi>{tag.name}</bdi> as their category</> : <>gave <bdi>{tag.name}</bdi> among their topics</>;
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Home', href: HOME_PATH }, { label: title, href: TAG_INDEX_PATHS[tag.kind] }]} current={tag.name} />
      <h1>{tag.name}</h1>
      <p className="eyebrow">{label}</p>
      <p className="lede">
        {plural(tag.uses.length, 'organization')} {gave}, in {plural(tag.organizationYearCount, 'organization-year')} with {plural(tag.projects.length, 'project')}. In the
        archive a {singular} belongs to the organization-year, not to a project: the projects are those of these organization-years.
      </p>
      {tag.spellings.length > 0 && (
        <p className="muted">
          Also written: <NameList names={tag.spellings} />.
        </p>
      )}

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
