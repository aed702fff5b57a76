import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { NEIGHBOURS_SHOWN, ProjectPage } from '../../components/pages/ProjectPage';
import { organization, organizationYear, project } from '../helpers/records';

describe('a project page', () => {
  const year = organizationYear('big-org', 2020);
  const siblings = Array.from({ length: 100 }, (_, index) => project(year, `Project ${String(index).padStart(3, '0')}`));
  const render = (index: number) =>
    renderToStaticMarkup(createElement(ProjectPage, { organization: organization([year]), organizationYear: year, project: siblings[index]!, siblings }));
  const neighbourTitles = (html: string) => [...html.slice(html.indexOf('id="other-projects"')).matchAll(/>(Project \d+)</g)].map((match) => match[1]);

  it('lists a window of its neighbours, not every project of a large page, and links to them all', () => {
    const html = render(50);
    const titles = neighbourTitles(html);
    expect(titles).toHaveLength(NEIGHBOURS_SHOWN);
    expect(titles).not.toContain('Project 050');
    expect(titles[0]).toBe('Project 040');
    expect(html).toContain(`href="${year.path}">All 99 other projects of Google Summer of Code 2020</a>`);
  });

  it('keeps the window inside the page at its ends', () => {
    expect(neighbourTitles(render(0))[0]).toBe('Project 001');
    expect(neighbourTitles(render(99)).at(-1)).toBe('Project 098');
  });
});
