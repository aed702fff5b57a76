/**
 * Organizations the query names ("kde" → KDE Community), above the projects: one line each and
 * at most three (lib/search/config.ts), so that on a phone the projects stay in view.
 */
import { plural, yearRanges } from '@/lib/format';
import type { OrganizationHit } from '@/lib/search/client';

export function OrganizationResults({ organizations }: { organizations: OrganizationHit[] }) {
  return (
    <section className="search-organizations" aria-label="Organizations">
      <ul>
        {organizations.map((organization) => (
          <li key={organization.slug} data-org={organization.slug}>
            <span className="search-organizations__kind">Organization</span> <a href={organization.path}>{organization.name}</a>{' '}
            <span className="muted">
              {organization.formerNames.length > 0 && `formerly ${organization.formerNames.join(', ')} · `}
              {yearRanges(organization.years)} · {plural(organization.projectCount, 'project')}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
