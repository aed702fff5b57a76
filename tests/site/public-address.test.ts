/** SITE_URL and BASE_PATH: what the build accepts, what it refuses and says instead, and the hrefs they make. */
import { afterEach, describe, expect, it } from 'vitest';
import { assetUrl } from '../../lib/site/assets';
import { absoluteUrl, publicPath, publishAt, UNPUBLISHED } from '../../lib/site/publishing';
import { parseBasePath, parseSiteUrl, PublicAddressError, readPublicAddress } from '../../lib/site/public-address';

describe('SITE_URL', () => {
  it('is the origin of an absolute http(s) URL, or nothing when unset', () => {
    expect(parseSiteUrl('https://example.org')).toBe('https://example.org');
    expect(parseSiteUrl('https://example.org/')).toBe('https://example.org');
    expect(parseSiteUrl(' http://Example.org:8080 ')).toBe('http://example.org:8080');
    expect(parseSiteUrl(undefined)).toBeUndefined();
    expect(parseSiteUrl('')).toBeUndefined();
  });

  it.each([
    ['example.org', /not an absolute URL.*SITE_URL=https:\/\/example\.org/],
    ['/gsoc-archive', /not an absolute URL/],
    ['ftp://example.org', /not an http\(s\) address/],
    ['javascript:alert(1)', /not an http\(s\) address/],
    ['https://example.org/?a=1', /query or fragment.*SITE_URL=https:\/\/example\.org$/],
    ['https://example.org/#top', /query or fragment/],
    ['https://example.org?', /query or fragment/],
    ['https://user:secret@example.org', /user name or password/],
    ['https://example.org//', /^SITE_URL=https:\/\/example\.org\/\/ has slashes after the host but no path: write SITE_URL=https:\/\/example\.org$/],
    ['https://example.org///a//b/', /has a path \(\/a\/b\).*SITE_URL=https:\/\/example\.org and the path as BASE_PATH=\/a\/b$/],
    ['https://name.github.io/gsoc-archive/', /has a path \(\/gsoc-archive\).*SITE_URL=https:\/\/name\.github\.io and the path as BASE_PATH=\/gsoc-archive/],
  ])('refuses %s, saying what to write', (value, message) => {
    expect(() => parseSiteUrl(value)).toThrow(PublicAddressError);
    expect(() => parseSiteUrl(value)).toThrow(message);
  });
});

describe('BASE_PATH', () => {
  it('is a path of safe segments, or "" when unset', () => {
    expect(parseBasePath('/gsoc-archive')).toBe('/gsoc-archive');
    expect(parseBasePath('/a/b_c.d~e')).toBe('/a/b_c.d~e');
    expect(parseBasePath(undefined)).toBe('');
    expect(parseBasePath('')).toBe('');
  });

  it.each([
    ['gsoc-archive', /must start with "\/".*BASE_PATH=\/gsoc-archive/],
    ['/gsoc-archive/', /must not end with "\/".*BASE_PATH=\/gsoc-archive$/],
    ['/', /leave BASE_PATH unset/],
    ['//evil.example', /only letters, digits/],
    ['/a//b', /only letters, digits/],
    ['/a/../b', /only letters, digits/],
    ['/gsoc archive', /only letters, digits/],
    ['/a"onload="x', /only letters, digits/],
    ['/a?b', /only letters, digits/],
    ['/caf%C3%A9', /only letters, digits/],
  ])('refuses %s, saying what to write', (value, message) => {
    expect(() => parseBasePath(value)).toThrow(PublicAddressError);
    expect(() => parseBasePath(value)).toThrow(message);
  });
});

describe('publicPath and absoluteUrl', () => {
  afterEach(() => {
    publishAt(UNPUBLISHED);
  });

  it('serve a site path under BASE_PATH, and make it absolute with SITE_URL', () => {
    publishAt(readPublicAddress({ SITE_URL: 'https://name.github.io', BASE_PATH: '/gsoc-archive' }));
    expect(publicPath('/')).toBe('/gsoc-archive/');
    expect(publicPath('/orgs/xen-project/2014/')).toBe('/gsoc-archive/orgs/xen-project/2014/');
    expect(publicPath('/search/?q=rust')).toBe('/gsoc-archive/search/?q=rust');
    expect(absoluteUrl('/orgs/')).toBe('https://name.github.io/gsoc-archive/orgs/');
  });

  it('leave a site path as it is at the root of the host, and make no absolute URL without SITE_URL', () => {
    publishAt(readPublicAddress({ SITE_URL: '', BASE_PATH: '' }));
    expect(publicPath('/orgs/')).toBe('/orgs/');
    expect(absoluteUrl('/orgs/')).toBeUndefined();
  });

  it('version the site files under the base path', () => {
    publishAt(readPublicAddress({ BASE_PATH: '/gsoc-archive' }));
    expect(assetUrl('/site.css')).toMatch(/^\/gsoc-archive\/site\.css\?v=[0-9a-f]{10}$/);
  });

  it('stop the build when a setting is wrong, with the message for the builder', () => {
    expect(() => readPublicAddress({ SITE_URL: 'example.org' })).toThrow(/SITE_URL=example\.org is not an absolute URL/);
    expect(() => readPublicAddress({ BASE_PATH: 'gsoc-archive/' })).toThrow(/BASE_PATH=gsoc-archive\/ must start with "\/"/);
  });
});
