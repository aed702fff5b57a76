/** The metadata of each kind of page, from its record. */
import type { Metadata } from 'next';
import { editionName } from '../content/programs';
import type { OrganizationYear, Project } from '../content/schema';
import { plural, yearRanges } from '../format';
import { excerpt } from '../render';
import type { Organization, Year } from './catalog';
import type { Technology } from './technologies';
import { metaDescription, pageMetadata } from './metadata';

export function organizationMetadata(organization: Organization): Metadata {
  const summary = `${organization.name} in Google Summer of Code: ${plural(organization.projectCount, 'project')}, ${yearRanges(organization.years)}.`;
  const description = excerpt(organization.latest.description, organization.latest.markup, 120);
  return pageMetadata({ title: organization.name, description: metaDescription(`${summary} ${description}`), path: organization.path });
}

export function organizationYearMetadata(edition: OrganizationYear): Metadata {
  const summary = `${edition.name} in ${editionName(edition)}: ${plural(edition.projectCount, 'project')}.`;
  const description = excerpt(edition.description, edition.markup, 120);
  return pageMetadata({ title: `${edition.name} · ${editionName(edition)}`, description: metaDescription(`${summary} ${description}`), path: edition.path });
}

export function projectMetadata(project: Project): Metadata {
  const lead = `${project.organization}, ${editionName(project)}.`;
  return pageMetadata({
    title: `${project.title} · ${project.organization} ${project.year}`,
    description: metaDescription(`${lead} ${excerpt(project.abstract, project.markup, 200)}`),
    path: project.path,
    type: 'article',
  });
}

export function yearMetadata(year: Year): Metadata {
  return pageMetadata({
    title: `${year.year}`,
    description: `The ${plural(year.organizationCount, 'organization')} and ${plural(year.projectCount, 'project')} of ${year.year} in the Google Summer of Code archive.`,
    path: `/years/${year.year}/`,
  });
}

export function technologyMetadata(technology: Technology): Metadata {
  return pageMetadata({
    title: technology.name,
    description: `${plural(technology.uses.length, 'organization')} and ${plural(technology.projectCount, 'project')} of Google Summer of Code that use ${technology.name}.`,
    path: technology.path,
  });
}
