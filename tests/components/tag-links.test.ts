/**
 * A tag whose name is a word that says nothing alone as a link ("go", the language) gets its kind,
 * unseen, in the link's text; other names are the whole text of their link.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TagLinks } from '../../components/TagLinks';

const linkTexts = (html: string) => [...html.matchAll(/<a [^>]*>(.*?)<\/a>/g)].map((match) => match[1]!.replace(/<[^>]+>/g, ''));

describe('tag links', () => {
  it('names the kind after a tag that says nothing alone as a link, and only then', () => {
    const html = renderToStaticMarkup(createElement(TagLinks, { kind: 'technology', names: ['go', 'Python', 'More'] }));
    expect(linkTexts(html)).toEqual(['go (technology)', 'Python', 'More (technology)']);
    expect(html).toContain('<span class="visually-hidden"> (technology)</span>');
  });
});
