/**
 * Every page's head comes from one PageMeta, written by <HeadTags>: title, description, canonical
 * URL, Open Graph and robots tags, under whatever SITE_URL and BASE_PATH the build was given.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { HeadTags } from '../../components/HeadTags';
import { publishAt, UNPUBLISHED } from '../../lib/site/publishing';
import { metaDescription, type PageMeta } from '../../lib/site/metadata';
import { readPublicAddress } from '../../lib/site/public-address';

/** The head writer, for a site published under the given SITE_URL and BASE_PATH (as the route hands them to lib/site/publishing.ts). */
async function writersUnder(variables: { SITE_URL?: string; BASE_PATH?: string }) {
  publishAt(readPublicAddress(variables));
  const documentHead = (meta: PageMeta) => headTags(renderToStaticMarkup(createElement(HeadTags, { meta })));
  return { documentHead };
}

afterEach(() => {
  publishAt(UNPUBLISHED);
});

/** The head tags a document writes, as name → content (and the title, canonical link and refresh). */
function headTags(html: string): Map<string, string> {
  const tags = new Map<string, string>();
  for (const [, key, value] of html.matchAll(/<meta (?:name|property)="([^"]+)" content="([^"]*)"/g)) tags.set(key!, value!);
  tags.set('title', /<title>([^<]*)<\/title>/.exec(html)![1]!);
  const canonical = /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1];
  if (canonical !== undefined) tags.set('canonical', canonical);
  const refresh = /<meta http-equiv="refresh" content="([^"]*)"/.exec(html)?.[1];
  if (refresh !== undefined) tags.set('refresh', refresh);
  return tags;
}

function decode(text: string): string {
  return text.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

const pages: PageMeta[] = [
  { title: 'Xen Project', description: 'Xen Project in Google Summer of Code: 5 projects, 2014.', path: '/orgs/xen-project/' },
  { title: 'Lazy Restore · Xen Project 2014', description: 'A "quoted" & <bracketed> abstract.', path: '/orgs/xen-project/2014/lazy-restore/', type: 'article' },
  { title: 'GSoC Archive Catalog', description: 'Home.', path: '/', absoluteTitle: true },
  { title: 'Page moved', description: 'This page is now at /orgs/xen-project/.', path: '/orgs/xen-project/', noindex: true, redirectTo: '/orgs/xen-project/' },
];

describe('page metadata', () => {
  it.each(pages)('writes the head of "$title" from its PageMeta', async (meta) => {
    const { documentHead } = await writersUnder({ SITE_URL: 'https://example.org' });
    const head = documentHead(meta);
    const url = `https://example.org${meta.path}`;
    expect(decode(head.get('title')!)).toBe(meta.absoluteTitle ? meta.title : `${meta.title} · GSoC Archive Catalog`);
    expect(decode(head.get('description')!)).toBe(meta.description);
    expect(head.get('canonical')).toBe(url);
    expect(decode(head.get('og:title')!)).toBe(meta.title);
    expect(decode(head.get('og:description')!)).toBe(meta.description);
    expect(head.get('og:url')).toBe(url);
    expect(head.get('og:site_name')).toBe('GSoC Archive Catalog');
    expect(head.get('og:type')).toBe(meta.type ?? 'website');
    expect(head.get('robots') === 'noindex, follow').toBe(Boolean(meta.noindex));
  });

  it('gives a page without a path (the 404) no canonical link and no og:url, and lets it be crawled', async () => {
    const { documentHead } = await writersUnder({ SITE_URL: 'https://example.org' });
    const head = documentHead({ title: 'Page not found', description: 'Nothing here.' });
    expect(head.has('canonical')).toBe(false);
    expect(head.has('og:url')).toBe(false);
    expect(head.has('robots')).toBe(false);
  });

  it('names no address of the page without SITE_URL: no canonical link, no og:url, no localhost', async () => {
    const { documentHead } = await writersUnder({});
    for (const meta of pages) {
      const head = documentHead(meta);
      expect(head.has('canonical')).toBe(false);
      expect(head.has('og:url')).toBe(false);
      expect([...head.values()].join(' ')).not.toMatch(/localhost|https?:/);
    }
  });

  it('puts SITE_URL and BASE_PATH in front of the path, in the canonical link, og:url and a redirect', async () => {
    const { documentHead } = await writersUnder({ SITE_URL: 'https://example.org/', BASE_PATH: '/gsoc-archive' });
    const head = documentHead(pages[3]!);
    expect(head.get('canonical')).toBe('https://example.org/gsoc-archive/orgs/xen-project/');
    expect(head.get('og:url')).toBe('https://example.org/gsoc-archive/orgs/xen-project/');
    expect(head.get('refresh')).toBe('0; url=/gsoc-archive/orgs/xen-project/');
  });

  it('keeps meta descriptions to one line of at most 160 characters, cut at a word', () => {
    const long = `${'word '.repeat(60)}\n\nend`;
    const description = metaDescription(long);
    expect(description.length).toBeLessThanOrEqual(160);
    expect(description).toMatch(/^(word )+word…$/);
    expect(metaDescription('  short\n text  ')).toBe('short text');
  });
});
