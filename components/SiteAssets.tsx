import { assetUrl } from '@/lib/site/assets';
import { SITE_SCRIPT_PATH } from '@/lib/site/publishing';

/**
 * The site's icon, stylesheet and script, in every page's <head>: Next pages and documents alike,
 * since documents cannot link Next's hashed CSS. Versioned by content hash for long caching.
 */
export function SiteAssets() {
  return (
    <>
      <link rel="icon" href={assetUrl('/favicon.svg')} type="image/svg+xml" />
      <link rel="stylesheet" href={assetUrl('/site.css')} />
      <script src={assetUrl(SITE_SCRIPT_PATH)} defer />
    </>
  );
}
