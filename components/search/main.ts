/**
 * The search page's script (bundled and minified by `catalog build-data` into
 * public/search-page/search.js): reads the search from the address, asks the index for what the
 * query needs (lib/search/remote.ts fetches only those shards), and shows the results once they
 * are final. No framework: the page is static HTML (components/pages/SearchPage.tsx), and this
 * script fills in the status line and the results.
 *
 * Shown results never move without new input: find() ranks only on data complete for the query
 * (lib/search/searcher.ts), and snippets arrive into lines reserved for them.
 */
import { ORGANIZATIONS_PATH, TECHNOLOGIES_PATH, YEARS_PATH, technologyPath } from '@/lib/paths';
import { markTerms, openSearch, type SearchFacets, type Searcher, type Snippet } from '@/lib/search/client';
import { foldText } from '@/lib/search/text';
import { SEARCH_ELEMENT_IDS as ids } from '@/lib/site/search-page';
import { technologySlug } from '@/lib/slugs';
import { hasFilters, parseSearch, searchOf, type SearchState } from './address';
import { RESULT_LINK_CLASS, element, namedPages, noMatches, organizationPage, resultItem, snippetParagraph, type NamedPage } from './view';

/** Results a page of them shows: a top 10, as the benchmarks measure it; "Show more results" adds as many again. */
const PAGE_SIZE = 10;
/** Suggestions under a filter box: enough to choose from, few enough to read. */
const SUGGESTIONS = 12;

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null;

/** The site's base path ("" or "/gsoc-archive"), from <html data-base-path>: every URL this script makes starts with it. */
const basePath = (document.documentElement.dataset['basePath'] ?? '').replace(/\/+$/, '');
const siteUrl = (path: string) => `${basePath}${path}`;

