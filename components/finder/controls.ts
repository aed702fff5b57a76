/**
 * The finder's filter panel as DOM: year and program chips, category checkboxes, technology and
 * topic search boxes with their best few options, the first-year and years-taken-part menus, and
 * the bar's count. It draws a state and its counts, and reports what a person changes; it decides
 * nothing (core.ts does).
 */
import { plural, wholeNumber } from '@/lib/human-readable';
import { PROGRAMS } from '@/lib/programs';
import { foldText } from '@/lib/search/text';
import { FINDER_CLASSES as classes, FINDER_ELEMENT_IDS as ids, FINDER_SORTS, FINDER_TAG_KINDS, type FinderSort } from '@/lib/site/finder-page';
import { TAG_KIND_WORDS } from '@/lib/site/tag-words';
import { element } from '../search/view';
import { emptyState, isFiltered, type FinderModel, type FinderResult, type FinderState } from './core';

/** Options a technology or topic list shows besides the selected ones. */
const SHOWN_OPTIONS = 8;

/** How a change enters the history: a deliberate choice adds an entry, typing replaces the current one. */
export type HistoryMode = 'push' | 'replace';

export interface FinderControls {
  /** Draws the state into the bar: the count, the box, the sort, the buttons that open and close the panel. */
  showBar(state: FinderState, result: FinderResult): void;
  /** Draws the state and its counts into the panel's filters. */
  showPanel(state: FinderState, result: FinderResult): void;
}

const SORT_WORDS = new Map<string, string>(FINDER_SORTS.map((sort) => [sort.id, sort.words]));
const SORT_IDS = new Map<string, FinderSort>(FINDER_SORTS.map((sort) => [sort.id, sort.id]));

