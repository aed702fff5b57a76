import { Fragment, type ReactNode } from 'react';
import { FieldValue } from './ExternalLink';
import { TagLinks } from './TagLinks';
import type { OrganizationYear } from '@/lib/content/schema';

/** What an archive page says about an organization besides its description, as a definition list. */
export function OrganizationFacts({ organizationYear, caption }: { organizationYear: OrganizationYear; caption?: string }) {
  const rows: { label: string; value: ReactNode }[] = [];
  if (organizationYear.category) rows.push({ label: 'Category', value: <TagLinks kind="category" names={[organizationYear.category]} /> });
  if (organizationYear.license) rows.push({ label: 'License', value: organizationYear.license });
  if (organizationYear.webPage) rows.push({ label: 'Web page', value: <FieldValue value={organizationYear.webPage} /> });
  if (organizationYear.mailingList) rows.push({ label: 'Mailing list', value: <FieldValue value={organizationYear.mailingList} /> });
  for (const link of organizationYear.links) rows.push({ label: link.label, value: <FieldValue value={link.value} /> });
  if (organizationYear.topics.length > 0) rows.push({ label: 'Topics', value: <TagLinks kind="topic" names={organizationYear.topics} /> });
  if (organizationYear.technologies.length > 0) rows.push({ label: 'Technologies', value: <TagLinks kind="technology" names={organizationYear.technologies} /> });
  if (rows.length === 0) return null;
  return (
    <>
      {caption && <p className="visually-hidden">{caption}</p>}
      <dl className="facts">
        {rows.map((row, index) => (
          <Fragment key={index}>
            <dt>{row.label}</dt>
            <dd>{row.value}</dd>
          </Fragment>
        ))}
      </dl>
    </>
  );
}
