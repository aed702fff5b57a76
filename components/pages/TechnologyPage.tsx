import { Breadcrumbs } from '../Breadcrumbs';
import { NameList } from '../NameList';
import { ProjectLinks, TagUseList } from '../TagLists';
import { CatalogTagTrend } from '../TagTrendSection';
import { plural } from '@/lib/human-readable';
import type { Technology } from '@/lib/site/technologies';
import { HOME_PATH, searchPath, TECHNOLOGIES_PATH } from '@/lib/paths';
import { publicPath } from '@/lib/site/publishing';

/** Projects listed on the page itself; the rest are a search away, so that python's page stays light. */
export const PROJECTS_SHOWN = 100;

export function TechnologyPage({ technology }: { technology: Technology }) {
  const own = technology.projects.slice(0, Math.min(technology.ownProjectCount, PROJECTS_SHOWN));
  const others = technology.projects.slice(technology.ownProjectCount, technology.ownProjectCount + PROJECTS_SHOWN - own.length);
  const shown = own.length + others.length;
  const searchAll = searchPath({ technology: technology.slug });
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Home', href: HOME_PATH }, { label: 'Technologies', href: TECHNOLOGIES_PATH }]} current={technology.name} />
      <h1>{technology.name}</h1>
      <p className="lede">
        {plural(technology.uses.length, 'organization')} named <bdi>{technology.name}</bdi> among their technologies, in{' '}
        {plural(technology.organizationYearCount, 'organization-year')} with {plural(technology.projectCount, 'project')}; {plural(technology.ownProjectCount, 'project')} name
        {technology.ownProjectCount === 1 ? 's it in its' : ' it in their'} own title or abstract.
      </p>
      {technology.spellings.length > 0 && (
        <p className="muted">
          Also written: <NameList names={technology.spellings} />.
        </p>
      )}

      <CatalogTagTrend tag={technology} />

      <h2>Organizations</h2>
      <TagUseList uses={technology.uses} />

      <h2>Projects</h2>
      {technology.projectCount > shown && (
        <p>
          {shown} of {technology.projectCount.toLocaleString('en-US')}. <a href={publicPath(searchAll)}>Search all {technology.name} projects</a>
        </p>
      )}
      {own.length > 0 && (
        <>
          <h3>Projects that name <bdi>{technology.name}</bdi></h3>
          <ProjectLinks projects={own} />
        </>
      )}
      {others.length > 0 && (
        <>
          <h3>{own.length > 0 ? 'Other projects of these organizations' : <>Projects of organizations using <bdi>{technology.name}</bdi></>}</h3>
          <ProjectLinks projects={others} />
        </>
      )}
    </>
  );
}
