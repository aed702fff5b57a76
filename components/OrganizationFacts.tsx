import { Fragment, type ReactNode } from 'react';
import { FieldValue } from './ExternalLink';
import type { OrganizationYear } from '@/lib/content/schema';
import { technologyPath } from '@/lib/site/technologies';

/** What an archive page says about an organization besides its description, as a definition list. */
export function OrganizationFacts({ edition, caption }: { edition: OrganizationYear; caption?: string }) {
  const rows: { label: string; value: ReactNode }[] = [];
  if (edition.category) rows.push({ label: 'Category', value: edition.category });
  if (edition.license) rows.push({ label: 'License', value: edition.license });
  if (edition.webPage) rows.push({ label: 'Web page', value: <FieldValue value={edition.webPage} /> });
  if (edition.mailingList) rows.push({ label: 'Mailing list', value: <FieldValue value={edition.mailingList} /> });
  for (const link of edition.links) rows.push({ label: link.label, value: <FieldValue value={link.value} /> });
  if (edition.topics.length > 0) rows.push({ label: 'Topics', value: <Tags values={edition.topics} /> });
  if (edition.technologies.length > 0) rows.push({ label: 'Technologies', value: <TechnologyTags technologies={edition.technologies} /> });
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

/** Technologies, each a link to its page. */
export function TechnologyTags({ technologies }: { technologies: string[] }) {
  return (
    <ul className="tags">
      {technologies.map((technology) => (
        <li key={technology}>
          <a className="tag" href={technologyPath(technology)}>
            {technology}
          </a>
        </li>
      ))}
    </ul>
  );
}

function Tags({ values }: { values: string[] }) {
  return (
    <ul className="tags">
      {values.map((value) => (
        <li key={value} className="tag">
          {value}
        </li>
      ))}
    </ul>
  );
}
