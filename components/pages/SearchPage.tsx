/**
 * The search page as static HTML: the query box, the filters and the places results go. The
 * script (components/search/main.ts, bundled by `catalog build-data`) does the searching; without
 * it the page says so and offers ways on that need no script.
 */
import { Breadcrumbs } from '../Breadcrumbs';
import { CATEGORIES_PATH, HOME_PATH, ORGANIZATIONS_PATH, TECHNOLOGIES_PATH, TOPICS_PATH, YEARS_PATH } from '@/lib/paths';
import { publicPath } from '@/lib/site/publishing';
import { SEARCH_DEFAULTS } from '@/lib/search/config';
import { SEARCH_ELEMENT_IDS as ids } from '@/lib/site/search-page';

/**
 * Puts the address's ?q= back in the box at once, before (and even without) the search script:
 * a static host cannot write it into the HTML. Independent of the bundle, a few dozen bytes.
 */
const RESTORE_QUERY = `(function(){var q=new URLSearchParams(location.search).get('q');if(q)document.getElementById('${ids.query}').value=q.slice(0,${SEARCH_DEFAULTS.maxQueryLength})})()`;

export function SearchPage(props: {
  metaUrl: string;
  /** The search worker's script (versioned, base path included): the engine runs there. */
  workerUrl: string;
  /** The index's version and term shards, so the script can fetch a query's term shards alongside the meta. */
  index: { version: string; termShards: string[] } | undefined;
  years: number[];
  technologyFilter: boolean;
}) {
  const { metaUrl, workerUrl, index, years, technologyFilter } = props;
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Home', href: HOME_PATH }]} current="Search" />
      <h1>Search projects</h1>
      <noscript>
        {/* A static host cannot put the query in the HTML, and the box cannot search without script: hide it rather than pretend. */}
        <style>{'.search-app { display: none; }'}</style>
        <div className="search-noscript">
          <p className="lede">Search runs in your browser and needs JavaScript. Without it, these lists lead to every project:</p>
          <ul className="compact-list">
            <li>
              <a href={publicPath(YEARS_PATH)}>the years</a>, each with its organizations and projects;
            </li>
            <li>
              <a href={publicPath(ORGANIZATIONS_PATH)}>the organizations, A–Z</a>;
            </li>
            <li>
              <a href={publicPath(TECHNOLOGIES_PATH)}>the technologies</a>, <a href={publicPath(TOPICS_PATH)}>the topics</a> and <a href={publicPath(CATEGORIES_PATH)}>the categories</a>.
            </li>
          </ul>
        </div>
      </noscript>
      <div className="search-app" id={ids.app} data-meta-url={metaUrl} data-worker-url={workerUrl} data-index-version={index?.version} data-term-shards={index?.termShards.join(' ')}>
        <form className="search-form search-form--large" role="search" aria-label="Search projects" method="get">
          <label htmlFor={ids.query} className="visually-hidden">
            Search projects
          </label>
          <input
            id={ids.query}
            type="search"
            name="q"
            autoComplete="off"
            spellCheck={false}
            placeholder="Search projects, e.g. rust compiler"
            maxLength={SEARCH_DEFAULTS.maxQueryLength}
            aria-describedby={`${ids.queryCut} ${ids.status}`}
            aria-controls={ids.results}
          />
          <script dangerouslySetInnerHTML={{ __html: RESTORE_QUERY }} />
          {/* Shown by the script when the box is full: what was typed or pasted past it is not searched. */}
          <p id={ids.queryCut} className="search-form__note" hidden>
            Only the first {SEARCH_DEFAULTS.maxQueryLength} characters are searched; the rest was left out.
          </p>
        </form>
        <fieldset className="search-filters">
          <legend className="visually-hidden">Filters</legend>
          <label>
            Year
            <select id={ids.year} name="year">
              <option value="">Any year</option>
              {years.map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </select>
          </label>
          <label>
            Organization
            <input id={ids.organization} type="search" name="organization" list={`${ids.organization}-list`} placeholder="Any" autoComplete="off" />
          </label>
          {/* Filled as you type, with the few names that match: not ~670 options in the page. */}
          <datalist id={`${ids.organization}-list`} />
          {technologyFilter && (
            <>
              <label>
                Technology
                <input id={ids.technology} type="search" name="technology" list={`${ids.technology}-list`} placeholder="Any" autoComplete="off" />
              </label>
              <datalist id={`${ids.technology}-list`} />
            </>
          )}
          <button type="button" id={ids.clear} className="button button--quiet" hidden>
            Clear filters
          </button>
        </fieldset>
        <p id={ids.status} className="search-status" role="status" aria-live="polite">
          <span className="spinner" aria-hidden="true" /> Loading the search…
        </p>
        <div className="search-results" id={ids.results} />
      </div>
    </>
  );
}
