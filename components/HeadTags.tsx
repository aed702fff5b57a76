import { absoluteUrl, publicPath, SITE_NAME, THEME_COLORS } from '@/lib/site/publishing';
import { documentTitle, type PageMeta } from '@/lib/site/metadata';

/** The <head> of a document page: what Next's Metadata gives its own pages, from the same PageMeta. */
export function HeadTags({ meta }: { meta: PageMeta }) {
  const url = meta.path === undefined ? undefined : absoluteUrl(meta.path);
  return (
    <>
      <meta charSet="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      {meta.redirectTo && <meta httpEquiv="refresh" content={`0; url=${publicPath(meta.redirectTo)}`} />}
      <title>{documentTitle(meta)}</title>
      <meta name="description" content={meta.description} />
      {meta.noindex && <meta name="robots" content="noindex, follow" />}
      {/* Without SITE_URL no canonical link and no og:url: better none than a wrong host. */}
      {/* eslint-disable-next-line no-restricted-syntax -- absoluteUrl: already the published address */}
      {url !== undefined && <link rel="canonical" href={url} />}
      <meta property="og:title" content={meta.title} />
      <meta property="og:description" content={meta.description} />
      {url !== undefined && <meta property="og:url" content={url} />}
      <meta property="og:site_name" content={SITE_NAME} />
      <meta property="og:type" content={meta.type ?? 'website'} />
      <meta name="twitter:card" content="summary" />
      <meta name="twitter:title" content={meta.title} />
      <meta name="twitter:description" content={meta.description} />
      {THEME_COLORS.map((theme) => (
        <meta key={theme.media} name="theme-color" media={theme.media} content={theme.color} />
      ))}
    </>
  );
}
