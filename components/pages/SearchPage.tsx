import { Breadcrumbs } from '../Breadcrumbs';
import { SearchApp } from '../search/SearchApp';

export function SearchPage({ technologyFilter }: { technologyFilter: boolean }) {
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Home', href: '/' }]} current="Search" />
      <h1>Search projects</h1>
      <noscript>
        {/* Without JavaScript the search box would only pretend to work: hide it, and say why. */}
        <style>{'.search-app { display: none; }'}</style>
        <p className="lede">
          Search runs in your browser and needs JavaScript. Without it, browse <a href="/years/">the years</a> or{' '}
          <a href="/orgs/">the organizations, A–Z</a>.
        </p>
      </noscript>
      <SearchApp technologyFilter={technologyFilter} />
    </>
  );
}
