import { SearchForm } from './SearchForm';

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <a className="site-title" href="/">
          <span className="site-title__mark" aria-hidden="true">
            GS
          </span>
          GSoC Archive
        </a>
        <nav className="site-nav" aria-label="Main">
          <ul>
            <li>
              <a href="/orgs/">Organizations</a>
            </li>
            <li>
              <a href="/years/">Years</a>
            </li>
            <li>
              <a href="/technologies/">Technologies</a>
            </li>
          </ul>
        </nav>
        <SearchForm id="site-search" />
      </div>
    </header>
  );
}
