/**
 * The search page's results as DOM: built with textContent and attributes only, never HTML from
 * the index (titles and abstracts are content: untrusted).
 */
import { plural, yearRanges } from '@/lib/human-readable';
import type { OrganizationHit, Snippet, SnippetPart } from '@/lib/search/client';

/** The class of each result's link: what the arrow keys move through. */
export const RESULT_LINK_CLASS = 'search-result__link';

/** A site path made absolute for a site served under a base path (from <html data-base-path>). */
export type SiteUrl = (path: string) => string;

type Child = Node | string | false | undefined;

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const child of children) if (child !== false && child !== undefined) node.append(child);
  return node;
}

function marked(parts: readonly SnippetPart[]): Node[] {
  return parts.map((part) => (part.match ? element('mark', {}, part.text) : document.createTextNode(part.text)));
}

export interface ResultView {
  path: string;
  title: SnippetPart[];
  organization: string;
  year: number;
  /** The contributor or mentor whose name the query matched (matched words marked): a result found by a name says so. */
  person?: { role: 'contributor' | 'mentor'; name: SnippetPart[] };
}

/**
 * One result: its title (matched words marked) linking to the permalink, organization · year (and
 * the person the query named, on the same line: no result grows a line), and a place for its snippet.
 */
export function resultItem(result: ResultView, siteUrl: SiteUrl, snippet: Snippet | undefined): HTMLLIElement {
  const person = result.person && element('span', { class: 'search-result__person' }, ` · ${result.person.role} `, ...marked(result.person.name));
  return element(
    'li',
    { class: 'search-result', 'data-path': result.path },
    element('a', { class: RESULT_LINK_CLASS, href: siteUrl(result.path) }, ...marked(result.title)),
    element('p', { class: 'search-result__meta' }, `${result.organization} · ${result.year}`, person),
    snippetParagraph(snippet),
  );
}

/** The snippet, or "…" holding its place (the lines are reserved in CSS, so nothing moves when it arrives). */
export function snippetParagraph(snippet: Snippet | undefined): HTMLParagraphElement {
  if (!snippet) return element('p', { class: 'search-result__snippet' }, element('span', { class: 'muted' }, '…'));
  return element('p', { class: 'search-result__snippet' }, snippet.truncatedStart && '… ', ...marked(snippet.parts), snippet.truncatedEnd && ' …');
}

export interface NamedPage {
  kind: 'Organization' | 'Technology';
  name: string;
  path: string;
  detail: string;
  /** For organizations, its slug (data-org). */
  slug?: string;
}

/** Organizations (and a technology) the query names, one line each, above the projects. */
export function namedPages(pages: readonly NamedPage[], siteUrl: SiteUrl): HTMLElement {
  return element(
    'section',
    { class: 'search-organizations', 'aria-label': 'Organizations and technologies' },
    element(
      'ul',
      {},
      ...pages.map((page) =>
        element(
          'li',
          page.slug ? { 'data-org': page.slug } : {},
          element('span', { class: 'search-organizations__kind' }, page.kind),
          ' ',
          element('a', { href: siteUrl(page.path) }, page.name),
          ' ',
          element('span', { class: 'muted' }, page.detail),
        ),
      ),
    ),
  );
}

export function organizationPage(organization: OrganizationHit): NamedPage {
  const former = organization.formerNames.length > 0 ? `formerly ${organization.formerNames.join(', ')} · ` : '';
  return {
    kind: 'Organization',
    name: organization.name,
    path: organization.path,
    slug: organization.slug,
    detail: `${former}${yearRanges(organization.years)} · ${plural(organization.projectCount, 'project')}`,
  };
}

/** What to try when a search finds nothing: never a dead end. */
export function noMatches(query: string, filtered: boolean, links: { years: string; organizations: string; technologies: string }): HTMLElement {
  return element(
    'div',
    { class: 'search-empty' },
    element('p', {}, 'Nothing matches ', element('strong', {}, query ? `“${query}”` : 'these filters'), filtered && query ? ' with these filters' : '', '. Try:'),
    element(
      'ul',
      { class: 'compact-list' },
      element('li', {}, 'fewer or shorter words, or another spelling;'),
      filtered && element('li', {}, 'removing a filter;'),
      element(
        'li',
        {},
        'browsing ',
        element('a', { href: links.years }, 'the years'),
        ', ',
        element('a', { href: links.organizations }, 'the organizations'),
        ' or ',
        element('a', { href: links.technologies }, 'the technologies'),
        '.',
      ),
    ),
  );
}