/** Writes text only when it changes: an unchanged count costs no style work. */
function setText(node: Node, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

function toggle(list: number[], index: number, on: boolean): void {
  const at = list.indexOf(index);
  if (on && at === -1) list.push(index);
  if (!on && at !== -1) list.splice(at, 1);
}

/**
 * Renders the panel into the side column and wires the bar. `current` is the state shown;
 * `changed` is called after a control has changed it in place.
 */
export function startControls(root: HTMLElement, model: FinderModel, current: () => FinderState, changed: (mode: HistoryMode) => void): FinderControls {
  const byId = <T extends HTMLElement>(id: string) => root.querySelector<T>(`#${id}`)!;
  const side = byId<HTMLElement>(ids.side);
  const count = byId<HTMLElement>(ids.count);
  // The count in two parts, as the page writes it: the figures, then the order's words in a span
  // that a narrow screen leaves unseen (the sort menu is just below), so the line never wraps.
  const countText = document.createTextNode('');
  const order = element('span', { class: classes.order });
  count.replaceChildren(countText, order);
  const query = byId<HTMLInputElement>(ids.query);
  const sort = byId<HTMLSelectElement>(ids.sort);
  const open = root.querySelector<HTMLButtonElement>(`.${classes.openButton}`)!;
  const trendText = root.dataset['trend'] ?? '';

  const heading = element('h2', { id: ids.sideHeading, tabindex: '-1' }, 'Filters');
  const close = element('button', { type: 'button', class: classes.closeButton }, 'Show results');
  const clear = element('button', { type: 'button', class: classes.clearButton }, 'Clear filters');

  const checkbox = (name: string, value: string, label: string, onToggle: (checked: boolean) => void) => {
    const input = element('input', { type: 'checkbox', name, value });
    const amount = element('span', { class: 'n' });
    input.addEventListener('change', () => {
      onToggle(input.checked);
      changed('push');
    });
    return { input, amount, node: element('label', { class: 'chip' }, input, `${label} `, amount) };
  };
  const fieldset = (legend: string, hint: string | undefined, ...children: (Node | undefined)[]) => element('fieldset', {}, element('legend', {}, legend), hint !== undefined && element('p', { class: 'hint' }, hint), ...children);

  // Years: every selected year must be one the organization took part in.
  const yearBoxes = model.years.map((year, index) =>
    checkbox('year', String(year), String(year), (checked) => {
      toggle(current().years, index, checked);
      current().years.sort((a, b) => a - b);
    }),
  );
  const programName = new Map<string, string>(PROGRAMS.map((program) => [program.id, program.name]));
  const programBoxes = model.programs.map((program, index) => checkbox('program', program, programName.get(program) ?? program, (checked) => toggle(current().programs, index, checked)));

  // Categories are few: all of them. Technologies and topics are hundreds: a search box and the
  // best few matches, rendered when they change.
  const tagLists = FINDER_TAG_KINDS.map((kind, facet) => {
    const words = TAG_KIND_WORDS[kind];
    const searchable = kind !== 'category';
    const table = model.tables[facet]!;
    const list = element('ul', { class: 'tag-options', id: `finder-${kind}-options` });
    const search = searchable ? element('input', { type: 'search', id: `finder-${kind}-search`, placeholder: `Find a ${words.singular}`, autocomplete: 'off', 'aria-controls': list.id }) : undefined;
    const searchLabel = search && element('label', { for: search.id, class: 'visually-hidden' }, `Find a ${words.singular}`);
    list.addEventListener('change', (event) => {
      const input = event.target as HTMLInputElement;
      toggle(current().tags[facet]!, Number(input.value), input.checked);
      changed('push');
    });
    // Rows are made once per value and kept: an update rewrites their state, and moves them only
    // when the list shows other values (keeping the focus on the one that had it).
    const rows = new Map<number, { li: HTMLLIElement; input: HTMLInputElement; label: HTMLLabelElement; amount: HTMLSpanElement }>();
    let counts: Int32Array = new Int32Array(table.values.length);
    const render = () => {
      const selected = current().tags[facet]!;
      let shown = selected.map((index) => table.values[index]!);
      if (search) {
        const wanted = foldText(search.value.trim());
        const best: { index: number; rank: number }[] = [];
        for (const value of table.values) {
          if (selected.includes(value.index)) continue;
          const at = wanted ? value.folded.indexOf(wanted) : 0;
          if (at === -1 || (!wanted && counts[value.index] === 0)) continue;
          // Names that start with what was typed first, then the most organizations.
          best.push({ index: value.index, rank: (at === 0 ? 0 : 1e6) - counts[value.index]! });
        }
        best.sort((a, b) => a.rank - b.rank || a.index - b.index);
        shown = shown.concat(best.slice(0, SHOWN_OPTIONS).map((entry) => table.values[entry.index]!));
      } else {
        shown = table.values;
      }
      const items = shown.map((value) => {
        let row = rows.get(value.index);
        if (!row) {
          const input = element('input', { type: 'checkbox', value: String(value.index) });
          const amount = element('span', { class: 'n' });
          const label = element('label', {}, input, `${value.name} `, amount);
          row = { li: element('li', {}, label), input, label, amount };
          rows.set(value.index, row);
        }
        const checked = selected.includes(value.index);
        row.input.checked = checked;
        setText(row.amount, wholeNumber(counts[value.index]!));
        row.label.className = counts[value.index] === 0 && !checked ? 'none' : '';
        return row.li;
      });
      if (shown.length === 0) items.push(element('li', { class: 'hint' }, `No ${words.singular} matches.`));
      const same = items.length === list.children.length && items.every((li, at) => list.children[at] === li);
      if (!same) {
        const focused = list.contains(document.activeElement) ? (document.activeElement as HTMLElement) : null;
        list.replaceChildren(...items);
        if (focused && list.contains(focused)) focused.focus();
      }
    };
    // Typing in a search box re-renders its list with the counts of the last update.
    search?.addEventListener('input', render);
    return {
      node: fieldset(words.label, 'Any of those selected', searchLabel, search, list),
      search,
      update: (newCounts: Int32Array) => {
        counts = newCounts;
        render();
      },
    };
  });

  // The menus' options are made once; an update rewrites their counts.
  const firstOptions = model.years.map((_, index) => element('option', { value: String(index) }));
  const first = element('select', { id: ids.first }, element('option', { value: '' }, 'Any year'), ...[...firstOptions].reverse());
  const minYearsOptions = new Map<number, HTMLOptionElement>();
  for (let n = 2; n <= model.years.length; n++) minYearsOptions.set(n, element('option', { value: String(n) }));
  const minYears = element('select', { id: ids.minYears }, element('option', { value: '0' }, 'Any number'), ...minYearsOptions.values());
  first.addEventListener('change', () => {
    current().first = first.value === '' ? -1 : Number(first.value);
    changed('push');
  });
  minYears.addEventListener('change', () => {
    current().minYears = Number(minYears.value);
    changed('push');
  });

  const panel: (Node | false)[] = [
    heading,
    close,
    fieldset('Years taken part', 'Every one selected', element('div', { class: 'chips' }, ...yearBoxes.map((box) => box.node))),
    model.programs.length > 1 && fieldset('Program', undefined, element('div', { class: 'chips' }, ...programBoxes.map((box) => box.node))),
    ...tagLists.map((tagList) => tagList.node),
    element('div', { class: 'field' }, element('label', { for: ids.first }, 'First year (new that year)'), first),
    element('div', { class: 'field' }, element('label', { for: ids.minYears }, 'Years taken part, at least'), minYears),
    clear,
    trendText !== '' && element('p', { class: 'hint', id: ids.trend }, trendText),
  ];
  side.setAttribute('aria-label', 'Filters');
  side.removeAttribute('aria-labelledby');
  side.replaceChildren(...panel.filter((node): node is Node => node !== false));

  query.addEventListener('input', () => {
    current().q = query.value.trim();
    changed('replace');
  });
  sort.addEventListener('change', () => {
    current().sort = SORT_IDS.get(sort.value) ?? 'name';
    changed('push');
  });
  if (trendText !== '') sort.setAttribute('aria-describedby', ids.trend);
  clear.addEventListener('click', () => {
    Object.assign(current(), { ...emptyState(), sort: current().sort });
    for (const tagList of tagLists) if (tagList.search) tagList.search.value = '';
    changed('push');
  });

  // Below 56rem the panel is a sheet over the page, opened from the bar.
  const setOpen = (isOpen: boolean, returnFocus: boolean) => {
    side.classList.toggle(classes.open, isOpen);
    open.setAttribute('aria-expanded', String(isOpen));
    if (isOpen) heading.focus();
    else if (returnFocus) open.focus();
  };
  open.addEventListener('click', () => setOpen(!side.classList.contains(classes.open), false));
  close.addEventListener('click', () => setOpen(false, true));
  side.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && side.classList.contains(classes.open)) setOpen(false, true);
  });

  return {
    showBar(state, result) {
      const { matchCount } = result;
      const total = model.organizations.length;
      const filtered = isFiltered(state);
      setText(countText, filtered ? `${wholeNumber(matchCount)} of ${plural(total, 'organization')}` : plural(total, 'organization'));
      setText(order, `, ${SORT_WORDS.get(state.sort)}`);
      root.classList.toggle(classes.empty, matchCount === 0);
      setText(open, filtered ? `Filters (${wholeNumber(matchCount)})` : 'Filters');
      setText(close, `Show ${plural(matchCount, 'organization')}`);
      if (query.value.trim() !== state.q) query.value = state.q;
      sort.value = state.sort;
      clear.disabled = !filtered;
    },
    showPanel(state, result) {
      const { counts } = result;
      yearBoxes.forEach((box, index) => {
        box.input.checked = state.years.includes(index);
        setText(box.amount, wholeNumber(counts.years[index]!));
      });
      programBoxes.forEach((box, index) => {
        box.input.checked = state.programs.includes(index);
        setText(box.amount, wholeNumber(counts.programs[index]!));
      });
      tagLists.forEach((tagList, facet) => tagList.update(counts.tags[facet]!));
      model.years.forEach((year, index) => setText(firstOptions[index]!, `${year} (${wholeNumber(counts.first[index]!)})`));
      first.value = state.first === -1 ? '' : String(state.first);
      for (const [n, option] of minYearsOptions) setText(option, `${n} years (${wholeNumber(counts.minYears[n]!)})`);
      minYears.value = String(state.minYears);
    },
  };
}
