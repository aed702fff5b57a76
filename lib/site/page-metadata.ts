/** What each kind of archive page says about itself (PageMeta), from its record. */
import { editionName } from '../programs';
import type { OrganizationYear, Project } from '../content/schema';
import { plural, yearRanges } from '../human-readable';
import { yearPath } from '../paths';
import { abstractExcerpt, excerpt } from '../render';
import type { Organization, Year } from './catalog';
import { TAG_KIND_WORDS, type Tag } from './tag-index';
import type { Technology } from './technologies';
import { metaDescription, type PageMeta } from './metadata';

export function organizationMeta(organization: Organization): PageMeta {
  const summary = `${organization.name} in Google Summer of Code: ${plural(organization.projectCount, 'project')}, ${yearRanges(organization.years)}.`;
  const description = excerpt(organization.latest.description, organization.latest.markup, 120);
  return { title: organization.name, description: metaDescription(`${summary} ${description}`), path: organization.path };
}

export function organizationYearMeta(organizationYear: OrganizationYear): PageMeta {
  const summary = `${organizationYear.name} in ${editionName(organizationYear)}: ${plural(organizationYear.projectCount, 'project')}.`;
  const description = excerpt(organizationYear.description, organizationYear.markup, 120);
  return { title: `${organizationYear.name} · ${editionName(organizationYear)}`, description: metaDescription(`${summary} ${description}`), path: organizationYear.path };
}

export function projectMeta(project: Project): PageMeta {
  const lead = `${project.organization}, ${editionName(project)}.`;
  return {
    title: `${project.title} · ${project.organization} ${project.year}`,
    description: metaDescription(`${lead} ${abstractExcerpt(project, 200)}`),
    path: project.path,
    type: 'article',
  };
}

export function yearMeta(year: Year): PageMeta {
  return {
    title: `${year.year}`,
    description: `The ${plural(year.organizationCount, 'organization')} and ${plural(year.projectCount, 'project')} of ${year.year} in the Google Summer of Code archive.`,
    path: yearPath(year.year),
  };
}

export function technologyMeta(technology: Technology): PageMeta {
  return {
    title: technology.name,
    description: `${plural(technology.uses.length, 'organization')} of Google Summer of Code that use ${technology.name}, and their ${plural(technology.projectCount, 'project')}: ${technology.ownProjectCount.toLocaleString('en-US')} name ${technology.name} themselves.`,
    path: technology.path,
  };
}

/** A topic's or a category's page. */
export function tagMeta(tag: Tag): PageMeta {
  const { singular } = TAG_KIND_WORDS[tag.kind];
  return {
    title: `${tag.name} (${singular})`,
    description: `${plural(tag.uses.length, 'organization')} of Google Summer of Code gave ${tag.name} as their ${singular}, in ${plural(tag.organizationYearCount, 'organization-year')} with ${plural(tag.projects.length, 'project')}.`,
    path: tag.path,
  };
}

/** An old address: not indexed, its canonical URL the page it moved to. */
export function redirectMeta(to: string): PageMeta {
  return { title: 'Page moved', description: `This page is now at ${to}.`, path: to, noindex: true, redirectTo: to };
}
