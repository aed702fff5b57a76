import { Breadcrumbs } from '../Breadcrumbs';
import { groupByLetter, LetterIndex, letterId } from '../LetterIndex';
import type { Organization } from '@/lib/site/catalog';
import { plural, yearRanges } from '@/lib/format';

export function OrganizationsPage({ organizations }: { organizations: Organization[] }) {
  const groups = groupByLetter(organizations, (organization) => organization.name);
  const projects = organizations.reduce((sum, organization) => sum + organization.projectCount, 0);
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Home', href: '/' }]} current="Organizations" />
      <h1>Organizations</h1>
      <p className="lede">
        {plural(organizations.length, 'organization')}, A–Z, with the years they took part and {plural(projects, 'project')} in all.
      </p>
      <LetterIndex letters={groups.map((group) => group.letter)} />
      {groups.map((group) => (
        <section key={group.letter} className="letter-group" aria-labelledby={letterId(group.letter)}>
          <h2 id={letterId(group.letter)}>{group.letter}</h2>
          <ul className="plain-list org-list">
            {group.items.map((organization) => (
              <li key={organization.slug}>
                <a href={organization.path}>{organization.name}</a> <span className="muted">· {yearRanges(organization.years)}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
