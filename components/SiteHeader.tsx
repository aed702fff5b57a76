import { HOME_PATH, ORGANIZATIONS_PATH, TECHNOLOGIES_PATH, YEARS_PATH } from '@/lib/paths';
import { SearchForm } from './SearchForm';

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <a className="site-title" href={HOME_PATH}>
          <span className="site-title__mark" aria-hidden="true">
            GS
          </span>
          GSoC Archive
        </a>
        <nav className="site-nav" aria-label="Main">
          <ul>
            <li>
              <a href={ORGANIZATIONS_PATH}>Organizations</a>
            </li>
            <li>
              <a href={YEARS_PATH}>Years</a>
            </li>
            <li>
              <a href={TECHNOLOGIES_PATH}>Technologies</a>
            </li>
          </ul>
        </nav>
        <SearchForm id="site-search" />
      </div>
    </header>
  );
}
