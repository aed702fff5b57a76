/**
 * The search entry point: a plain GET form to /search/?q=, so it works before (and without)
 * any JavaScript. The search page itself does the searching.
 */
import { SEARCH_PATH } from '@/lib/paths';
import { publicPath } from '@/lib/site/config';

export function SearchForm({ id, large = false, defaultValue }: { id: string; large?: boolean; defaultValue?: string }) {
  return (
    <form className={large ? 'search-form search-form--large' : 'search-form'} action={publicPath(SEARCH_PATH)} method="get" role="search">
      <label htmlFor={id} className="visually-hidden">
        Search projects
      </label>
      <input id={id} type="search" name="q" placeholder={large ? 'Search projects, e.g. rust compiler' : 'Search projects (press /)'} defaultValue={defaultValue} autoComplete="off" aria-keyshortcuts={large ? undefined : '/'} />
      <button type="submit">Search</button>
    </form>
  );
}
