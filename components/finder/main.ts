/**
 * The organization finder's script (bundled and minified by `catalog build-data` into
 * public/finder/finder.js). The page's HTML already holds every organization as a card, A–Z, with
 * links: that is the page without JavaScript. This script reads the finder's data file, renders
 * the filter controls into the side column (controls.ts), and filters, counts and sorts
 * (core.ts) by hiding and moving the existing cards, never by rendering cards of its own.
 *
 * The address is the state: a control's change adds a history entry, typing replaces it, and
 * back and forward (popstate) draw the address they land on.
 */
import { wholeNumber } from '@/lib/human-readable';
import { CARD_SLUG_ATTRIBUTE, FINDER_CLASSES as classes, FINDER_ELEMENT_IDS as ids, FINDER_PAGE_SIZE, type FinderData } from '@/lib/site/finder-page';
import { element } from '../search/view';
import { afterNextPaint, nextTask } from '../tasks';
import { startControls, type HistoryMode } from './controls';
import { applyState, decodeFinder, drawnOrganizations, readState, stateSearch, type FinderResult, type FinderState } from './core';


/**
 * Puts the drawn cards in `order`, moving only those out of place: hidden cards may stay anywhere
 * (they take no space), so a filter that keeps the order moves no card at all. A move rebuilds the
 * card's style and layout; moving all 100 drawn cards on every change cost more than the filtering.
 */
function placeInOrder(list: HTMLElement, order: HTMLElement[], drawn: Set<HTMLElement>): void {
  let at = list.firstElementChild;
  for (const card of order) {
    while (at && at !== card && !drawn.has(at as HTMLElement)) at = at.nextElementSibling;
    if (at === card) at = card.nextElementSibling;
    else list.insertBefore(card, at);
  }
}


async function start(root: HTMLElement): Promise<void> {
  const response = await fetch(root.dataset['finder']!);
  if (!response.ok) throw new Error(`the data file answered HTTP ${response.status}`);
  const data = (await response.json()) as FinderData;
  const list = root.querySelector<HTMLOListElement>(`#${ids.cards}`)!;
  const cards = [...list.children] as HTMLLIElement[];
  // What the name filter searches: the slug, the name and the former names the card shows, read
  // when a name is first searched.
  const names = () => cards.map((card) => `${card.getAttribute(CARD_SLUG_ATTRIBUTE)} ${card.querySelector('h3')?.textContent ?? ''} ${card.querySelector('.oc-f')?.textContent?.replace(/^formerly /, '') ?? ''}`);
  const model = decodeFinder(
    data,
    cards.map((card) => card.getAttribute(CARD_SLUG_ATTRIBUTE) ?? ''),
    names,
  );
  let state: FinderState = readState(model, location.search);
  // Cards drawn at once: the first FINDER_PAGE_SIZE matches in order, then "Show more". Hiding
  // and moving only those keeps a change within a frame however many organizations match.
  let limit = FINDER_PAGE_SIZE;
  let drawn: HTMLLIElement[] = cards;
  const more = element('button', { type: 'button', class: classes.moreButton, hidden: '' });
  list.after(more);

  /** Shows the state's cards, in order, and hides the others; returns what the state matched. */
  const drawCards = () => {
    const result = applyState(model, state);
    const next = drawnOrganizations(model, state, result, limit).map((index) => cards[index]!);
    const staying = new Set(next);
    for (const card of drawn) if (!staying.has(card)) card.hidden = true;
    for (const card of next) if (card.hidden) card.hidden = false;
    placeInOrder(list, next, staying);
    drawn = next;
    const left = result.matchCount - next.length;
    more.hidden = left <= 0;
    if (left > 0) more.textContent = `Show ${wholeNumber(Math.min(FINDER_PAGE_SIZE, left))} more (${wholeNumber(left)} not shown)`;
    return result;
  };

  // The panel's counts follow the cards by a frame: a change paints the cards and the count it
  // asked for first, and the options' counts beside them right after, in a task of their own.
  // Restyling and laying out the panel was about half of a change's time (npm run bench:finder:
  // median 5.9 → 3.3 ms to the cards' frame, p95 14.2 → 7.8 ms; the panel's task p95 5.2 ms).
  // Changes that come faster than frames draw the panel once, for the last of them.
  let panelUpdate: (() => void) | undefined;
  const showPanelAfterPaint = (result: FinderResult) => {
    const pending = panelUpdate !== undefined;
    const shown = state;
    panelUpdate = () => controls.showPanel(shown, result);
    if (!pending) afterNextPaint(() => {
      const run = panelUpdate!;
      panelUpdate = undefined;
      run();
    });
  };

  const update = (mode?: HistoryMode, keepLimit = false) => {
    if (!keepLimit) limit = FINDER_PAGE_SIZE;
    const result = drawCards();
    controls.showBar(state, result);
    showPanelAfterPaint(result);
    if (mode) {
      const address = location.pathname + stateSearch(model, state);
      if (address !== location.pathname + location.search) history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', address);
    }
  };

  // The plain address is the page as served (every card, A–Z): nothing to hide or move, so the
  // page becomes interactive without touching the cards. Other addresses start with a page of
  // matches, the cards hidden and ordered while the list is still unseen (FINDER_CLASSES.pending),
  // and the filters drawn in a task of their own: a phone's main thread gets a moment between the
  // two, as Lighthouse counts a task's time beyond 50 ms as blocking.
  if (!location.search) limit = Infinity;
  else {
    await nextTask();
    drawCards();
    await nextTask();
  }
  const controls = startControls(root, model, () => state, update);
  more.addEventListener('click', () => {
    const before = drawn.length;
    limit += FINDER_PAGE_SIZE;
    update(undefined, true);
    drawn[before]?.querySelector('a')?.focus();
  });
  window.addEventListener('popstate', () => {
    state = readState(model, location.search);
    update();
  });
  root.classList.add(classes.live);
  // The first drawing is whole at once: the panel appears with its counts.
  const result = drawCards();
  controls.showBar(state, result);
  controls.showPanel(state, result);
  document.documentElement.classList.remove(classes.pending);
}

const root = document.getElementById(ids.root);
// The same test as the line in the page's head that set FINDER_CLASSES.scripted (SCRIPTED_LAYOUT).
if (root && typeof history.pushState === 'function') {
  start(root).catch((error: unknown) => {
    // The page stays what it is without JavaScript: every card, A–Z, and the side column's
    // links below them on a phone.
    document.documentElement.classList.remove(classes.scripted, classes.pending);
    console.warn('The organization finder is unavailable:', error);
  });
}
