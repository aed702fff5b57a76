/** The tag index that technologies, topics and categories share, on hand-made records. */
import { describe, expect, it } from 'vitest';
import type { OrganizationYear, Project } from '../../lib/content/schema';
import { indexTags, spellingRedirects, tagsOf } from '../../lib/site/tag-index';
import { organization, organizationYear, project } from '../helpers/records';

const alpha2017 = organizationYear('alpha', 2017, { topics: ['machine learning', 'compilers'], category: 'Programming languages', projectCount: 2 });
const alpha2018 = organizationYear('alpha', 2018, { topics: ['compilers'], category: 'Programming languages', projectCount: 1 });
const beta2018 = organizationYear('beta', 2018, { topics: ['machine learning'], category: 'Science and medicine', projectCount: 3 });
const gamma2010 = organizationYear('gamma', 2010, { projectCount: 4 });
const organizations = [organization([alpha2017, alpha2018]), organization([beta2018]), organization([gamma2010])];

const projects = new Map<OrganizationYear, Project[]>([
  [alpha2017, [project(alpha2017, 'Inliner'), project(alpha2017, 'Borrow Checker')]],
  [alpha2018, [project(alpha2018, 'Vectorizer')]],
  [beta2018, [project(beta2018, 'Cell Counter'), project(beta2018, 'Atlas'), project(beta2018, 'Brain Maps')]],
  [gamma2010, []],
]);
const projectsOf = (of: OrganizationYear) => projects.get(of) ?? [];

describe('the tag index', () => {
  const topics = indexTags('topic', organizations, projectsOf, (name) => (name === 'machine learning' ? ['ML', 'machine-learning', 'machine learning', 'ai/ml'] : []));

  it('lists each canonical tag once, A–Z, at its page', () => {
    expect(topics.map((topic) => [topic.name, topic.path])).toEqual([
      ['compilers', '/topics/compilers/'],
      ['machine learning', '/topics/machine-learning/'],
    ]);
  });

  it('counts organizations and organization-years, the most projects first', () => {
    const machineLearning = topics[1]!;
    expect(machineLearning.uses.map((use) => [use.organization.slug, use.projectCount])).toEqual([
      ['beta', 3],
      ['alpha', 2],
    ]);
    expect(machineLearning.organizationYearCount).toBe(2);
    const compilers = topics[0]!;
    expect(compilers.uses).toHaveLength(1);
    expect(compilers.uses[0]!.organizationYears.map((each) => each.year)).toEqual([2018, 2017]);
  });

  it('gives the projects of the organization-years, newest first', () => {
    expect(topics[0]!.projects.map((each) => each.title)).toEqual(['Vectorizer', 'Borrow Checker', 'Inliner']);
  });

  it('keeps other spellings, but not a list of several tags, and redirects only those with their own slug', () => {
    expect(topics[1]!.spellings).toEqual(['ML', 'machine-learning']);
    expect(spellingRedirects('topic', topics)).toEqual([{ from: '/topics/ml/', to: '/topics/machine-learning/' }]);
  });

  it('indexes categories, one per organization-year, the same way', () => {
    const categories = indexTags('category', organizations, projectsOf);
    expect(categories.map((category) => [category.name, category.path, category.uses.length, category.organizationYearCount])).toEqual([
      ['Programming languages', '/categories/programming-languages/', 1, 2],
      ['Science and medicine', '/categories/science-and-medicine/', 1, 1],
    ]);
    expect(tagsOf('category', gamma2010)).toEqual([]);
  });
});
