/**
 * The search entry point: a plain GET form to /search/?q=, so it works before (and without)
 * any JavaScript. The search page itself does the searching.
 */
import { SEARCH_PATH } from '@/lib/paths';
import { publicPath } from '@/lib/site/publishing';

/**
 * `name` names the form's search landmark: a page with two search forms (the header's and its own)
 * must name them apart. `shortcut` marks the box that "/" focuses (components/site/main.ts looks for
 * #site-search): its key is shown only where there is a keyboard to press it (site.css).
 */
export function SearchForm({ id, name, large = false, shortcut = false, defaultValue }: { id: string; name: string; large?: boolean; shortcut?: boolean; defaultValue?: string }) {
  return (
    <form className={large ? 'search-form search-form--large' : 'search-form'} action={publicPath(SEARCH_PATH)} method="get" role="search" aria-label={name}>
      <label htmlFor={id} className="visually-hidden">
        Search projects
      </label>
      <span className="search-form__box">
        <input id={id} type="search" name="q" placeholder={large ? 'e.g. rust compiler' : 'Search projects'} defaultValue={defaultValue} autoComplete="off" aria-keyshortcuts={shortcut ? '/' : undefined} />
        {shortcut && (
          <kbd className="search-form__shortcut" aria-hidden="true">
            /
          </kbd>
        )}
      </span>
      <button type="submit">Search</button>
    </form>
  );
}
