import { OPEN_DATA_PATH, SITEMAP_PATH } from '@/lib/paths';

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>
          An unofficial catalog of the public Google Summer of Code archive. Organization and project texts are as the archive
          published them. <a href={OPEN_DATA_PATH}>Open data</a> · <a href={SITEMAP_PATH}>Sitemap</a>
        </p>
      </div>
    </footer>
  );
}
