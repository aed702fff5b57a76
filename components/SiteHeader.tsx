import { CATEGORIES_PATH, HOME_PATH, ORGANIZATIONS_PATH, TECHNOLOGIES_PATH, TOPICS_PATH, TRENDS_PATH, YEARS_PATH } from '@/lib/paths';
import { SearchForm } from './SearchForm';
import { publicPath } from '@/lib/site/publishing';

/** The main navigation: the ways to browse the catalog. */
const SECTIONS = [
  { label: 'Organizations', href: ORGANIZATIONS_PATH },
  { label: 'Years', href: YEARS_PATH },
  { label: 'Technologies', href: TECHNOLOGIES_PATH },
  { label: 'Topics', href: TOPICS_PATH },
  { label: 'Categories', href: CATEGORIES_PATH },
  { label: 'Trends', href: TRENDS_PATH },
];

/** `search: false` on a page whose own search form is the site's (home, the 404): one search box a page. */
export function SiteHeader({ search = true }: { search?: boolean }) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <a className="site-title" href={publicPath(HOME_PATH)}>
          <span className="site-title__mark" aria-hidden="true">
            GS
          </span>
          GSoC Archive
        </a>
        <nav className="site-nav" aria-label="Main">
          <ul>
            {SECTIONS.map((section) => (
              <li key={section.href}>
                <a href={publicPath(section.href)}>{section.label}</a>
              </li>
            ))}
          </ul>
        </nav>
        {search && <SearchForm id="site-search" name="Site search" shortcut />}
      </div>
    </header>
  );
}
