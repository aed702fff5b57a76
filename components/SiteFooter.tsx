import { OPEN_DATA_PATH, SITEMAP_PATH, TRENDS_PATH } from '@/lib/paths';
import { publicAddress, publicPath } from '@/lib/site/publishing';

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>
          An unofficial catalog of the public Google Summer of Code archive. Organization and project texts are as the archive
          published them. <a href={publicPath(OPEN_DATA_PATH)}>Open data</a> · <a href={publicPath(TRENDS_PATH)}>Trends</a>
          {/* A build without SITE_URL has no sitemap (its URLs must be absolute). */}
          {publicAddress().siteUrl !== undefined && <> · <a href={publicPath(SITEMAP_PATH)}>Sitemap</a></>}
        </p>
      </div>
    </footer>
  );
}
