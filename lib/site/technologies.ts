/**
 * Technologies as the modern archive tags organization-years ("python", "rust", "web services"):
 * the tag index (lib/site/tag-index.ts) for technologies, whose pages list first the projects that
 * name the technology themselves (lib/content/mentions.ts).
 */
import type { Project } from '../content/schema';
import { catalogTagIndex, type Tag, type TagUse } from './tag-index';

export type TechnologyUse = TagUse;

export interface Technology extends Tag {
  /** Projects of the organization-years that use it. */
  projectCount: number;
  /** How many of those name it in their own title or abstract. */
  ownProjectCount: number;
  /** Its projects: those that name it themselves first, then the rest; newest first within each. */
  projects: Project[];
}

const technologies = catalogTagIndex('technology', (tag): Technology => {
  const own = tag.projects.filter((project) => project.technologies.includes(tag.name));
  const others = tag.projects.filter((project) => !project.technologies.includes(tag.name));
  return { ...tag, projectCount: tag.projects.length, ownProjectCount: own.length, projects: [...own, ...others] };
});

/** All technologies, A–Z. */
export function listTechnologies(): Technology[] {
  return technologies.list();
}

export function getTechnology(slug: string): Technology | undefined {
  return technologies.get(slug);
}
