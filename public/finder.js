// The organization finder (/orgs/). The page's HTML already holds every organization as a card
// (A–Z, with links): that is the page without JavaScript. This script reads the finder's data
// (/orgs/finder.json, lib/site/finder.ts writes it), renders the filter controls into the side
// panel, and filters, counts and sorts by hiding and moving the existing cards. No framework:
// one pass over ~670 organizations per change, and at most PAGE cards shown and moved, well
// inside a frame (`npm run bench:finder`).
//
// The address is the state: q, year, program, category, technology, topic (repeatable),
// first, min_years, sort. Deliberate changes push a history entry; typing replaces it.
(function () {
  'use strict';

  var root = document.querySelector('[data-finder]');
  if (!root || !window.fetch || !window.history.pushState) return;

  // Facets in a fixed order: a bit each in an organization's "fails" mask.
  var Q = 0, YEAR = 1, PROGRAM = 2, CATEGORY = 3, TECHNOLOGY = 4, TOPIC = 5, FIRST = 6, MIN_YEARS = 7;
  var TAG_FACETS = [
    { bit: CATEGORY, key: 'category', table: 'categories', label: 'Category' },
    { bit: TECHNOLOGY, key: 'technology', table: 'technologies', label: 'Technology', searchable: true },
    { bit: TOPIC, key: 'topic', table: 'topics', label: 'Topic', searchable: true },
  ];
  var SORTS = ['name', 'projects', 'years', 'recent', 'newest', 'trend'];
  /** How the count line says the order: "42 of 666 organizations, most projects first". */
  var SORT_WORDS = { name: 'A–Z', projects: 'most projects first', years: 'most years first', recent: 'latest year first', newest: 'newest first', trend: 'rising first' };
  var PROGRAM_NAMES = { gsoc: 'Summer of Code', gci: 'Code-in' };
  /** Options a searchable list shows besides the selected ones. */
  var SHOWN = 8;
  /** Cards shown before "Show more". */
  var PAGE = 100;

  fetch(root.getAttribute('data-finder'))
    .then(function (response) {
      if (!response.ok) throw new Error('finder data: HTTP ' + response.status);
      return response.json();
    })
    .then(start)
    .catch(function (error) {
      // The page stays what it is without JavaScript: every card, A–Z.
      console.warn('The organization finder is unavailable:', error);
    });

  function start(data) {
    var list = root.querySelector('.org-cards');
    var cards = Array.prototype.slice.call(list.children);
    if (data.v !== 1 || cards.length !== data.organizations.length || cards[0].getAttribute('data-org') !== data.ends[0]) {
      throw new Error('the data file does not match the page');
    }
    var finder = model(data, cards);
    var view = controls(finder);
    var state = readAddress(finder);
    // Cards shown at once: the first PAGE matches in order, then "Show more". Hiding and moving
    // only those keeps a change within a frame however many organizations match.
    var page = window.__finderPageSize || PAGE;
    var limit = page;
    var shown = cards.slice();
    var more = element('button', { type: 'button', class: 'finder-more', hidden: true });
    list.parentNode.insertBefore(more, list.nextSibling);
    more.addEventListener('click', function () {
      var before = shown.length;
      limit += page;
      update(null, true);
      var first = shown[before] && shown[before].querySelector('a');
      if (first) first.focus();
    });

    function update(how, keepLimit) {
      if (!keepLimit) limit = page;
      var result = apply(finder, state);
      var order = finder.order(state.sort);
      var next = [];
      for (var i = 0; i < order.length && next.length < limit; i++) if (order[i].match) next.push(order[i].card);
      var staying = new Set(next);
      shown.forEach(function (card) { if (!staying.has(card)) card.hidden = true; });
      next.forEach(function (card) { if (card.hidden) card.hidden = false; });
      // The shown cards go first, in order; hidden ones stay wherever they are.
      var inPlace = next.every(function (card, at) { return list.children[at] === card; });
      if (!inPlace) list.prepend.apply(list, next);
      shown = next;
      var left = result.matches - next.length;
      more.hidden = left <= 0;
      if (left > 0) more.textContent = 'Show ' + Math.min(page, left).toLocaleString('en-US') + ' more (' + left.toLocaleString('en-US') + ' not shown)';
      view.show(state, result);
      if (how) writeAddress(finder, state, how);
      return result;
    }

    view.onChange = update;
    view.state = function () { return state; };
    window.addEventListener('popstate', function () {
      state = readAddress(finder);
      view.state = function () { return state; };
      update();
    });
    root.classList.add('is-live');
    // The plain address is the page as served (every card, A–Z): nothing to hide or move, so the
    // page becomes interactive without touching the cards. Pages of PAGE start with a change.
    if (!location.search) limit = Infinity;
    update(null, true);
    // For `npm run bench:finder` and the tests: the same code path as a control's change.
    window.__finder = {
      apply: function (params) {
        state = readAddress(finder, new URLSearchParams(params));
        return update().matches;
      },
    };
  }

  // ---- Data: each organization's values, in card order --------------------------------------

  function simpleSlug(name) {
    return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  }

  function table(encoded) {
    var values = encoded.map(function (value, index) {
      var name = typeof value === 'string' ? value : value[0];
      return { index: index, name: name, slug: typeof value === 'string' ? simpleSlug(name) : value[1], search: fold(name) };
    });
    var bySlug = {};
    values.forEach(function (value) { bySlug[value.slug] = value.index; });
    return { values: values, bySlug: bySlug };
  }

  function fold(text) {
    return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  function model(data, cards) {
    var years = data.years;
    var recentYears = data.trend.recent.map(function (year) { return years.indexOf(year); });
    var previousYears = data.trend.previous.map(function (year) { return years.indexOf(year); });
    var organizations = data.organizations.map(function (row, index) {
      var card = cards[index];
      var perYear = new Array(years.length).fill(0);
      var yearIndices = [];
      for (var bit = 0, k = 0; bit < years.length; bit++) {
        if (row[0] & (1 << bit)) {
          perYear[bit] = row[2][k++];
          yearIndices.push(bit);
        }
      }
      var sum = function (indices) { return indices.reduce(function (total, i) { return total + perYear[i]; }, 0); };
      var heading = card.querySelector('h3');
      var former = card.querySelector('.oc-f');
      var last = yearIndices[yearIndices.length - 1];
      return {
        index: index,
        card: card,
        names: fold(card.getAttribute('data-org') + ' ' + heading.textContent + ' ' + (former ? former.textContent.replace(/^formerly /, '') : '')),
        yearMask: row[0],
        programMask: row[1],
        yearCount: yearIndices.length,
        first: years[yearIndices[0]],
        last: years[last],
        lastProjects: perYear[last],
        projects: sum(yearIndices),
        trend: sum(recentYears) - sum(previousYears),
        recentProjects: sum(recentYears),
        tags: [row[3], row[4], row[5]],
      };
    });
    var orders = {};
    var compare = {
      projects: function (a, b) { return b.projects - a.projects; },
      years: function (a, b) { return b.yearCount - a.yearCount || b.projects - a.projects; },
      recent: function (a, b) { return b.last - a.last || b.lastProjects - a.lastProjects; },
      newest: function (a, b) { return b.first - a.first; },
      trend: function (a, b) { return b.trend - a.trend || b.recentProjects - a.recentProjects; },
    };
    return {
      years: years,
      programs: data.programs,
      tables: [table(data.categories), table(data.technologies), table(data.topics)],
      organizations: organizations,
      maxYears: years.length,
      trend: root.getAttribute('data-trend'),
      /** The organizations in a sort's order (ties A–Z), computed once per sort. */
      order: function (sort) {
        if (!orders[sort]) {
          orders[sort] = organizations.slice();
          if (compare[sort]) orders[sort].sort(function (a, b) { return compare[sort](a, b) || a.index - b.index; });
        }
        return orders[sort];
      },
    };
  }

  // ---- State and the address ----------------------------------------------------------------

  function readAddress(finder, params) {
    params = params || new URLSearchParams(location.search);
    var yearIndex = function (value) { return finder.years.indexOf(Number(value)); };
    var state = { q: (params.get('q') || '').trim(), years: [], programs: [], tags: [[], [], []], first: -1, minYears: 0, sort: 'name' };
    params.getAll('year').forEach(function (value) {
      var index = yearIndex(value);
      if (index !== -1 && state.years.indexOf(index) === -1) state.years.push(index);
    });
    state.years.sort(function (a, b) { return a - b; });
    params.getAll('program').forEach(function (value) {
      var index = finder.programs.indexOf(value);
      if (index !== -1 && state.programs.indexOf(index) === -1) state.programs.push(index);
    });
    TAG_FACETS.forEach(function (facet, f) {
      params.getAll(facet.key).forEach(function (slug) {
        var index = finder.tables[f].bySlug[slug];
        if (index !== undefined && state.tags[f].indexOf(index) === -1) state.tags[f].push(index);
      });
    });
    if (params.has('first')) state.first = yearIndex(params.get('first'));
    var minYears = parseInt(params.get('min_years') || '', 10);
    if (minYears > 1 && minYears <= finder.maxYears) state.minYears = minYears;
    if (SORTS.indexOf(params.get('sort')) !== -1) state.sort = params.get('sort');
    return state;
  }

  function addressOf(finder, state) {
    var params = new URLSearchParams();
    if (state.q) params.set('q', state.q);
    state.years.forEach(function (index) { params.append('year', finder.years[index]); });
    state.programs.forEach(function (index) { params.append('program', finder.programs[index]); });
    TAG_FACETS.forEach(function (facet, f) {
      state.tags[f].forEach(function (index) { params.append(facet.key, finder.tables[f].values[index].slug); });
    });
    if (state.first !== -1) params.set('first', finder.years[state.first]);
    if (state.minYears) params.set('min_years', state.minYears);
    if (state.sort !== 'name') params.set('sort', state.sort);
    var text = params.toString();
    return location.pathname + (text ? '?' + text : '');
  }

  function writeAddress(finder, state, how) {
    var address = addressOf(finder, state);
    if (address === location.pathname + location.search) return;
    if (how === 'push') history.pushState(null, '', address);
    else history.replaceState(null, '', address);
  }

  // ---- Filtering and counting: one pass --------------------------------------------------------

  function apply(finder, state) {
    var words = fold(state.q).split(/\s+/).filter(Boolean);
    var yearMask = state.years.reduce(function (mask, index) { return mask | (1 << index); }, 0);
    var programMask = state.programs.reduce(function (mask, index) { return mask | (1 << index); }, 0);
    var selectedTags = state.tags.map(function (selected) {
      var set = {};
      selected.forEach(function (index) { set[index] = true; });
      return selected.length ? set : null;
    });
    var firstYear = state.first === -1 ? 0 : finder.years[state.first];
    // Counts for each facet's options, over the organizations every *other* facet leaves.
    var counts = {
      years: new Int32Array(finder.years.length),
      programs: new Int32Array(finder.programs.length),
      tags: finder.tables.map(function (t) { return new Int32Array(t.values.length); }),
      first: new Int32Array(finder.years.length),
      minYears: new Int32Array(finder.maxYears + 1),
    };
    var matches = 0;
    var organizations = finder.organizations;
    for (var i = 0; i < organizations.length; i++) {
      var organization = organizations[i];
      var fails = 0;
      for (var w = 0; w < words.length; w++) {
        if (organization.names.indexOf(words[w]) === -1) {
          fails |= 1 << Q;
          break;
        }
      }
      if ((organization.yearMask & yearMask) !== yearMask) fails |= 1 << YEAR;
      if (programMask && !(organization.programMask & programMask)) fails |= 1 << PROGRAM;
      for (var f = 0; f < 3; f++) {
        if (selectedTags[f] && !organization.tags[f].some(has(selectedTags[f]))) fails |= 1 << TAG_FACETS[f].bit;
      }
      if (firstYear && organization.first !== firstYear) fails |= 1 << FIRST;
      if (organization.yearCount < state.minYears) fails |= 1 << MIN_YEARS;

      var visible = fails === 0;
      organization.match = visible;
      if (visible) matches++;
      // Facets this organization counts for: all when it matches, else the one facet it fails.
      if (fails !== 0 && (fails & (fails - 1)) !== 0) continue;
      if (visible || fails === 1 << YEAR) {
        // Years narrow (every selected year): an option counts what selecting it too would leave.
        if (visible) for (var y = 0; y < finder.years.length; y++) if (organization.yearMask & (1 << y)) counts.years[y]++;
      }
      if (visible || fails === 1 << PROGRAM) for (var p = 0; p < finder.programs.length; p++) if (organization.programMask & (1 << p)) counts.programs[p]++;
      for (f = 0; f < 3; f++) {
        if (visible || fails === 1 << TAG_FACETS[f].bit) {
          var values = organization.tags[f];
          for (var v = 0; v < values.length; v++) counts.tags[f][values[v]]++;
        }
      }
      if (visible || fails === 1 << FIRST) counts.first[finder.years.indexOf(organization.first)]++;
      if (visible || fails === 1 << MIN_YEARS) for (var n = 1; n <= organization.yearCount; n++) counts.minYears[n]++;
    }
    return { matches: matches, counts: counts };
  }

  function has(set) {
    return function (index) { return set[index] === true; };
  }

  // ---- Controls ------------------------------------------------------------------------------

  function element(tag, attributes, children) {
    var node = document.createElement(tag);
    for (var name in attributes || {}) {
      if (name === 'text') node.textContent = attributes[name];
      else if (attributes[name] !== false && attributes[name] != null) node.setAttribute(name, attributes[name] === true ? '' : attributes[name]);
    }
    (children || []).forEach(function (child) { if (child) node.appendChild(child); });
    return node;
  }

  /** Writes text only when it changes: an unchanged count costs no style work. */
  function setText(node, text) {
    if (node.textContent !== text) node.textContent = text;
  }

  function plural(count, word) {
    return count.toLocaleString('en-US') + ' ' + word + (count === 1 ? '' : 's');
  }

  function controls(finder) {
    var side = root.querySelector('.finder-side');
    var count = root.querySelector('#finder-count');
    var query = root.querySelector('#finder-q');
    var sort = root.querySelector('#finder-sort');
    var open = root.querySelector('.finder-open');
    var view = { onChange: null, state: null };
    var current = function () { return view.state(); };
    var changed = function (how) { view.onChange(how); };

    var heading = element('h2', { id: 'finder-side-heading', tabindex: '-1', text: 'Filters' });
    var close = element('button', { type: 'button', class: 'finder-close', text: 'Show results' });
    var clear = element('button', { type: 'button', class: 'finder-clear', text: 'Clear filters' });

    // Years: every selected year must be one the organization took part in.
    var yearBoxes = finder.years.map(function (year, index) {
      return checkbox('year', String(year), String(year), function (checked) {
        toggle(current().years, index, checked);
        current().years.sort(function (a, b) { return a - b; });
      });
    });
    var programBoxes = finder.programs.map(function (program, index) {
      return checkbox('program', program, PROGRAM_NAMES[program] || program, function (checked) { toggle(current().programs, index, checked); });
    });

    function checkbox(name, value, label, onToggle) {
      var input = element('input', { type: 'checkbox', name: name, value: value });
      var number = element('span', { class: 'n' });
      input.addEventListener('change', function () {
        onToggle(input.checked);
        changed('push');
      });
      return { input: input, number: number, node: element('label', { class: 'chip' }, [input, document.createTextNode(label + ' '), number]) };
    }

    function toggle(list, index, on) {
      var at = list.indexOf(index);
      if (on && at === -1) list.push(index);
      if (!on && at !== -1) list.splice(at, 1);
    }

    function fieldset(legend, hint, children) {
      return element('fieldset', {}, [element('legend', { text: legend }), hint && element('p', { class: 'hint', text: hint })].concat(children));
    }

    // Categories are few: all of them, as checkboxes. Technologies and topics are hundreds: a
    // search box and the best few matches, rendered when they change.
    var tagLists = TAG_FACETS.map(function (facet, f) {
      var list = element('ul', { class: 'tag-options', id: 'finder-' + facet.key + '-options' });
      var search = facet.searchable && element('input', { type: 'search', id: 'finder-' + facet.key + '-search', placeholder: 'Find a ' + facet.label.toLowerCase(), autocomplete: 'off', 'aria-controls': list.id });
      var searchLabel = search && element('label', { for: search.id, class: 'visually-hidden', text: 'Find a ' + facet.label.toLowerCase() });
      list.addEventListener('change', function (event) {
        var index = Number(event.target.value);
        toggle(current().tags[f], index, event.target.checked);
        changed('push');
      });
      var rowCache = {};
      var render = function (state, counts) {
        var table = finder.tables[f];
        var selected = state.tags[f];
        var shown = selected.map(function (index) { return table.values[index]; });
        var wanted = search ? fold(search.value.trim()) : '';
        if (facet.searchable) {
          var best = [];
          for (var i = 0; i < table.values.length; i++) {
            var value = table.values[i];
            if (selected.indexOf(i) !== -1) continue;
            var at = wanted ? value.search.indexOf(wanted) : 0;
            if (at === -1 || (!wanted && counts[i] === 0)) continue;
            best.push({ value: value, rank: (at === 0 ? 0 : 1) * 1e6 - counts[i] });
          }
          best.sort(function (a, b) { return a.rank - b.rank || a.value.index - b.value.index; });
          shown = shown.concat(best.slice(0, SHOWN).map(function (entry) { return entry.value; }));
        } else {
          shown = table.values;
        }
        // Rows are made once per value and kept: an update rewrites their state, and moves them
        // only when the list shows other values (keeping the focus on the one that had it).
        var rows = shown.map(function (value) {
          var row = rowCache[value.index];
          if (!row) {
            var input = element('input', { type: 'checkbox', value: String(value.index) });
            var number = element('span', { class: 'n' });
            var label = element('label', {}, [input, document.createTextNode(value.name + ' '), number]);
            row = rowCache[value.index] = { li: element('li', {}, [label]), input: input, label: label, number: number };
          }
          var checked = selected.indexOf(value.index) !== -1;
          row.input.checked = checked;
          setText(row.number, counts[value.index].toLocaleString('en-US'));
          row.label.className = counts[value.index] === 0 && !checked ? 'none' : '';
          return row.li;
        });
        var same = rows.length === list.children.length && rows.every(function (li, at) { return list.children[at] === li; });
        if (!same) {
          var focused = list.contains(document.activeElement) ? document.activeElement : null;
          list.replaceChildren.apply(list, rows);
          if (focused && list.contains(focused)) focused.focus();
        }
        if (shown.length === 0) list.appendChild(element('li', { class: 'hint', text: 'No ' + facet.label.toLowerCase() + ' matches.' }));
      };
      var children = [searchLabel, search, list];
      var tagList = { facet: facet, render: render, counts: null, node: fieldset(facet.label, 'Any of those selected', children) };
      // Typing in a search box re-renders its list with the counts of the last update.
      if (search) search.addEventListener('input', function () { render(current(), tagList.counts); });
      return tagList;
    });

    // The menus' options are made once; an update rewrites their counts.
    var firstOptions = finder.years.map(function (year, index) { return element('option', { value: String(index) }); });
    var first = element('select', { id: 'finder-first' }, [element('option', { value: '', text: 'Any year' })].concat(firstOptions.slice().reverse()));
    var minYearsOptions = [];
    for (var n = 2; n <= finder.maxYears; n++) minYearsOptions[n] = element('option', { value: String(n) });
    var minYears = element('select', { id: 'finder-min-years' }, [element('option', { value: '0', text: 'Any number' })].concat(minYearsOptions.slice(2)));
    first.addEventListener('change', function () {
      current().first = first.value === '' ? -1 : Number(first.value);
      changed('push');
    });
    minYears.addEventListener('change', function () {
      current().minYears = Number(minYears.value);
      changed('push');
    });

    var panel = [
      heading,
      close,
      fieldset('Years taken part', 'Every one selected', [element('div', { class: 'chips' }, yearBoxes.map(function (box) { return box.node; }))]),
      finder.programs.length > 1 && fieldset('Program', null, [element('div', { class: 'chips' }, programBoxes.map(function (box) { return box.node; }))]),
      tagLists[0].node,
      tagLists[1].node,
      tagLists[2].node,
      element('div', { class: 'field' }, [element('label', { for: 'finder-first', text: 'First year (new that year)' }), first]),
      element('div', { class: 'field' }, [element('label', { for: 'finder-min-years', text: 'Years taken part, at least' }), minYears]),
      clear,
      finder.trend && element('p', { class: 'hint', id: 'finder-trend', text: finder.trend }),
    ];
    side.classList.add('is-live');
    side.setAttribute('aria-label', 'Filters');
    side.removeAttribute('aria-labelledby');
    side.replaceChildren.apply(side, panel.filter(Boolean));

    query.addEventListener('input', function () {
      current().q = query.value.trim();
      changed('replace');
    });
    sort.addEventListener('change', function () {
      current().sort = sort.value;
      changed('push');
    });
    if (finder.trend) sort.setAttribute('aria-describedby', 'finder-trend');
    clear.addEventListener('click', function () {
      var state = current();
      state.q = '';
      state.years = [];
      state.programs = [];
      state.tags = [[], [], []];
      state.first = -1;
      state.minYears = 0;
      TAG_FACETS.forEach(function (facet) {
        var box = root.querySelector('#finder-' + facet.key + '-search');
        if (box) box.value = '';
      });
      changed('push');
    });

    // Below 56rem the panel is a sheet over the page, opened from the bar.
    function setOpen(isOpen, returnFocus) {
      side.classList.toggle('is-open', isOpen);
      open.setAttribute('aria-expanded', String(isOpen));
      if (isOpen) heading.focus();
      else if (returnFocus) open.focus();
    }
    open.addEventListener('click', function () { setOpen(!side.classList.contains('is-open'), false); });
    close.addEventListener('click', function () { setOpen(false, true); });
    side.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && side.classList.contains('is-open')) setOpen(false, true);
    });

    view.show = function (state, result) {
      var counts = result.counts;
      var total = finder.organizations.length;
      var filtered = state.q || state.years.length || state.programs.length || state.tags.some(function (t) { return t.length; }) || state.first !== -1 || state.minYears;
      count.textContent = (filtered ? result.matches.toLocaleString('en-US') + ' of ' + plural(total, 'organization') : plural(total, 'organization')) + ', ' + SORT_WORDS[state.sort];
      root.classList.toggle('is-empty', result.matches === 0);
      open.textContent = filtered ? 'Filters (' + result.matches.toLocaleString('en-US') + ')' : 'Filters';
      close.textContent = 'Show ' + plural(result.matches, 'organization');
      if (query.value.trim() !== state.q) query.value = state.q;
      sort.value = state.sort;
      yearBoxes.forEach(function (box, index) {
        box.input.checked = state.years.indexOf(index) !== -1;
        setText(box.number, counts.years[index].toLocaleString('en-US'));
      });
      programBoxes.forEach(function (box, index) {
        box.input.checked = state.programs.indexOf(index) !== -1;
        setText(box.number, counts.programs[index].toLocaleString('en-US'));
      });
      tagLists.forEach(function (tagList, f) {
        tagList.counts = counts.tags[f];
        tagList.render(state, tagList.counts);
      });
      finder.years.forEach(function (year, index) {
        setText(firstOptions[index], year + ' (' + counts.first[index].toLocaleString('en-US') + ')');
      });
      first.value = state.first === -1 ? '' : String(state.first);
      for (var n = 2; n <= finder.maxYears; n++) setText(minYearsOptions[n], n + ' years (' + counts.minYears[n].toLocaleString('en-US') + ')');
      minYears.value = String(state.minYears);
      clear.disabled = !filtered;
    };
    return view;
  }
})();
