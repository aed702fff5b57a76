import { Breadcrumbs } from '../Breadcrumbs';
import { SearchApp } from '../search/SearchApp';
import { HOME_PATH, ORGANIZATIONS_PATH, YEARS_PATH } from '@/lib/paths';
import { publicPath } from '@/lib/site/config';

export function SearchPage({ technologyFilter }: { technologyFilter: boolean }) {
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Home', href: HOME_PATH }]} current="Search" />
      <h1>Search projects</h1>
      <noscript>
        {/* Without JavaScript the search box would only pretend to work: hide it, and say why. */}
        <style>{'.search-app { display: none; }'}</style>
        <p className="lede">
          Search runs in your browser and needs JavaScript. Without it, browse <a href={publicPath(YEARS_PATH)}>the years</a> or{' '}
          <a href={publicPath(ORGANIZATIONS_PATH)}>the organizations, A–Z</a>.
        </p>
      </noscript>
      <SearchApp technologyFilter={technologyFilter} />
    </>
  );
}
