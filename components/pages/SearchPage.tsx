import { Breadcrumbs } from '../Breadcrumbs';
import { SearchForm } from '../SearchForm';

export function SearchPage() {
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Home', href: '/' }]} current="Search" />
      <h1>Search projects</h1>
      <SearchForm id="search-page-input" large />
      <noscript>
        <p>
          Search runs in your browser and needs JavaScript. Without it, browse <a href="/years/">the years</a> or{' '}
          <a href="/orgs/">the organizations, A–Z</a>.
        </p>
      </noscript>
    </>
  );
}
