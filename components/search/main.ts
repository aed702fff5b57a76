/**
 * The search page's script (bundled and minified by `catalog build-data` into
 * public/search-page/search.js): reads the search from the address, asks the search worker
 * (worker.ts, through engine.ts: the engine runs there, off the page's main thread) for the
 * query's results, and shows them once they are final. No framework: the page is static HTML
 * (components/pages/SearchPage.tsx), and this script fills in the status line and the results.
 *
 * Shown results never move without new input: find() ranks only on data complete for the query
 * (lib/search/searcher.ts), and snippets arrive into lines reserved for them.
 */
import { wholeNumber } from '@/lib/human-readable';
import { ORGANIZATIONS_PATH, TECHNOLOGIES_PATH, YEARS_PATH } from '@/lib/paths';
import type { Snippet } from '@/lib/search/client';
import { foldText } from '@/lib/search/text';
import { SEARCH_ELEMENT_IDS as ids } from '@/lib/site/search-page';
import { hasFilters, parseSearch, searchOf, type SearchState } from './address';
import { startSearchEngine } from './engine';
import type { FilterNames, FoundResults } from './messages';
import { RESULT_LINK_CLASS, element, namedPages, noMatches, resultItem, snippetParagraph } from './view';

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
  const cutNote = byId<HTMLParagraphElement>(ids.queryCut);
  const status = byId<HTMLParagraphElement>(ids.status);
  const results = byId<HTMLDivElement>(ids.results);
  if (!app || !box || !yearSelect || !organizationBox || !clearButton || !status || !results) return;

  // The meta's and the worker's URLs (versioned, base path included) come from the HTML; the other index files sit beside the meta.
  const metaUrl = new URL(app.dataset['metaUrl'] ?? siteUrl('/search-data/meta.json'), location.href);
  const workerUrl = new URL(app.dataset['workerUrl'] ?? siteUrl('/search-page/search-worker.js'), location.href);
  const indexVersion = app.dataset['indexVersion'];
  const early = indexVersion ? { version: indexVersion, termShards: (app.dataset['termShards'] ?? '').split(' '), firstQuery: box.value || parseSearch(location.search).query } : undefined;
  const engine = startSearchEngine(workerUrl.href, { baseUrl: new URL('./', metaUrl).href, version: metaUrl.searchParams.get('v') ?? undefined, early });
  /** The filters' suggestions, asked for when a filter box is first used (sorting ~1,400 names is not worth doing before). */
  let filterNames: FilterNames | undefined;
  let filterNamesAsked: Promise<unknown> | undefined;
  const loadFilterNames = () => (filterNamesAsked ??= engine.ask({ type: 'facets' }).then((names) => (filterNames = names)));
  let documentCount: number | undefined;
  let failure: string | undefined;
  engine.opened.then(
    (count) => {
      documentCount = count;
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

  // The box holds what the engine reads (its maxlength, lib/search config maxQueryLength): a pasted
  // megabyte is cut by the browser, a long address here, and the note under the box says so. Whole,
  // it took ~10 s to answer (the address and the page carried all of it).
  const maxLength = box.maxLength > 0 ? box.maxLength : Infinity;
  const showCut = () => {
    if (cutNote) cutNote.hidden = box.value.length < maxLength;
  };

  const writeControls = (state: SearchState) => {
    box.value = state.query.slice(0, maxLength);
    showCut();
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
    else status!.replaceChildren(`Type to search ${wholeNumber(documentCount)} projects by title, abstract, organization, technology, contributor or mentor.`);
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
    try {
      await engine.opened;
    } catch {
      return; // fail() has said so
    }
    const options = { year: state.year, organization: state.organization, technology: state.technology, limit: limit + 1 };
    let found: FoundResults;
    try {
      found = await engine.ask({ type: 'find', query: state.query, options });
    } catch (error) {
      if (id === generation) fail(error);
      return;
    }
    if (id !== generation) return;
    failure = undefined;
    const hits = found.results;
    const shown = hits.slice(0, limit);
    if (snippetQuery !== state.query) {
      // A result that stays keeps its snippet until its new one arrives: nothing blinks to "…".
      snippetQuery = state.query;
      const previous = snippets;
      snippets = new Map();
      for (const hit of shown) if (previous.has(hit.path)) snippets.set(hit.path, previous.get(hit.path));
    }

    const children: Node[] = [];
    if (found.named.length > 0) children.push(namedPages(found.named, siteUrl));
    if (shown.length === 0) {
      children.push(noMatches(state.query, hasFilters(state), { years: siteUrl(YEARS_PATH), organizations: siteUrl(ORGANIZATIONS_PATH), technologies: siteUrl(TECHNOLOGIES_PATH) }));
    } else {
      const list = element('ol', { class: 'search-result-list' });
      for (const result of shown) list.append(resultItem(result, siteUrl, snippets.get(result.path)));
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
          engine.ask({ type: 'snippet', path, query: state.query }).then(
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

  /** Fills a filter's datalist with the few catalog values that match what is typed: never the whole list in the page. */
  function suggest(input: HTMLInputElement, values: () => readonly string[]): void {
    const list = byId<HTMLDataListElement>(`${input.id}-list`);
    if (!list) return;
    const typed = foldText(input.value.trim());
    const matches = typed ? values().filter((value) => foldText(value).includes(typed)).slice(0, SUGGESTIONS) : [];
    list.replaceChildren(...matches.map((value) => element('option', { value })));
  }

  const organizationNames = () => filterNames?.organizations ?? [];
  const technologyNames = () => filterNames?.technologies ?? [];

  const restart = () => {
    limit = PAGE_SIZE;
    void run();
  };

  // Typing: the address follows each keystroke without a history entry per letter.
  box.addEventListener('input', () => {
    showCut();
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
      const typed = input.value;
      if (typed.trim() === '') {
        suggest(input, values);
        writeAddress(true);
        restart();
        return;
      }
      loadFilterNames().then(
        () => {
          if (input.value !== typed) return; // a later keystroke has its own turn
          suggest(input, values);
          const value = foldText(typed.trim());
          if (values().some((known) => foldText(known) === value)) {
            writeAddress(true);
            restart();
          }
        },
        () => undefined, // no suggestions: the filter still applies on change
      );
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
