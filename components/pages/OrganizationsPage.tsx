import { Breadcrumbs } from '../Breadcrumbs';
import { LetterGroups } from '../LetterIndex';
import type { Organization } from '@/lib/site/catalog';
import { plural, yearRanges } from '@/lib/format';
import { HOME_PATH } from '@/lib/paths';

export function OrganizationsPage({ organizations }: { organizations: Organization[] }) {
  const projects = organizations.reduce((sum, organization) => sum + organization.projectCount, 0);
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Home', href: HOME_PATH }]} current="Organizations" />
      <h1>Organizations</h1>
      <p className="lede">
        {plural(organizations.length, 'organization')}, A–Z, with the years they took part and {plural(projects, 'project')} in all.
      </p>
      <LetterGroups
        items={organizations}
        nameOf={(organization) => organization.name}
        renderItem={(organization) => (
          <li key={organization.slug}>
            <a href={organization.path}>{organization.name}</a> <span className="muted">· {yearRanges(organization.years)}</span>
          </li>
        )}
      />
    </>
  );
}
