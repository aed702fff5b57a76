import { SearchForm } from '../SearchForm';
import { CATEGORIES_PATH, HOME_PATH, ORGANIZATIONS_PATH, TECHNOLOGIES_PATH, TOPICS_PATH, YEARS_PATH } from '@/lib/paths';
import { publicPath } from '@/lib/site/publishing';

/** The 404: say what happened, and offer every way on. */
export function NotFoundPage() {
  return (
    <div className="not-found">
      <h1>Page not found</h1>
      <p className="lede">
        There is no page at this address. It may have been mistyped, or the project or organization may be listed under another
        name.
      </p>
      <p>Search for the project or organization:</p>
      {/* The site's search box on this page: the header has none here (headerSearch below). */}
      <SearchForm id="site-search" name="Search for the project or organization" large shortcut />
      <p>Or browse:</p>
      <ul className="compact-list">
        <li>
          <a href={publicPath(HOME_PATH)}>The catalog&apos;s home page</a>
        </li>
        <li>
          <a href={publicPath(ORGANIZATIONS_PATH)}>All organizations, A–Z</a>
        </li>
        <li>
          <a href={publicPath(YEARS_PATH)}>All years</a>
        </li>
        <li>
          All <a href={publicPath(TECHNOLOGIES_PATH)}>technologies</a>, <a href={publicPath(TOPICS_PATH)}>topics</a> and <a href={publicPath(CATEGORIES_PATH)}>categories</a>
        </li>
      </ul>
    </div>
  );
}