function start(): void {
  const app = byId<HTMLDivElement>(ids.app);
  const box = byId<HTMLInputElement>(ids.query);
  const yearSelect = byId<HTMLSelectElement>(ids.year);
  const organizationBox = byId<HTMLInputElement>(ids.organization);
  const technologyBox = byId<HTMLInputElement>(ids.technology);
  const clearButton = byId<HTMLButtonElement>(ids.clear);
  const status = byId<HTMLParagraphElement>(ids.status);
  const results = byId<HTMLDivElement>(ids.results);
  if (!app || !box || !yearSelect || !organizationBox || !clearButton || !status || !results) return;

  // The meta's URL (versioned, base path included) comes from the HTML; the other files sit beside it.
  const metaUrl = new URL(app.dataset['metaUrl'] ?? siteUrl('/search-data/meta.json'), location.href);
  const indexVersion = app.dataset['indexVersion'];
  const early = indexVersion ? { version: indexVersion, termShards: (app.dataset['termShards'] ?? '').split(' '), firstQuery: box.value || parseSearch(location.search).query } : undefined;
  const searcherReady: Promise<Searcher> = openSearch(new URL('./', metaUrl).href, { version: metaUrl.searchParams.get('v') ?? undefined, early });
  /** The filters' suggestions, made when a filter box is first used (sorting ~1,400 names is not worth doing before). */
  let facets: SearchFacets | undefined;
  let opened: Searcher | undefined;
  const facetsNow = () => (facets ??= opened?.facets());
  let documentCount: number | undefined;
  let failure: string | undefined;
  searcherReady.then(
    (searcher) => {
      opened = searcher;
      // The organization-name index, built while the query's shards are on their way rather than after.
      const whenIdle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 1));
      whenIdle(() => searcher.organizations(''));
      documentCount = searcher.documentCount;
      if (!searchActive(readControls())) showStatus();
    },
    (error: unknown) => fail(error),
  );

  let limit = PAGE_SIZE;
  /** Increases with every search: an answer to an older one is dropped. */
  let generation = 0;
  /** Snippets of the current query, so that results still shown keep theirs as the query grows. */
  let snippets = new Map<string, Snippet | undefined>();
  let snippetQuery = '';
  let snippetWatcher: IntersectionObserver | undefined;

  const readControls = (): SearchState => ({
    query: box.value,
    year: Number(yearSelect.value) || undefined,
    organization: organizationBox.value.trim() || undefined,
    technology: technologyBox?.value.trim() || undefined,
  });

  const writeControls = (state: SearchState) => {
    box.value = state.query;
    yearSelect.value = state.year ? String(state.year) : '';
    // A year the catalog does not have stays in the address, and finds nothing.
    if (state.year && yearSelect.value !== String(state.year)) {
      yearSelect.append(element('option', { value: String(state.year) }, String(state.year)));
      yearSelect.value = String(state.year);
    }
    organizationBox.value = state.organization ?? '';
    if (technologyBox) technologyBox.value = state.technology ?? '';
  };

  const searchActive = (state: SearchState) => state.query.trim() !== '' || hasFilters(state);

  /** Puts the controls into the address: a new history entry for a filter, the same one while typing. */
  const writeAddress = (push: boolean) => {
    const state = readControls();
    const url = `${location.pathname}${searchOf(state)}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };

  function showStatus(text?: (Node | string)[]): void {
    if (failure) return;
    if (text) status!.replaceChildren(...text);
    else if (documentCount === undefined) status!.replaceChildren(element('span', { class: 'spinner', 'aria-hidden': 'true' }), ' Loading the search…');
    else status!.replaceChildren(`Type to search ${documentCount.toLocaleString('en-US')} projects by title, abstract, organization and technology.`);
  }

  function fail(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    failure = message;
    results!.replaceChildren();
    status!.replaceChildren(
      `Search is unavailable: ${message}. Browse the `,
      element('a', { href: siteUrl(YEARS_PATH) }, 'years'),
      ' or the ',
      element('a', { href: siteUrl(ORGANIZATIONS_PATH) }, 'organizations'),
      ' instead.',
    );
  }

  /** Runs the search in the controls, and shows its results when (and only if) they are final and still wanted. */
  async function run(): Promise<void> {
    const state = readControls();
    const id = ++generation;
    clearButton!.hidden = !hasFilters(state);
    if (!searchActive(state)) {
      results!.replaceChildren();
      showStatus();
      return;
    }
    let searcher: Searcher;
    try {
      searcher = await searcherReady;
    } catch {
      return; // fail() has said so
    }
    const options = { year: state.year, organization: state.organization, technology: state.technology, limit: limit + 1 };
    let hits;
    try {
      hits = await searcher.find(state.query, options);
    } catch (error) {
      if (id === generation) fail(error);
      return;
    }
    if (id !== generation) return;
    failure = undefined;
    const shown = hits.slice(0, limit);
    const terms = searcher.matchedTerms(state.query);
    if (snippetQuery !== state.query) {
      // A result that stays keeps its snippet until its new one arrives: nothing blinks to "…".
      snippetQuery = state.query;
      const previous = snippets;
      snippets = new Map();
      for (const hit of shown) if (previous.has(hit.path)) snippets.set(hit.path, previous.get(hit.path));
    }

    const children: Node[] = [];
    const named = state.query.trim() && !state.organization ? namedPagesFor(searcher, state.query) : [];
    if (named.length > 0) children.push(namedPages(named, siteUrl));
    if (shown.length === 0) {
      children.push(noMatches(state.query, hasFilters(state), { years: siteUrl(YEARS_PATH), organizations: siteUrl(ORGANIZATIONS_PATH), technologies: siteUrl(TECHNOLOGIES_PATH) }));
    } else {
      const list = element('ol', { class: 'search-result-list' });
      for (const hit of shown) {
        const document = searcher.document(hit.path)!;
        list.append(resultItem({ path: hit.path, title: markTerms(document.title, terms), organization: document.organization, year: document.year }, siteUrl, snippets.get(hit.path)));
      }
      children.push(list);
      if (hits.length > limit) {
        const more = element('button', { type: 'button', class: 'button button--quiet search-more' }, 'Show more results');
        more.addEventListener('click', () => {
          limit += PAGE_SIZE;
          void run();
        });
        children.push(more);
      }
    }
    results!.replaceChildren(...children);
    const count = shown.length === 0 ? 'No projects match.' : hits.length > limit ? `The ${shown.length} best matches` : `${shown.length} ${shown.length === 1 ? 'match' : 'matches'}`;
    showStatus(shown.length === 0 ? [count] : [count, element('span', { class: 'kbd-hint' }, ' · ', element('kbd', {}, '↓'), ' ', element('kbd', {}, '↑'), ' to move, ', element('kbd', {}, 'Enter'), ' to open')]);

    // Snippets after the list is on screen, for the results that come into view (a phone shows
    // three or four): the abstract chunks of the others are never fetched unless scrolled to.
    snippetWatcher?.disconnect();
    snippetWatcher = new IntersectionObserver(
      (entries, watcher) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          watcher.unobserve(entry.target);
          const item = entry.target as HTMLElement;
          const path = item.dataset['path'] ?? '';
          if (snippets.get(path)) continue;
          searcher.snippet(path, state.query).then(
            (snippet) => {
              if (id !== generation || !snippet) return;
              snippets.set(path, snippet);
              item.querySelector('.search-result__snippet')?.replaceWith(snippetParagraph(snippet));
            },
            () => undefined, // a snippet that cannot load keeps its "…"
          );
        }
      },
      { rootMargin: '200px 0px' },
    );
    for (const item of results!.querySelectorAll('li.search-result')) snippetWatcher.observe(item);
  }

  /** Organizations the query names, and the technology it names exactly: their own pages are often what was meant. */
  function namedPagesFor(searcher: Searcher, query: string): NamedPage[] {
    const pages = searcher.organizations(query).map(organizationPage);
    const technology = searcher.technologyNamed(query);
    if (technology) pages.unshift({ kind: 'Technology', name: technology, path: technologyPath(technologySlug(technology)), detail: 'its organizations and projects' });
    return pages;
  }

  /** Fills a filter's datalist with the few catalog values that match what is typed: never the whole list in the page. */
  function suggest(input: HTMLInputElement, values: () => readonly string[]): void {
    const list = byId<HTMLDataListElement>(`${input.id}-list`);
    if (!list) return;
    const typed = foldText(input.value.trim());
    const matches = typed ? values().filter((value) => foldText(value).includes(typed)).slice(0, SUGGESTIONS) : [];
    list.replaceChildren(...matches.map((value) => element('option', { value })));
  }

  const organizationNames = () => [...new Set(facetsNow()?.organizations.map((organization) => organization.name))];
  const technologyNames = () => facetsNow()?.technologies ?? [];

  const restart = () => {
    limit = PAGE_SIZE;
    void run();
  };

  // Typing: the address follows each keystroke without a history entry per letter.
  box.addEventListener('input', () => {
    writeAddress(false);
    restart();
  });
  box.form?.addEventListener('submit', (event) => event.preventDefault());
  yearSelect.addEventListener('change', () => {
    writeAddress(true);
    restart();
  });
  for (const [input, values] of [
    [organizationBox, organizationNames],
    [technologyBox, technologyNames],
  ] as const) {
    if (!input) continue;
    // A filter applies when chosen (a suggestion picked, Enter, leaving the box) or cleared, not at every letter.
    input.addEventListener('input', () => {
      suggest(input, values);
      const value = foldText(input.value.trim());
      if (value === '' || values().some((known) => foldText(known) === value)) {
        writeAddress(true);
        restart();
      }
    });
    input.addEventListener('change', () => {
      if (searchOf(readControls()) === location.search) return;
      writeAddress(true);
      restart();
    });
  }
  clearButton.addEventListener('click', () => {
    writeControls({ query: box.value });
    writeAddress(true);
    restart();
    box.focus();
  });
  addEventListener('popstate', () => {
    writeControls(parseSearch(location.search));
    restart();
  });

  // "/" focuses this page's box (site.js would pick the header's, which comes first), unless you are typing.
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
      event.preventDefault();
      event.stopPropagation();
      box.focus();
      box.select();
    },
    true,
  );

  // Arrow keys from the box through the results and back; Enter in the box opens the first result.
  const resultLinks = () => [...results.querySelectorAll<HTMLAnchorElement>(`a.${RESULT_LINK_CLASS}`)];
  box.addEventListener('keydown', (event) => {
    const first = resultLinks()[0];
    if (!first) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      first.focus();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      first.click();
    }
  });
  results.addEventListener('keydown', (event) => {
    const links = resultLinks();
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (index === -1) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      links[Math.min(index + 1, links.length - 1)]!.focus();
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      if (index === 0) box.focus();
      else links[index - 1]!.focus();
    } else if (event.key === 'Escape') {
      box.focus();
    }
  });

  // What the visitor typed while the script loaded wins over the address it came from.
  const initial = parseSearch(location.search);
  writeControls({ ...initial, query: box.value || initial.query });
  if (!searchActive(readControls())) box.focus();
  void run();
}

start();
